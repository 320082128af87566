// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/tasks/taskcommands.h"

#include <QWidget>

class QMenu;
class QTimer;
class QToolButton;
class QTreeView;

namespace Kizuna::Ui {

class EditSession;
class TaskEditDialog;
class TaskQuickAdd;
class TaskTreeModel;
struct TaskLink;

// The Tasks screen: Overdue (in red), Today and Upcoming (and No date when there are such
// tasks), or the tasks done lately with "Show done"; a quick-add line on top. The check box or
// Space marks a task done (a repeating one comes back as its next occurrence), Snooze moves its
// reminder (10 minutes, 1 hour, tomorrow 9:00), double-click or Return opens the task dialog,
// Delete moves it to the Trash. Every change goes through the edit session (Edit ▸ Undo). The
// screen's own edits refresh the lists at once; edits made elsewhere (undo, another screen, a
// bulk edit of contacts) refresh them once when the event loop is next idle, or when the screen
// is shown again if it is hidden.
class TasksView final : public QWidget
{
    Q_OBJECT

public:
    explicit TasksView(EditSession &session, QWidget *parent = nullptr);
    ~TasksView() override;

    // The time the lists and edits use (tests pass a fake clock).
    void setClock(Clock clock);

    TaskTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    TaskQuickAdd *quickAdd() const { return m_quickAdd; }
    QToolButton *doneFilter() const { return m_showDone; }
    QToolButton *snoozeButton() const { return m_snooze; }
    QMenu *snoozeMenu() const { return m_snoozeMenu; }

    // The task of the current row; empty when a section or nothing is current.
    QString currentTaskId() const;
    // Makes a task the current row (showing its list); false if it is in none of them.
    bool selectTask(const QString &taskId);

    // Opens the dialog for a stored task (non-blocking); nullptr if it cannot be read.
    TaskEditDialog *openTask(const QString &taskId);
    // Opens the dialog for a new task, linked to a contact or deal if given.
    TaskEditDialog *newTask(const TaskLink &link);

    // The actions of the screen, on the task given or the current one.
    bool addFromQuickAdd();
    bool setDone(const QString &taskId, bool done);
    bool toggleCurrent();
    bool snoozeCurrent(int minutes);
    bool snoozeCurrentUntilTomorrow();
    bool moveCurrentToTrash();
    // Reads the lists again, keeping the current task.
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QToolButton *addToolButton(const QString &text, const char *name, const QString &toolTip);
    void createSnoozeMenu();
    void recordChanged(const QString &entity, const QString &id);
    void afterReload(const QString &currentId);
    void checkDayChange();
    void fetchVisibleSections();
    void reloadIfPending();
    bool report(const Status &status, const QString &success);
    TaskCommands commands() const;
    QDateTime now() const;

    EditSession &m_session;
    Clock m_clock;
    TaskTreeModel *m_model = nullptr;
    TaskQuickAdd *m_quickAdd = nullptr;
    QTreeView *m_tree = nullptr;
    QToolButton *m_showDone = nullptr;
    QToolButton *m_done = nullptr;
    QToolButton *m_snooze = nullptr;
    QMenu *m_snoozeMenu = nullptr;
    QTimer *m_dayTimer = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_reloadPending = false;
};

} // namespace Kizuna::Ui
