// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"
#include "core/storage/backgroundjob.h"
#include "core/storage/result.h"
#include "ui/tasks/taskcommands.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace Kizuna::Ui {

class EditSession;

// Desktop reminders while the app runs. Every interval (30 s by default, and at start()) it
// looks for open tasks whose reminder time (remind_at, else due_at) has come since the last
// check (Model::TaskReminders: the checkpoint is kept in the database file's settings, so a
// reminder is never shown twice, not even after a restart; at most a day is looked back). The
// query runs off the UI thread on its own connection.
//
// New reminders are shown with QSystemTrayIcon::showMessage when a system tray is available —
// clicking the message asks to open the task (openTaskRequested), the tray icon's menu (also
// actionsMenu()) marks it done or snoozes it — and are always announced by reminded(), which
// the main window shows in its status bar when there is no tray. More than a few at once make
// one summary message.
class TaskReminder final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 30 * 1000;
    static constexpr int MaxSeparateMessages = 3;
    static constexpr int MaxPerCheck = 100;

    explicit TaskReminder(EditSession &session, Clock clock = {}, QObject *parent = nullptr);
    ~TaskReminder() override;

    void setInterval(int milliseconds);
    // Shows messages on this tray icon (the application's) instead of one of its own; call
    // before start(). nullptr: none, even when a tray is available.
    void setTrayIcon(QSystemTrayIcon *icon);
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // Checks at once, then every interval.
    void start();
    void stop();
    bool isActive() const;
    // Checks now; the result arrives later (checkFinished). A check asked for while one runs
    // follows it.
    void checkNow();
    bool isChecking() const { return m_checking; }

    // The task of the reminder shown last (what a click on the message opens).
    QString lastTaskId() const { return m_lastTaskId; }
    // Open / Mark done / Snooze for the last reminder; also the tray icon's context menu.
    QMenu *actionsMenu() const { return m_menu.get(); }

    // Acting on a reminder: each an undoable edit through the session.
    Status complete(const QString &taskId);
    Status snooze(const QString &taskId, int minutes);
    Status snoozeUntilTomorrow(const QString &taskId);

Q_SIGNALS:
    // New reminders, each announced once: their tasks and a one-line message.
    void reminded(const QStringList &taskIds, const QString &message);
    // The user clicked a reminder (or chose Open): show this task.
    void openTaskRequested(const QString &taskId);
    // A check ended, whether or not anything was due.
    void checkFinished();
    void errorOccurred(const QString &message);

private:
    QDateTime now() const;
    QDateTime since(const QDateTime &now);
    void finishCheck(const Result<QList<Model::Task>> &result, const QDateTime &checkedAt);
    void show(const QList<Model::Task> &tasks);
    QString messageBody(const Model::Task &task) const;
    void createMenu();
    void updateMenu();

    EditSession &m_session;
    Clock m_clock;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_trayChosen = false;
    bool m_ownTray = false;
    std::unique_ptr<QMenu> m_menu;
    QFutureWatcher<Result<QList<Model::Task>>> *m_watcher = nullptr;
    Storage::CancelFlag m_cancel;
    bool m_checking = false;
    bool m_checkAgain = false;
    QSet<QString> m_shown; // "id@stamp" of every reminder shown in this run
    QString m_lastTaskId;
};

} // namespace Kizuna::Ui
