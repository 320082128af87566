// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/insightswarmer.h"

#include "core/analytics/contactinsights.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTimer>

#include <utility>

namespace Kizuna::Ui {

namespace {
Q_LOGGING_CATEGORY(lcWarmer, "kizuna.insights.warmer")
}

InsightsWarmer::InsightsWarmer(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_cancel(Storage::makeCancelFlag())
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    connect(m_delay, &QTimer::timeout, this, &InsightsWarmer::run);
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &InsightsWarmer::cancel);
}

InsightsWarmer::~InsightsWarmer()
{
    m_cancel->store(true); // the worker stops at its next check; nothing waits for it here
}

void InsightsWarmer::start(int delayMs)
{
    if (m_running)
        return;
    if (delayMs <= 0)
        run();
    else
        m_delay->start(delayMs);
}

bool InsightsWarmer::isPending() const
{
    return m_delay->isActive();
}

void InsightsWarmer::cancel()
{
    m_delay->stop();
    m_cancel->store(true);
}

void InsightsWarmer::run()
{
    m_cancel = Storage::makeCancelFlag();
    m_running = true;
    auto *watcher = new QFutureWatcher<Result<bool>>(this);
    connect(watcher, &QFutureWatcher<Result<bool>>::finished, this, [this, watcher] {
        m_running = false;
        const Result<bool> result = watcher->result();
        watcher->deleteLater();
        if (result.ok()) {
            Q_EMIT warmed();
            return;
        }
        qCDebug(lcWarmer) << "population model not warmed:" << result.error().message;
        Q_EMIT failed(result.error().message);
    });
    watcher->setFuture(Storage::runInBackground<bool>(
        m_databasePath, m_cancel, [](Storage::Database &db, const std::atomic<bool> &cancel) -> Result<bool> {
            auto model = Analytics::populationModel(db, QDate::currentDate(), &cancel);
            if (!model.ok())
                return model.error();
            return true;
        }));
}

} // namespace Kizuna::Ui
