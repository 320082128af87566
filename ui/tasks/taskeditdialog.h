// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "ui/tasks/taskcommands.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Kizuna::Ui {

class EditSession;
class TaskRecurrenceBox;

// What a new task is about: set by the screen that creates it (a contact page, a deal).
struct TaskLink
{
    QString contactId;
    QString dealId;
    QString companyId;
};

// Creates or edits one task: title, notes, due time, reminder time and repetition. OK writes it
// through the edit session (one undo step) and closes; a problem keeps the dialog open with the
// message under the fields.
//
// From another screen: TaskEditDialog::createTask(session, {contactId, dealId}, this) opens a
// dialog for a new task about that contact and/or deal and deletes itself when closed.
class TaskEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // A dialog for a new task (due today 18:00 by default).
    explicit TaskEditDialog(EditSession &session, QWidget *parent = nullptr);
    ~TaskEditDialog() override;

    // Opens (non-blocking, window-modal) a dialog for a new task linked to a contact, deal or
    // company; it deletes itself when closed.
    static TaskEditDialog *createTask(EditSession &session, const TaskLink &link, QWidget *parent);
    // Opens the same way a dialog editing a stored task; nullptr if it cannot be read.
    static TaskEditDialog *editTask(EditSession &session, const QString &taskId, QWidget *parent);

    void setClock(Clock clock);
    // Shows a stored task; false if it cannot be read.
    bool load(const QString &taskId);
    // Links a new task (ignored when editing).
    void setLink(const TaskLink &link);

    QString taskId() const { return m_id; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QCheckBox *dueCheck() const { return m_hasDue; }
    QDateTimeEdit *dueEdit() const { return m_due; }
    QCheckBox *remindCheck() const { return m_hasRemind; }
    QDateTimeEdit *remindEdit() const { return m_remind; }
    TaskRecurrenceBox *recurrenceBox() const { return m_recurrence; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // The fields as they would be written.
    Model::FieldValues values() const;
    // Writes the task (create or update); false, with the problem shown, if it could not.
    bool save();
    void accept() override;

Q_SIGNALS:
    void saved(const QString &taskId);

private:
    void updateState();
    void showLinkText();
    QVariant stampOf(const QCheckBox *check, const QDateTimeEdit *edit, const QString &loaded) const;

    EditSession &m_session;
    Clock m_clock;
    QString m_id;
    TaskLink m_link;
    QString m_loadedDue;
    QString m_loadedRemind;
    QLabel *m_about = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QCheckBox *m_hasRemind = nullptr;
    QDateTimeEdit *m_remind = nullptr;
    TaskRecurrenceBox *m_recurrence = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kizuna::Ui
