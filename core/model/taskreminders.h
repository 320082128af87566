// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"
#include "core/storage/result.h"

#include <QDateTime>
#include <QList>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Model {

// Which reminders are due, and which have been shown already.
//
// A task's reminder goes off at remind_at, or at due_at when no reminder time is set. Nothing is
// written to the task when a reminder is shown: the database file instead keeps a checkpoint in
// its local `settings` table (key CheckpointKey, never synced) — every reminder up to that
// instant has been shown. A check shows the reminders in (checkpoint, now] and moves the
// checkpoint to now, so no reminder is shown twice, even after a restart. Snoozing sets
// remind_at = now + minutes, which lies past the checkpoint, so the reminder comes back then;
// completing a task takes it out (done_at is set).
class TaskReminders final
{
public:
    static constexpr const char *CheckpointKey = "task_reminders_checked_until";

    // Open tasks (not in the Trash) whose reminder time lies in (since, now], earliest first.
    // Uses tasks_open_due for tasks without remind_at; tasks with one are found by a scan
    // unless an index on remind_at exists (proposed: tasks_open_remind ON tasks(remind_at)
    // WHERE done_at IS NULL — about 0.9 s → 5 ms on the reference file), so run it off the UI thread.
    static Result<QList<Task>> due(Storage::Database &db, const QDateTime &since, const QDateTime &now,
                                   int limit);

    // The stored checkpoint; an invalid QDateTime when there is none yet.
    static Result<QDateTime> checkpoint(Storage::Database &db);
    static Status setCheckpoint(Storage::Database &db, const QDateTime &until);
};

} // namespace Kizuna::Model
