// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/taskeditdialog.h"

#include "core/model/entities.h"
#include "core/model/personname.h"
#include "core/model/taskquery.h"
#include "core/storage/clock.h"
#include "ui/common/editsession.h"
#include "ui/tasks/taskrecurrencebox.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Kizuna::Ui {

namespace {

QDateTimeEdit *newTimeEdit(QWidget *parent, const char *name)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
}

QWidget *checkedRow(QWidget *parent, QCheckBox *check, QDateTimeEdit *edit)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(edit, 1);
    return row;
}

// Two times that show the same in the minute-precision editors.
bool sameMinute(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() && b.isValid() && a.toSecsSinceEpoch() / 60 == b.toSecsSinceEpoch() / 60;
}

} // namespace

TaskEditDialog::TaskEditDialog(EditSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_about(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_hasDue(new QCheckBox(tr("Due"), this))
    , m_due(newTimeEdit(this, "taskDue"))
    , m_hasRemind(new QCheckBox(tr("Remind"), this))
    , m_remind(newTimeEdit(this, "taskRemind"))
    , m_recurrence(new TaskRecurrenceBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("taskEditDialog"));
    setWindowTitle(tr("New task"));
    m_about->setObjectName(QStringLiteral("taskAbout"));
    m_about->setVisible(false);
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setPlaceholderText(tr("What needs to be done?"));
    m_notes->setObjectName(QStringLiteral("taskNotes"));
    m_notes->setTabChangesFocus(true);
    m_hasDue->setObjectName(QStringLiteral("taskHasDue"));
    m_hasRemind->setObjectName(QStringLiteral("taskHasRemind"));
    m_hasRemind->setToolTip(tr("Without a reminder time, the reminder comes at the due time"));
    m_problem->setObjectName(QStringLiteral("taskProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("About:"), m_about);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("When:"), checkedRow(this, m_hasDue, m_due));
    form->addRow(QString(), checkedRow(this, m_hasRemind, m_remind));
    form->addRow(tr("&Repeats:"), m_recurrence);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &TaskEditDialog::updateState);
    connect(m_hasDue, &QCheckBox::toggled, this, &TaskEditDialog::updateState);
    connect(m_hasRemind, &QCheckBox::toggled, this, &TaskEditDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskEditDialog::reject);
    setClock({});
    updateState();
}

TaskEditDialog::~TaskEditDialog() = default;

TaskEditDialog *TaskEditDialog::createTask(EditSession &session, const TaskLink &link, QWidget *parent)
{
    auto *dialog = new TaskEditDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLink(link);
    dialog->open();
    return dialog;
}

TaskEditDialog *TaskEditDialog::editTask(EditSession &session, const QString &taskId, QWidget *parent)
{
    auto *dialog = new TaskEditDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->load(taskId)) {
        delete dialog;
        return nullptr;
    }
    dialog->open();
    return dialog;
}

void TaskEditDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (!m_id.isEmpty())
        return;
    const QDateTime now = m_clock ? m_clock().toLocalTime() : QDateTime::currentDateTime();
    const QTime evening(18, 0);
    m_due->setDateTime(QDateTime(now.date(), now.time() < evening ? evening : QTime(23, 59)));
    m_remind->setDateTime(m_due->dateTime());
    m_hasDue->setChecked(true);
    m_hasRemind->setChecked(false);
}

bool TaskEditDialog::load(const QString &taskId)
{
    auto task = Model::TaskQuery::get(m_session.database(), taskId);
    if (!task.ok()) {
        m_problem->setText(task.error().message);
        m_problem->setVisible(true);
        return false;
    }
    m_id = taskId;
    setWindowTitle(tr("Edit task"));
    m_title->setText(task->title);
    m_notes->setPlainText(task->notes);
    m_loadedDue = task->dueAt;
    m_loadedRemind = task->remindAt;
    m_hasDue->setChecked(task->hasDue());
    if (task->hasDue())
        m_due->setDateTime(task->due().toLocalTime());
    m_hasRemind->setChecked(!task->remindAt.isEmpty());
    m_remind->setDateTime(task->remindAt.isEmpty() ? m_due->dateTime() : task->remind().toLocalTime());
    m_recurrence->setRule(task->recurrence);
    m_about->setText(task->relatedText());
    m_about->setVisible(!task->relatedText().isEmpty());
    updateState();
    return true;
}

void TaskEditDialog::setLink(const TaskLink &link)
{
    if (!m_id.isEmpty())
        return;
    m_link = link;
    showLinkText();
}

void TaskEditDialog::showLinkText()
{
    Model::RecordStore &store = m_session.store();
    QStringList parts;
    if (!m_link.contactId.isEmpty()) {
        auto contact = store.get(Model::entity(u"contact"), m_link.contactId);
        if (contact.ok())
            parts << Model::displayName(contact->value(QStringLiteral("family_name")).toString(),
                                        contact->value(QStringLiteral("given_name")).toString());
    }
    if (!m_link.companyId.isEmpty()) {
        auto company = store.get(Model::entity(u"company"), m_link.companyId);
        if (company.ok())
            parts << company->value(QStringLiteral("name")).toString();
    }
    if (!m_link.dealId.isEmpty()) {
        auto deal = store.get(Model::entity(u"deal"), m_link.dealId);
        if (deal.ok())
            parts << deal->value(QStringLiteral("title")).toString();
    }
    m_about->setText(parts.join(QStringLiteral(" · ")));
    m_about->setVisible(!parts.isEmpty());
}

QVariant TaskEditDialog::stampOf(const QCheckBox *check, const QDateTimeEdit *edit, const QString &loaded) const
{
    if (!check->isChecked())
        return QVariant();
    if (!loaded.isEmpty() && sameMinute(Storage::fromStoredTimestamp(loaded), edit->dateTime()))
        return loaded; // untouched: keep the stored seconds
    return Storage::toStoredTimestamp(edit->dateTime());
}

Model::FieldValues TaskEditDialog::values() const
{
    Model::FieldValues values;
    values.insert(QStringLiteral("title"), m_title->text().trimmed());
    values.insert(QStringLiteral("notes"), m_notes->toPlainText().trimmed());
    values.insert(QStringLiteral("due_at"), stampOf(m_hasDue, m_due, m_loadedDue));
    values.insert(QStringLiteral("remind_at"), stampOf(m_hasRemind, m_remind, m_loadedRemind));
    const QString rule = m_recurrence->rule(m_hasDue->isChecked() ? m_due->date() : QDate());
    values.insert(QStringLiteral("recurrence"), rule.isEmpty() ? QVariant() : QVariant(rule));
    return values;
}

bool TaskEditDialog::save()
{
    TaskCommands commands(m_session, m_clock);
    Model::FieldValues values = this->values();
    Status status;
    if (m_id.isEmpty()) {
        for (auto it = values.begin(); it != values.end();) {
            it = it.value().isNull() || it.value().toString().isEmpty() ? values.erase(it) : std::next(it);
        }
        if (!m_link.contactId.isEmpty())
            values.insert(QStringLiteral("contact_id"), m_link.contactId);
        if (!m_link.dealId.isEmpty())
            values.insert(QStringLiteral("deal_id"), m_link.dealId);
        if (!m_link.companyId.isEmpty())
            values.insert(QStringLiteral("company_id"), m_link.companyId);
        auto created = commands.create(values);
        if (created.ok())
            m_id = *created;
        else
            status = created.error();
    } else {
        status = commands.update(m_id, values);
    }
    if (!status.ok()) {
        m_problem->setText(status.error().message);
        m_problem->setVisible(true);
        return false;
    }
    m_problem->setVisible(false);
    Q_EMIT saved(m_id);
    return true;
}

void TaskEditDialog::accept()
{
    if (save())
        QDialog::accept();
}

void TaskEditDialog::updateState()
{
    m_due->setEnabled(m_hasDue->isChecked());
    m_remind->setEnabled(m_hasRemind->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

} // namespace Kizuna::Ui
