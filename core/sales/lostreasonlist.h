// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/storage/result.h"

#include <QList>
#include <QStringList>

namespace Kizuna::Sales {

// One entry of the editable list of reasons a deal was lost (失注理由).
struct LostReason
{
    QString id;
    QString name;
    int position = 0;
};

// The list of lost reasons: in order, add, rename, reorder, delete (to the Trash: deals that
// name a deleted reason keep it, so past statistics stay right) and restore.
class LostReasonList final
{
public:
    explicit LostReasonList(Model::RecordStore &store) : m_store(store) {}

    Result<QList<LostReason>> reasons();
    // Adds at the end; a name already in the list (ignoring case) is refused.
    Result<QString> add(const QString &name);
    Status rename(const QString &id, const QString &name);
    // `ids` must be exactly the reasons of the list.
    Status reorder(const QStringList &ids);
    Status remove(const QString &id);
    Status restore(const QString &id);

private:
    Status checkName(const QString &name, const QString &exceptId);

    Model::RecordStore &m_store;
};

} // namespace Kizuna::Sales
