// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"
#include "core/storage/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Model {

// The lists of the task screen. Open tasks fall in one of the first four by their due time
// relative to the local day; done tasks are listed for the last DoneDays days.
enum class TaskBucket {
    Overdue,  // due before today (most recently due first)
    Today,    // due today, whether or not the time has passed (earliest first)
    Upcoming, // due tomorrow or later (earliest first)
    Undated,  // no due date (oldest first)
    Done      // done in the last DoneDays days (most recently done first)
};

// The local calendar day the lists are relative to, with the zone that makes its midnights.
struct TaskDay
{
    QDate date;
    QTimeZone zone = QTimeZone::systemTimeZone();

    // The day `now` falls on in `zone`.
    static TaskDay of(const QDateTime &now, const QTimeZone &zone = QTimeZone::systemTimeZone());
    QDateTime start() const; // the first instant of the day
    QDateTime end() const;   // the first instant of the next day (23, 24 or 25 hours later)
};

// Reads the task lists in keyset pages: each page starts after the last task of the previous
// one (sort key, then id), so a later page costs what the first does. Tasks in the Trash, and
// tasks of a contact in the Trash, are left out. Open-task pages use the index tasks_open_due;
// the Done list scans the table unless an index on done_at exists (proposed: tasks_done ON
// tasks(done_at) WHERE done_at IS NOT NULL — about 1 s → 4 ms on the 1M-contact reference file).
class TaskQuery final
{
public:
    static constexpr int DoneDays = 30;

    TaskQuery(Storage::Database &db, const QDateTime &now, const TaskDay &day);

    // Up to `limit` tasks of a list, after `after` (nullptr: from the start).
    Result<QList<Task>> page(TaskBucket bucket, const Task *after, int limit) const;
    // How many tasks the list holds, counting no further than `cap` (so a list of 65,000
    // overdue tasks costs what one of `cap` does); returns `cap` when there are at least that many.
    Result<qint64> count(TaskBucket bucket, qint64 cap) const;

    // The list a task belongs in on `day`.
    static TaskBucket bucketOf(const Task &task, const TaskDay &day);
    // One task with its related names, in the Trash or not; NotFound if there is none.
    static Result<Task> get(Storage::Database &db, const QString &id);

private:
    QString filter(TaskBucket bucket) const;

    Storage::Database &m_db;
    QString m_dayStart;
    QString m_dayEnd;
    QString m_doneSince;
};

} // namespace Kizuna::Model
