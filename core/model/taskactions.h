// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/model/task.h"
#include "core/model/taskrecurrence.h"
#include "core/storage/result.h"

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace Kizuna::Model {

// What completing a task changes: its own fields, and for a repeating task the fields of a new
// task for the next occurrence.
struct TaskCompletion
{
    FieldValues changes; // done_at = now; recurrence = NULL (it moves on to the next task)
    FieldValues next;    // empty when the task does not repeat
    bool hasNext() const { return !next.isEmpty(); }
};

// The operations of the task screens expressed as field changes, so the UI can send them
// through its edit session (one undo step each) and tests can check them without widgets.
//
// A repeating task is completed by keeping the done row as it is (it stays in the Done list and
// on timelines) and creating a NEW task for the next occurrence, which carries the recurrence
// on; the done row's recurrence is cleared so that reopening it does not fork the series. The
// next due time is the first occurrence after the current due time that lies after `now`: a
// daily task done three days late comes back tomorrow, not three times today. A reminder keeps
// its distance to the due time.
class TaskActions final
{
public:
    // origin of the task created for the next occurrence.
    static QString recurrenceOrigin() { return QStringLiteral("recurrence"); }

    static Result<TaskCompletion> complete(const Task &task, const QDateTime &now,
                                           const QTimeZone &zone = QTimeZone::systemTimeZone());
    // remind_at = now + minutes.
    static FieldValues snooze(const QDateTime &now, int minutes);
    // remind_at = when.
    static FieldValues remindAt(const QDateTime &when);
    // done_at = NULL.
    static FieldValues reopen();

    // The next day after `now` at `time` in `zone` ("tomorrow 9:00").
    static QDateTime tomorrowAt(const QDateTime &now, QTime time,
                                const QTimeZone &zone = QTimeZone::systemTimeZone());
    // The first occurrence of `rule` after `from` that lies after `now`.
    static QDateTime nextAfter(const Recurrence &rule, const QDateTime &from, const QDateTime &now,
                               const QTimeZone &zone = QTimeZone::systemTimeZone());
};

} // namespace Kizuna::Model
