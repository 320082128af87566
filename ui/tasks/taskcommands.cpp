// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/taskcommands.h"

#include "core/model/entities.h"
#include "core/model/fieldvalue.h"
#include "core/model/ids.h"
#include "core/model/taskactions.h"
#include "core/model/taskquery.h"
#include "core/storage/transaction.h"
#include "ui/common/editsession.h"

namespace Kizuna::Ui {

namespace {

const Model::EntityDef &taskEntity()
{
    return Model::entity(u"task");
}

const QString TaskName = QStringLiteral("task");

} // namespace

TaskCommands::TaskCommands(EditSession &session, Clock clock)
    : m_session(session), m_clock(std::move(clock))
{
}

QDateTime TaskCommands::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QString TaskCommands::titleOf(const QString &id) const
{
    auto record = m_session.store().get(taskEntity(), id);
    return record.ok() ? record->value(QStringLiteral("title")).toString() : id;
}

Result<QString> TaskCommands::create(const Model::FieldValues &values)
{
    return m_session.create(TaskName, values,
                            tr("Add task “%1”").arg(values.value(QStringLiteral("title")).toString()));
}

Status TaskCommands::update(const QString &id, const Model::FieldValues &values)
{
    auto record = m_session.store().get(taskEntity(), id);
    if (!record.ok())
        return record.error();
    Model::FieldValues changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Model::FieldDef *field = taskEntity().field(it.key());
        if (!field)
            return Error::badInput(tr("task has no field \"%1\"").arg(it.key()));
        auto stored = Model::toStoredValue(taskEntity(), *field, it.value());
        if (!stored.ok())
            return stored.error();
        if (Model::storedValueText(*stored) != Model::storedValueText(record->value(it.key())))
            changes.insert(it.key(), *stored);
    }
    if (changes.isEmpty())
        return {};
    const QString title = record->value(QStringLiteral("title")).toString();
    return m_session.update(TaskName, id, changes, tr("Edit task “%1”").arg(title));
}

Status TaskCommands::complete(const QString &id)
{
    auto task = Model::TaskQuery::get(m_session.database(), id);
    if (!task.ok())
        return task.error();
    if (task->isDone())
        return {};
    auto completion = Model::TaskActions::complete(*task, now());
    if (!completion.ok())
        return completion.error();
    Model::FieldValues previous;
    auto record = m_session.store().get(taskEntity(), id);
    if (!record.ok())
        return record.error();
    for (auto it = completion->changes.cbegin(); it != completion->changes.cend(); ++it)
        previous.insert(it.key(), record->value(it.key()));

    // One undo step for both rows, each direction in one transaction.
    const QString nextId = completion->hasNext() ? Model::newId() : QString();
    Model::RecordStore &store = m_session.store();
    Storage::Database &db = m_session.database();
    auto apply = [&store, &db, id, nextId, changes = completion->changes, next = completion->next]() -> Status {
        Storage::Transaction transaction(db);
        if (!transaction.begun())
            return transaction.beginError();
        KIZUNA_TRY(store.update(taskEntity(), id, changes));
        if (!nextId.isEmpty())
            KIZUNA_TRY(store.insert(taskEntity(), next, nextId));
        return transaction.commit();
    };
    auto revert = [&store, &db, id, nextId, previous]() -> Status {
        Storage::Transaction transaction(db);
        if (!transaction.begun())
            return transaction.beginError();
        if (!nextId.isEmpty()) {
            KIZUNA_TRY(store.remove(taskEntity(), nextId));
            KIZUNA_TRY(store.purge(taskEntity(), nextId));
        }
        KIZUNA_TRY(store.update(taskEntity(), id, previous));
        return transaction.commit();
    };
    return m_session.perform(tr("Complete task “%1”").arg(task->title), TaskName, id, std::move(apply),
                             std::move(revert));
}

Status TaskCommands::reopen(const QString &id)
{
    return m_session.update(TaskName, id, Model::TaskActions::reopen(),
                            tr("Reopen task “%1”").arg(titleOf(id)));
}

Status TaskCommands::snooze(const QString &id, int minutes)
{
    return remindAt(id, now().addSecs(qint64(minutes) * 60));
}

Status TaskCommands::remindAt(const QString &id, const QDateTime &when)
{
    return m_session.update(TaskName, id, Model::TaskActions::remindAt(when),
                            tr("Snooze “%1”").arg(titleOf(id)));
}

Status TaskCommands::moveToTrash(const QString &id)
{
    return m_session.remove(TaskName, id, tr("Move task “%1” to the Trash").arg(titleOf(id)));
}

} // namespace Kizuna::Ui
