// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/taskquickadd.h"

#include "core/storage/clock.h"
#include "ui/tasks/taskrecurrencebox.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Kizuna::Ui {

TaskQuickAdd::TaskQuickAdd(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_hasDue(new QCheckBox(tr("D&ue"), this))
    , m_due(new QDateTimeEdit(this))
    , m_recurrence(new TaskRecurrenceBox(this))
    , m_add(new QPushButton(tr("&Add"), this))
{
    setObjectName(QStringLiteral("taskQuickAdd"));
    m_title->setObjectName(QStringLiteral("taskQuickTitle"));
    m_title->setPlaceholderText(tr("New task — type a title and press Return"));
    m_title->setClearButtonEnabled(true);
    m_hasDue->setObjectName(QStringLiteral("taskQuickHasDue"));
    m_hasDue->setChecked(true);
    m_due->setObjectName(QStringLiteral("taskQuickDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_add->setObjectName(QStringLiteral("taskQuickAddButton"));
    m_add->setToolTip(tr("Add the task (Return)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_hasDue);
    layout->addWidget(m_due);
    layout->addWidget(m_recurrence);
    layout->addWidget(m_add);

    connect(m_title, &QLineEdit::textChanged, this, &TaskQuickAdd::updateState);
    connect(m_hasDue, &QCheckBox::toggled, this, &TaskQuickAdd::updateState);
    connect(m_title, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_title->text().trimmed().isEmpty())
            Q_EMIT addRequested();
    });
    resetDue(QDateTime::currentDateTime());
    updateState();
}

void TaskQuickAdd::resetDue(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QTime evening(18, 0);
    m_due->setDateTime(QDateTime(local.date(), local.time() < evening ? evening : QTime(23, 59)));
}

Model::FieldValues TaskQuickAdd::values() const
{
    Model::FieldValues values;
    values.insert(QStringLiteral("title"), m_title->text().trimmed());
    QDate dueDate;
    if (m_hasDue->isChecked()) {
        values.insert(QStringLiteral("due_at"), Storage::toStoredTimestamp(m_due->dateTime()));
        dueDate = m_due->date();
    }
    const QString rule = m_recurrence->rule(dueDate);
    if (!rule.isEmpty())
        values.insert(QStringLiteral("recurrence"), rule);
    return values;
}

void TaskQuickAdd::clearTitle()
{
    m_title->clear();
    m_title->setFocus();
}

void TaskQuickAdd::updateState()
{
    m_due->setEnabled(m_hasDue->isChecked());
    m_add->setEnabled(!m_title->text().trimmed().isEmpty());
}

} // namespace Kizuna::Ui
