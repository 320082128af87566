// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/tasksview.h"

#include "core/model/taskactions.h"
#include "core/model/taskquery.h"
#include "ui/common/editsession.h"
#include "ui/tasks/taskeditdialog.h"
#include "ui/tasks/taskquickadd.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasktreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kizuna::Ui {

using Model::TaskBucket;

TasksView::TasksView(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TaskTreeModel(session.database(), this))
    , m_quickAdd(new TaskQuickAdd(this))
    , m_tree(new QTreeView(this))
    , m_dayTimer(new QTimer(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("tasksView"));
    m_tree->setObjectName(QStringLiteral("tasksTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setSectionResizeMode(TaskTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    m_showDone = addToolButton(tr("Show &done"), "tasksShowDone",
                               tr("Show the tasks done in the last %n day(s)", nullptr,
                                  Model::TaskQuery::DoneDays));
    m_showDone->setCheckable(true);
    m_done = addToolButton(tr("&Mark done"), "tasksMarkDone", tr("Mark the task done (Space)"));
    m_snooze = addToolButton(tr("&Snooze"), "tasksSnooze", tr("Remind me again later"));
    createSnoozeMenu();
    QToolButton *edit = addToolButton(tr("&Edit…"), "tasksEdit", tr("Open the task (Return)"));
    QToolButton *add = addToolButton(tr("&New task…"), "tasksNew", tr("A task with notes and a reminder"));
    QToolButton *trash = addToolButton(tr("Move to &Trash"), "tasksTrash", tr("Move the task to the Trash (Delete)"));
    bar->addWidget(m_showDone);
    bar->addStretch();
    for (QToolButton *button : {m_done, m_snooze, edit, add, trash})
        bar->addWidget(button);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quickAdd);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(m_quickAdd, &TaskQuickAdd::addRequested, this, &TasksView::addFromQuickAdd);
    connect(m_showDone, &QToolButton::toggled, this, [this](bool done) {
        m_model->setMode(done ? TaskTreeModel::Mode::Done : TaskTreeModel::Mode::Open);
        afterReload({});
    });
    connect(m_done, &QToolButton::clicked, this, &TasksView::toggleCurrent);
    connect(edit, &QToolButton::clicked, this, [this] { openTask(currentTaskId()); });
    connect(add, &QToolButton::clicked, this, [this] { newTask({}); });
    connect(trash, &QToolButton::clicked, this, &TasksView::moveCurrentToTrash);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Model::Task *task = m_model->task(index))
            openTask(task->id);
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_model->task(m_tree->indexAt(pos)))
            return;
        QMenu menu(this);
        menu.addAction(m_done->text(), this, &TasksView::toggleCurrent);
        menu.addMenu(m_snoozeMenu)->setText(m_snooze->text());
        menu.addAction(tr("&Edit…"), this, [this] { openTask(currentTaskId()); });
        menu.addAction(tr("Move to &Trash"), this, &TasksView::moveCurrentToTrash);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    // Queued: the check box is toggled inside the view's own event handling, and the edit
    // rebuilds the model.
    connect(m_model, &TaskTreeModel::doneToggled, this, &TasksView::setDone, Qt::QueuedConnection);
    connect(m_model, &TaskTreeModel::errorOccurred, this, &TasksView::errorOccurred);
    connect(&m_session, &EditSession::recordChanged, this, &TasksView::recordChanged);
    // A section reads its next page when its last loaded task scrolls into view.
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this, &TasksView::fetchVisibleSections);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &TasksView::reloadIfPending);
    m_dayTimer->setInterval(60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, &TasksView::checkDayChange);
    m_dayTimer->start();
    afterReload({});
}

TasksView::~TasksView() = default;

QToolButton *TasksView::addToolButton(const QString &text, const char *name, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setObjectName(QString::fromLatin1(name));
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

void TasksView::createSnoozeMenu()
{
    m_snoozeMenu = new QMenu(this);
    m_snoozeMenu->setObjectName(QStringLiteral("tasksSnoozeMenu"));
    QAction *tenMinutes = m_snoozeMenu->addAction(tr("10 minutes"), this, [this] { snoozeCurrent(10); });
    tenMinutes->setObjectName(QStringLiteral("snooze10Minutes"));
    QAction *hour = m_snoozeMenu->addAction(tr("1 hour"), this, [this] { snoozeCurrent(60); });
    hour->setObjectName(QStringLiteral("snooze1Hour"));
    QAction *tomorrow = m_snoozeMenu->addAction(tr("Tomorrow 9:00"), this, &TasksView::snoozeCurrentUntilTomorrow);
    tomorrow->setObjectName(QStringLiteral("snoozeTomorrow"));
    m_snooze->setMenu(m_snoozeMenu);
    m_snooze->setPopupMode(QToolButton::InstantPopup);
}

void TasksView::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_model->setClock(m_clock);
    m_quickAdd->resetDue(now());
    afterReload({});
}

QDateTime TasksView::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

TaskCommands TasksView::commands() const
{
    return TaskCommands(m_session, m_clock);
}

QString TasksView::currentTaskId() const
{
    const Model::Task *task = m_model->task(m_tree->currentIndex());
    return task ? task->id : QString();
}

bool TasksView::selectTask(const QString &taskId)
{
    QModelIndex index = m_model->indexOf(taskId);
    if (!index.isValid() && m_showDone->isChecked()) {
        m_showDone->setChecked(false); // an open task: show the open lists
        index = m_model->indexOf(taskId);
    }
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

TaskEditDialog *TasksView::openTask(const QString &taskId)
{
    if (taskId.isEmpty())
        return nullptr;
    TaskEditDialog *dialog = TaskEditDialog::editTask(m_session, taskId, this);
    if (!dialog) {
        Q_EMIT errorOccurred(tr("The task cannot be opened; it may have been deleted."));
        return nullptr;
    }
    dialog->setClock(m_clock);
    return dialog;
}

TaskEditDialog *TasksView::newTask(const TaskLink &link)
{
    TaskEditDialog *dialog = TaskEditDialog::createTask(m_session, link, this);
    dialog->setClock(m_clock);
    connect(dialog, &TaskEditDialog::saved, this, [this](const QString &id) {
        reload();
        selectTask(id);
    });
    return dialog;
}

bool TasksView::report(const Status &status, const QString &success)
{
    if (!status.ok()) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    reload(); // the screen's own edit shows at once
    if (!success.isEmpty())
        Q_EMIT statusMessage(success);
    return true;
}

bool TasksView::addFromQuickAdd()
{
    const Model::FieldValues values = m_quickAdd->values();
    if (values.value(QStringLiteral("title")).toString().isEmpty())
        return false;
    auto created = commands().create(values);
    if (!report(created.ok() ? Status() : Status(created.error()), tr("Task added")))
        return false;
    m_quickAdd->clearTitle();
    selectTask(*created);
    return true;
}

bool TasksView::setDone(const QString &taskId, bool done)
{
    if (taskId.isEmpty())
        return false;
    TaskCommands commands = this->commands();
    if (done)
        return report(commands.complete(taskId), tr("Done; Edit ▸ Undo takes it back"));
    return report(commands.reopen(taskId), tr("Task reopened"));
}

bool TasksView::toggleCurrent()
{
    const Model::Task *task = m_model->task(m_tree->currentIndex());
    return task && setDone(task->id, !task->isDone());
}

bool TasksView::snoozeCurrent(int minutes)
{
    const QString id = currentTaskId();
    return !id.isEmpty()
        && report(commands().snooze(id, minutes), tr("Reminder moved by %n minute(s)", nullptr, minutes));
}

bool TasksView::snoozeCurrentUntilTomorrow()
{
    const QString id = currentTaskId();
    return !id.isEmpty()
        && report(commands().remindAt(id, Model::TaskActions::tomorrowAt(now(), QTime(9, 0))),
                  tr("Reminder moved to tomorrow 9:00"));
}

bool TasksView::moveCurrentToTrash()
{
    const QString id = currentTaskId();
    return !id.isEmpty()
        && report(commands().moveToTrash(id), tr("Task moved to the Trash; Edit ▸ Undo brings it back"));
}

void TasksView::reload()
{
    m_reloadPending = false;
    const QString current = currentTaskId();
    m_model->reload();
    afterReload(current);
}

void TasksView::afterReload(const QString &currentId)
{
    m_tree->expandAll();
    const QModelIndex undated = m_model->sectionIndex(TaskBucket::Undated);
    if (undated.isValid())
        m_tree->setRowHidden(undated.row(), {}, m_model->rowCount(undated) == 0);
    const QModelIndex current = m_model->indexOf(currentId);
    if (current.isValid())
        m_tree->setCurrentIndex(current);
    for (int column = TaskTreeModel::DueColumn; column < TaskTreeModel::ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
}

void TasksView::fetchVisibleSections()
{
    const QRect visible = m_tree->viewport()->rect();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex section = m_model->index(row, 0);
        const int loaded = m_model->rowCount(section);
        if (loaded == 0 || !m_model->hasMore(section))
            continue;
        const QRect lastRow = m_tree->visualRect(m_model->index(loaded - 1, 0, section));
        if (lastRow.isValid() && lastRow.intersects(visible))
            m_model->loadMore(section);
    }
}

void TasksView::recordChanged(const QString &entity, const QString &)
{
    if (entity != u"task" && entity != u"contact" && entity != u"deal" && entity != u"company")
        return;
    m_reloadPending = true;
    if (isVisible())
        m_reloadTimer->start(); // many changes in a row (a group, a bulk edit) reload once
}

void TasksView::reloadIfPending()
{
    if (m_reloadPending && isVisible())
        reload();
}

void TasksView::checkDayChange()
{
    if (Model::TaskDay::of(now()).date != m_model->day().date)
        reload();
}

void TasksView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_reloadPending)
        reload();
    else
        checkDayChange();
}

bool TasksView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Space:
            toggleCurrent();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openTask(currentTaskId());
            return true;
        case Qt::Key_Delete:
            moveCurrentToTrash();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Kizuna::Ui
