// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/taskactions.h"

#include "core/model/modeltr.h"
#include "core/storage/clock.h"

namespace Kizuna::Model {

namespace {

QVariant stamp(const QDateTime &time)
{
    return time.isValid() ? QVariant(Storage::toStoredTimestamp(time)) : QVariant();
}

void insertIfSet(FieldValues &values, const char *field, const QString &value)
{
    if (!value.isEmpty())
        values.insert(QString::fromLatin1(field), value);
}

} // namespace

QDateTime TaskActions::nextAfter(const Recurrence &rule, const QDateTime &from, const QDateTime &now,
                                 const QTimeZone &zone)
{
    QDateTime next = rule.nextOccurrence(from, zone);
    // A rule moves at least a day a step: 40,000 steps cover a century of daily catching-up.
    for (int guard = 0; next.isValid() && next <= now && guard < 40000; ++guard)
        next = rule.nextOccurrence(next, zone);
    return next;
}

Result<TaskCompletion> TaskActions::complete(const Task &task, const QDateTime &now, const QTimeZone &zone)
{
    TaskCompletion completion;
    completion.changes.insert(QStringLiteral("done_at"), stamp(now));
    auto rule = Recurrence::parse(task.recurrence);
    if (!rule.ok())
        return Error::badInput(Tr::tr("task \"%1\": %2").arg(task.title, rule.error().message));
    if (rule->isNone())
        return completion;
    completion.changes.insert(QStringLiteral("recurrence"), QVariant());

    const QDateTime due = task.due();
    const QDateTime remind = task.remind();
    QDateTime nextDue;
    QDateTime nextRemind;
    if (due.isValid()) {
        nextDue = nextAfter(*rule, due, now, zone);
        if (remind.isValid())
            nextRemind = nextDue.addSecs(remind.secsTo(due) * -1);
    } else if (remind.isValid()) {
        nextRemind = nextAfter(*rule, remind, now, zone);
    } else {
        nextDue = rule->nextOccurrence(now, zone);
    }

    FieldValues &next = completion.next;
    next.insert(QStringLiteral("title"), task.title);
    insertIfSet(next, "notes", task.notes);
    if (nextDue.isValid())
        next.insert(QStringLiteral("due_at"), stamp(nextDue));
    if (nextRemind.isValid())
        next.insert(QStringLiteral("remind_at"), stamp(nextRemind));
    next.insert(QStringLiteral("recurrence"), rule->format());
    insertIfSet(next, "contact_id", task.contactId);
    insertIfSet(next, "company_id", task.companyId);
    insertIfSet(next, "deal_id", task.dealId);
    insertIfSet(next, "owner_id", task.ownerId);
    next.insert(QStringLiteral("origin"), recurrenceOrigin());
    return completion;
}

FieldValues TaskActions::snooze(const QDateTime &now, int minutes)
{
    return remindAt(now.addSecs(qint64(minutes) * 60));
}

FieldValues TaskActions::remindAt(const QDateTime &when)
{
    return {{QStringLiteral("remind_at"), stamp(when)}};
}

FieldValues TaskActions::reopen()
{
    return {{QStringLiteral("done_at"), QVariant()}};
}

QDateTime TaskActions::tomorrowAt(const QDateTime &now, QTime time, const QTimeZone &zone)
{
    return QDateTime(now.toTimeZone(zone).date().addDays(1), time, zone);
}

} // namespace Kizuna::Model
