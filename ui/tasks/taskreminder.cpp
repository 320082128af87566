// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/taskreminder.h"

#include "core/model/taskactions.h"
#include "core/model/taskquery.h"
#include "core/model/taskreminders.h"
#include "core/storage/database.h"
#include "ui/common/editsession.h"
#include "ui/common/uiresources.h"

#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Kizuna::Ui {

TaskReminder::TaskReminder(EditSession &session, Clock clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(std::move(clock))
    , m_timer(new QTimer(this))
    , m_cancel(Storage::makeCancelFlag())
{
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TaskReminder::checkNow);
    createMenu();
}

TaskReminder::~TaskReminder()
{
    m_cancel->store(true);
    if (m_watcher)
        m_watcher->waitForFinished();
    if (m_ownTray)
        delete m_tray;
}

void TaskReminder::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void TaskReminder::setTrayIcon(QSystemTrayIcon *icon)
{
    if (m_ownTray)
        delete m_tray;
    m_ownTray = false;
    m_trayChosen = true;
    m_tray = icon;
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastTaskId.isEmpty())
                Q_EMIT openTaskRequested(m_lastTaskId);
        });
}

void TaskReminder::start()
{
    if (!m_trayChosen && QSystemTrayIcon::isSystemTrayAvailable()) {
        const QIcon icon = QApplication::windowIcon().isNull() ? applicationIcon() : QApplication::windowIcon();
        auto *tray = new QSystemTrayIcon(icon);
        tray->setToolTip(QApplication::applicationDisplayName());
        tray->setContextMenu(m_menu.get());
        setTrayIcon(tray);
        m_ownTray = true;
        tray->show();
    }
    m_timer->start();
    checkNow();
}

void TaskReminder::stop()
{
    m_timer->stop();
}

bool TaskReminder::isActive() const
{
    return m_timer->isActive();
}

QDateTime TaskReminder::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

// Reminders come from (checkpoint, now]; without a checkpoint (first run) from the start of the
// day, and never more than a day back.
QDateTime TaskReminder::since(const QDateTime &now)
{
    QDateTime from = Model::TaskDay::of(now).start();
    auto checkpoint = Model::TaskReminders::checkpoint(m_session.database());
    if (checkpoint.ok() && checkpoint->isValid())
        from = *checkpoint;
    return std::max(from, now.addDays(-1));
}

void TaskReminder::checkNow()
{
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    const QDateTime checkedAt = now();
    const QDateTime from = since(checkedAt);
    auto query = [from, checkedAt](Storage::Database &db, const std::atomic<bool> &) {
        return Model::TaskReminders::due(db, from, checkedAt, MaxPerCheck);
    };
    const QString path = m_session.database().path();
    if (path.isEmpty() || path == u":memory:") { // no second connection possible: read it here
        m_checking = true;
        finishCheck(query(m_session.database(), *m_cancel), checkedAt);
        return;
    }
    m_checking = true;
    m_watcher = new QFutureWatcher<Result<QList<Model::Task>>>(this);
    auto *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, checkedAt] {
        watcher->deleteLater();
        if (m_watcher == watcher)
            m_watcher = nullptr;
        finishCheck(watcher->result(), checkedAt);
    });
    watcher->setFuture(Storage::runInBackground<QList<Model::Task>>(path, m_cancel, query));
}

void TaskReminder::finishCheck(const Result<QList<Model::Task>> &result, const QDateTime &checkedAt)
{
    m_checking = false;
    if (!result.ok()) {
        if (result.error().kind != ErrorKind::Cancelled)
            Q_EMIT errorOccurred(tr("Cannot check the task reminders: %1").arg(result.error().message));
    } else {
        QList<Model::Task> fresh;
        for (const Model::Task &task : *result) {
            const QString key = task.id + u'@' + task.reminderStamp();
            if (!m_shown.contains(key)) {
                m_shown.insert(key);
                fresh << task;
            }
        }
        auto checkpoint = Model::TaskReminders::checkpoint(m_session.database());
        if (!checkpoint.ok() || !checkpoint->isValid() || *checkpoint < checkedAt) {
            const Status saved = Model::TaskReminders::setCheckpoint(m_session.database(), checkedAt);
            if (!saved.ok())
                Q_EMIT errorOccurred(saved.error().message);
        }
        if (!fresh.isEmpty())
            show(fresh);
    }
    Q_EMIT checkFinished();
    if (m_checkAgain) {
        m_checkAgain = false;
        checkNow();
    }
}

QString TaskReminder::messageBody(const Model::Task &task) const
{
    QStringList lines;
    if (task.hasDue())
        lines << tr("Due %1").arg(QLocale().toString(task.due().toLocalTime(), QLocale::ShortFormat));
    if (!task.relatedText().isEmpty())
        lines << task.relatedText();
    return lines.join(u'\n');
}

void TaskReminder::show(const QList<Model::Task> &tasks)
{
    QStringList ids;
    for (const Model::Task &task : tasks)
        ids << task.id;
    m_lastTaskId = tasks.constLast().id;
    updateMenu();
    QString title;
    QString body;
    if (tasks.size() == 1) {
        title = tr("Task due: %1").arg(tasks.constFirst().title);
        body = messageBody(tasks.constFirst());
    } else {
        title = tr("%n task(s) due", nullptr, int(tasks.size()));
        QStringList titles;
        for (const Model::Task &task : tasks.mid(0, MaxSeparateMessages))
            titles << task.title;
        if (tasks.size() > MaxSeparateMessages)
            titles << tr("…and %n more", nullptr, int(tasks.size() - MaxSeparateMessages));
        body = titles.join(u'\n');
    }
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, body, QSystemTrayIcon::Information, 15000);
    const QString firstLine = body.section(u'\n', 0, 0);
    Q_EMIT reminded(ids, firstLine.isEmpty() ? title : title + u" — " + firstLine);
}

void TaskReminder::createMenu()
{
    m_menu = std::make_unique<QMenu>();
    m_menu->setObjectName(QStringLiteral("taskReminderMenu"));
    auto act = [this](const QString &text, const char *name, auto slot) {
        QAction *action = m_menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, [this, slot] {
            if (!m_lastTaskId.isEmpty())
                slot(m_lastTaskId);
        });
    };
    const auto report = [this](const Status &status) {
        if (!status.ok())
            Q_EMIT errorOccurred(status.error().message);
    };
    act(tr("&Open task"), "reminderOpen", [this](const QString &id) { Q_EMIT openTaskRequested(id); });
    act(tr("Mark &done"), "reminderDone", [this, report](const QString &id) { report(complete(id)); });
    act(tr("Snooze 10 minutes"), "reminderSnooze10", [this, report](const QString &id) { report(snooze(id, 10)); });
    act(tr("Snooze 1 hour"), "reminderSnooze60", [this, report](const QString &id) { report(snooze(id, 60)); });
    act(tr("Snooze until tomorrow 9:00"), "reminderTomorrow",
        [this, report](const QString &id) { report(snoozeUntilTomorrow(id)); });
    updateMenu();
}

void TaskReminder::updateMenu()
{
    for (QAction *action : m_menu->actions())
        action->setEnabled(!m_lastTaskId.isEmpty());
}

Status TaskReminder::complete(const QString &taskId)
{
    return TaskCommands(m_session, m_clock).complete(taskId);
}

Status TaskReminder::snooze(const QString &taskId, int minutes)
{
    return TaskCommands(m_session, m_clock).snooze(taskId, minutes);
}

Status TaskReminder::snoozeUntilTomorrow(const QString &taskId)
{
    return TaskCommands(m_session, m_clock).remindAt(taskId, Model::TaskActions::tomorrowAt(now(), QTime(9, 0)));
}

} // namespace Kizuna::Ui
