// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/storage/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QUndoStack;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// Every edit the user makes in the window goes through here: it is written at once through the
// record store (one transaction, change-log rows) and, when it succeeded, pushed on the one undo
// stack of the window, so Edit ▸ Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) work for every screen.
// Screens listen to recordChanged() to refresh what they show, whichever screen made the edit
// and whether it was done, undone or redone.
class EditSession final : public QObject
{
    Q_OBJECT

public:
    explicit EditSession(Storage::Database &db, QObject *parent = nullptr);
    ~EditSession() override;

    QUndoStack *undoStack() const { return m_stack; }
    Model::RecordStore &store() { return *m_store; }
    Storage::Database &database() const { return m_db; }

    // Creates a record; undo removes it for good, redo creates it again with the same id.
    Result<QString> create(const QString &entity, const Model::FieldValues &values,
                           const QString &description);
    // Changes some fields; undo puts the previous values back.
    Status update(const QString &entity, const QString &id, const Model::FieldValues &changes,
                  const QString &description);
    // Moves a record to the Trash / back out of it.
    Status remove(const QString &entity, const QString &id, const QString &description);
    Status restore(const QString &entity, const QString &id, const QString &description);

    // Several edits as one undo step ("Delete 12 contacts").
    void beginGroup(const QString &description);
    void endGroup();

    // An edit built from two functions (for operations beyond one record, such as a deal moving
    // stage): `apply` runs now and on redo, `revert` on undo; `entity`/`id` are announced through
    // recordChanged() after each of them.
    Status perform(const QString &description, const QString &entity, const QString &id,
                   std::function<Status()> apply, std::function<Status()> revert);

Q_SIGNALS:
    void recordChanged(const QString &entity, const QString &id);
    // An undo or redo failed (the database changed under it, the disk is full …).
    void errorOccurred(const QString &message);

private:
    friend class FunctionCommand;
    void reportFailure(const Status &status);

    Storage::Database &m_db;
    std::unique_ptr<Model::RecordStore> m_store;
    QUndoStack *m_stack = nullptr;
};

} // namespace Kizuna::Ui
