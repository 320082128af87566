// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/storage/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace Kizuna::Ui {

class EditSession;

// A source of the current time; tests pass a fake one.
using Clock = std::function<QDateTime()>;

// The task operations of the screens, each sent through the edit session as one undo step:
// add, edit, complete (with the next occurrence of a repeating task, see Model::TaskActions),
// reopen, snooze and move to the Trash.
class TaskCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::TaskCommands)

public:
    explicit TaskCommands(EditSession &session, Clock clock = {});

    QDateTime now() const;
    EditSession &session() const { return m_session; }

    Result<QString> create(const Model::FieldValues &values);
    // Writes only the fields that differ from what is stored (no empty undo steps).
    Status update(const QString &id, const Model::FieldValues &values);
    // Done now; a repeating task also gets its next occurrence, in the same undo step.
    Status complete(const QString &id);
    Status reopen(const QString &id);
    Status snooze(const QString &id, int minutes);
    Status remindAt(const QString &id, const QDateTime &when);
    Status moveToTrash(const QString &id);

private:
    QString titleOf(const QString &id) const;

    EditSession &m_session;
    Clock m_clock;
};

} // namespace Kizuna::Ui
