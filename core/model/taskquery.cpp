// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/taskquery.h"

#include "core/model/modeltr.h"
#include "core/model/personname.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Kizuna::Model {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT t.id, t.title, t.notes, t.due_at, t.remind_at, t.done_at, t.recurrence, t.contact_id, "
    "c.family_name, c.given_name, t.deal_id, d.title, t.company_id, co.name, t.owner_id, t.origin, "
    "t.created_at FROM tasks t "
    "LEFT JOIN contacts c ON c.id = t.contact_id "
    "LEFT JOIN deals d ON d.id = t.deal_id "
    "LEFT JOIN companies co ON co.id = t.company_id ");

// Sort column and direction of each list.
struct Order
{
    const char *column;
    bool descending;
};

Order orderOf(TaskBucket bucket)
{
    switch (bucket) {
    case TaskBucket::Overdue:
        return {"t.due_at", true};
    case TaskBucket::Today:
    case TaskBucket::Upcoming:
        return {"t.due_at", false};
    case TaskBucket::Undated:
        return {"t.created_at", false};
    case TaskBucket::Done:
        return {"t.done_at", true};
    }
    return {"t.due_at", false};
}

QString sortKeyOf(const Task &task, TaskBucket bucket)
{
    switch (bucket) {
    case TaskBucket::Undated:
        return task.createdAt;
    case TaskBucket::Done:
        return task.doneAt;
    default:
        return task.dueAt;
    }
}

Task readTask(const Storage::Statement &s)
{
    Task task;
    task.id = s.columnText(0);
    task.title = s.columnText(1);
    task.notes = s.columnText(2);
    task.dueAt = s.columnText(3);
    task.remindAt = s.columnText(4);
    task.doneAt = s.columnText(5);
    task.recurrence = s.columnText(6);
    task.contactId = s.columnText(7);
    if (!task.contactId.isEmpty())
        task.contactName = displayName(s.columnText(8), s.columnText(9));
    task.dealId = s.columnText(10);
    task.dealTitle = s.columnText(11);
    task.companyId = s.columnText(12);
    task.companyName = s.columnText(13);
    task.ownerId = s.columnText(14);
    task.origin = s.columnText(15);
    task.createdAt = s.columnText(16);
    return task;
}

} // namespace

TaskDay TaskDay::of(const QDateTime &now, const QTimeZone &zone)
{
    return {now.toTimeZone(zone).date(), zone};
}

QDateTime TaskDay::start() const
{
    return date.startOfDay(zone);
}

QDateTime TaskDay::end() const
{
    return date.addDays(1).startOfDay(zone);
}

TaskQuery::TaskQuery(Storage::Database &db, const QDateTime &now, const TaskDay &day)
    : m_db(db)
    , m_dayStart(Storage::toStoredTimestamp(day.start()))
    , m_dayEnd(Storage::toStoredTimestamp(day.end()))
    , m_doneSince(Storage::toStoredTimestamp(now.addDays(-DoneDays)))
{
}

// ?1 and ?2 are the bounds the list needs (see bind in page/count).
QString TaskQuery::filter(TaskBucket bucket) const
{
    QString where = QStringLiteral("WHERE t.deleted_at IS NULL AND c.deleted_at IS NULL AND ");
    switch (bucket) {
    case TaskBucket::Overdue:
        return where + u"t.done_at IS NULL AND t.due_at < ?1";
    case TaskBucket::Today:
        return where + u"t.done_at IS NULL AND t.due_at >= ?1 AND t.due_at < ?2";
    case TaskBucket::Upcoming:
        return where + u"t.done_at IS NULL AND t.due_at >= ?2";
    case TaskBucket::Undated:
        return where + u"t.done_at IS NULL AND t.due_at IS NULL";
    case TaskBucket::Done:
        return where + u"t.done_at IS NOT NULL AND t.done_at >= ?3";
    }
    return where + u"0";
}

Result<QList<Task>> TaskQuery::page(TaskBucket bucket, const Task *after, int limit) const
{
    const Order order = orderOf(bucket);
    const QString column = QString::fromLatin1(order.column);
    const QChar beyond = order.descending ? u'<' : u'>';
    QString sql = SelectColumns + filter(bucket);
    if (after) {
        // Written so that the range on the sort column can use its index.
        sql += u" AND " + column + beyond + u"= ?4 AND (" + column + beyond + u" ?4 OR t.id " + beyond
            + u" ?5)";
    }
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += u" ORDER BY " + column + direction + u", t.id" + direction + u" LIMIT ?6";
    auto statement = m_db.prepare(sql);
    if (!statement.ok())
        return statement.error();
    Storage::Statement &s = *statement;
    s.bind(1, m_dayStart);
    s.bind(2, m_dayEnd);
    s.bind(3, m_doneSince);
    if (after) {
        s.bind(4, sortKeyOf(*after, bucket));
        s.bind(5, after->id);
    }
    s.bind(6, limit);
    QList<Task> tasks;
    KIZUNA_TRY(s.forEachRow([&] { tasks << readTask(s); }));
    return tasks;
}

Result<qint64> TaskQuery::count(TaskBucket bucket, qint64 cap) const
{
    auto statement = m_db.prepare(u"SELECT count(*) FROM (SELECT 1 FROM tasks t "
                                  u"LEFT JOIN contacts c ON c.id = t.contact_id "
                                  + filter(bucket) + u" LIMIT ?4)");
    if (!statement.ok())
        return statement.error();
    Storage::Statement &s = *statement;
    s.bind(1, m_dayStart);
    s.bind(2, m_dayEnd);
    s.bind(3, m_doneSince);
    s.bind(4, static_cast<std::int64_t>(cap));
    auto row = s.step();
    if (!row.ok())
        return row.error();
    return static_cast<qint64>(s.columnInt64(0));
}

TaskBucket TaskQuery::bucketOf(const Task &task, const TaskDay &day)
{
    if (task.isDone())
        return TaskBucket::Done;
    if (!task.hasDue())
        return TaskBucket::Undated;
    const QDateTime due = task.due();
    if (due < day.start())
        return TaskBucket::Overdue;
    return due < day.end() ? TaskBucket::Today : TaskBucket::Upcoming;
}

Result<Task> TaskQuery::get(Storage::Database &db, const QString &id)
{
    auto statement = db.prepare(SelectColumns + u"WHERE t.id = ?1");
    if (!statement.ok())
        return statement.error();
    statement->bind(1, id);
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error::notFound(Tr::tr("no task with id %1").arg(id));
    return readTask(*statement);
}

} // namespace Kizuna::Model
