// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/editsession.h"

#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/storage/transaction.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Kizuna::Ui {

// One undo step made of two functions. The edit has already been applied when the command is
// pushed, so the first redo() (which QUndoStack::push calls) does nothing.
class FunctionCommand final : public QUndoCommand
{
public:
    FunctionCommand(EditSession &session, const QString &text, QString entity, QString id,
                    std::function<Status()> apply, std::function<Status()> revert)
        : QUndoCommand(text)
        , m_session(session)
        , m_entity(std::move(entity))
        , m_id(std::move(id))
        , m_apply(std::move(apply))
        , m_revert(std::move(revert))
    {
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        run(m_apply);
    }
    void undo() override { run(m_revert); }

private:
    void run(const std::function<Status()> &step)
    {
        const Status status = step();
        if (!status.ok()) {
            // The stack cannot go on from a step that did not happen: drop it.
            setObsolete(true);
            m_session.reportFailure(status);
        }
        Q_EMIT m_session.recordChanged(m_entity, m_id);
    }

    EditSession &m_session;
    QString m_entity;
    QString m_id;
    std::function<Status()> m_apply;
    std::function<Status()> m_revert;
    bool m_firstRedo = true;
};

EditSession::EditSession(Storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_stack(new QUndoStack(this))
{
    auto context = Model::changeContextFor(db);
    m_store = std::make_unique<Model::RecordStore>(db, context.ok() ? *context : Model::ChangeContext {});
}

EditSession::~EditSession() = default;

Status EditSession::perform(const QString &description, const QString &entity, const QString &id,
                            std::function<Status()> apply, std::function<Status()> revert)
{
    KIZUNA_TRY(apply());
    m_stack->push(new FunctionCommand(*this, description, entity, id, std::move(apply), std::move(revert)));
    Q_EMIT recordChanged(entity, id);
    return {};
}

Result<QString> EditSession::create(const QString &entity, const Model::FieldValues &values,
                                    const QString &description)
{
    const Model::EntityDef &def = Model::entity(entity);
    auto id = m_store->insert(def, values);
    if (!id.ok())
        return id.error();
    const QString created = *id;
    auto recreate = [this, &def, values, created]() -> Status {
        auto again = m_store->insert(def, values, created);
        return again.ok() ? Status {} : Status(again.error());
    };
    auto destroy = [this, &def, created]() -> Status {
        Storage::Transaction transaction(m_db);
        if (!transaction.begun())
            return transaction.beginError();
        KIZUNA_TRY(m_store->remove(def, created));
        KIZUNA_TRY(m_store->purge(def, created));
        return transaction.commit();
    };
    m_stack->push(new FunctionCommand(*this, description, entity, created, recreate, destroy));
    Q_EMIT recordChanged(entity, created);
    return created;
}

Status EditSession::update(const QString &entity, const QString &id, const Model::FieldValues &changes,
                           const QString &description)
{
    const Model::EntityDef &def = Model::entity(entity);
    auto before = m_store->get(def, id);
    if (!before.ok())
        return before.error();
    Model::FieldValues previous;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        previous.insert(it.key(), before->value(it.key()));
    return perform(description, entity, id,
                   [this, &def, id, changes] { return m_store->update(def, id, changes); },
                   [this, &def, id, previous] { return m_store->update(def, id, previous); });
}

Status EditSession::remove(const QString &entity, const QString &id, const QString &description)
{
    const Model::EntityDef &def = Model::entity(entity);
    return perform(description, entity, id, [this, &def, id] { return m_store->remove(def, id); },
                   [this, &def, id] { return m_store->restore(def, id); });
}

Status EditSession::restore(const QString &entity, const QString &id, const QString &description)
{
    const Model::EntityDef &def = Model::entity(entity);
    return perform(description, entity, id, [this, &def, id] { return m_store->restore(def, id); },
                   [this, &def, id] { return m_store->remove(def, id); });
}

void EditSession::beginGroup(const QString &description)
{
    m_stack->beginMacro(description);
}

void EditSession::endGroup()
{
    m_stack->endMacro();
}

void EditSession::reportFailure(const Status &status)
{
    Q_EMIT errorOccurred(tr("Undo/redo failed: %1").arg(status.error().message));
}

} // namespace Kizuna::Ui
