// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/changecontext.h"
#include "core/storage/result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Model {

enum class ChangeOp { Insert, Update, Delete, Restore, Purge };

QString changeOpName(ChangeOp op);

// One row of the change log: a field of a record changed from old to new (for Insert: each
// non-empty field, old is NULL; Delete/Restore/Purge: one row, field empty).
struct ChangeEntry
{
    qint64 seq = 0;
    QString entity;
    QString recordId;
    ChangeOp op = ChangeOp::Update;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString changedAt;
    QString author;
    QString node;
};

// Appends to and reads the change_log table.
class ChangeLog final
{
public:
    explicit ChangeLog(Storage::Database &db) : m_db(db) {}

    Status append(const ChangeContext &context, const ChangeEntry &entry);
    // The changes of one record, oldest first.
    Result<QList<ChangeEntry>> history(const QString &entity, const QString &recordId);

private:
    Storage::Database &m_db;
};

} // namespace Kizuna::Model
