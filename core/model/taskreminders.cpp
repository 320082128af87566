// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/taskreminders.h"

#include "core/model/taskquery.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QStringList>

namespace Kizuna::Model {

Result<QList<Task>> TaskReminders::due(Storage::Database &db, const QDateTime &since, const QDateTime &now,
                                       int limit)
{
    // Two ranges, each on its own index: due_at (tasks_open_due) for tasks without a reminder
    // time, remind_at for the others. The unary + keeps the planner from walking an index on
    // remind_at for "remind_at IS NULL".
    auto ids = db.prepare(QStringLiteral(
        "SELECT x.id FROM ("
        " SELECT id, due_at AS at FROM tasks"
        "  WHERE done_at IS NULL AND +remind_at IS NULL AND due_at > ?1 AND due_at <= ?2"
        " UNION ALL"
        " SELECT id, remind_at FROM tasks WHERE done_at IS NULL AND remind_at > ?1 AND remind_at <= ?2"
        ") x JOIN tasks t ON t.id = x.id LEFT JOIN contacts c ON c.id = t.contact_id "
        "WHERE t.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY x.at, x.id LIMIT ?3"));
    if (!ids.ok())
        return ids.error();
    ids->bind(1, Storage::toStoredTimestamp(since));
    ids->bind(2, Storage::toStoredTimestamp(now));
    ids->bind(3, limit);
    QStringList found;
    KIZUNA_TRY(ids->forEachRow([&] { found << ids->columnText(0); }));
    QList<Task> tasks;
    for (const QString &id : std::as_const(found)) {
        auto task = TaskQuery::get(db, id);
        if (!task.ok())
            return task.error();
        tasks << *task;
    }
    return tasks;
}

Result<QDateTime> TaskReminders::checkpoint(Storage::Database &db)
{
    auto select = db.cached("SELECT value FROM settings WHERE key = ?1");
    if (!select.ok())
        return select.error();
    Storage::Statement &s = **select;
    s.bind(1, QString::fromLatin1(CheckpointKey));
    auto row = s.step();
    if (!row.ok())
        return row.error();
    const QString value = *row ? s.columnText(0) : QString();
    s.reset();
    return value.isEmpty() ? QDateTime() : Storage::fromStoredTimestamp(value);
}

Status TaskReminders::setCheckpoint(Storage::Database &db, const QDateTime &until)
{
    auto upsert = db.cached("INSERT INTO settings(key, value) VALUES (?1, ?2) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!upsert.ok())
        return upsert.error();
    (*upsert)->bind(1, QString::fromLatin1(CheckpointKey));
    (*upsert)->bind(2, Storage::toStoredTimestamp(until));
    return (*upsert)->run();
}

} // namespace Kizuna::Model
