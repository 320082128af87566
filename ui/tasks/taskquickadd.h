// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace Kizuna::Ui {

class TaskRecurrenceBox;

// The line above the task lists: type a title, optionally a due date and time and how it
// repeats, press Return. The due time starts at today 18:00 (or the end of today when that has
// passed); unticking "Due" adds a task without a date.
class TaskQuickAdd final : public QWidget
{
    Q_OBJECT

public:
    explicit TaskQuickAdd(QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QCheckBox *dueCheck() const { return m_hasDue; }
    QDateTimeEdit *dueEdit() const { return m_due; }
    TaskRecurrenceBox *recurrenceBox() const { return m_recurrence; }
    QPushButton *addButton() const { return m_add; }

    // Sets the due time to the default for the day of `now`.
    void resetDue(const QDateTime &now);
    // The fields of the task typed (title, due_at, recurrence).
    Model::FieldValues values() const;
    // Empties the title for the next task, keeping the due time and repetition.
    void clearTitle();

Q_SIGNALS:
    // Return in the title or the Add button, with a title typed.
    void addRequested();

private:
    void updateState();

    QLineEdit *m_title = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateTimeEdit *m_due = nullptr;
    TaskRecurrenceBox *m_recurrence = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Kizuna::Ui
