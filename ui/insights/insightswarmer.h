// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/backgroundjob.h"

#include <QObject>
#include <QString>

class QTimer;

namespace Kizuna::Ui {

// Computes the day's population model of the contact insights (RFM boundaries, BG/NBD and
// Gamma-Gamma fits, association rules — seconds on a big file) on a worker with its own
// connection a little after the window opens, when it is not cached yet, so that the first
// Insights tab and the churn risk list open without the wait. Never blocks: destroying the
// warmer, cancel() or the application quitting stop the worker at its next check (within a
// likelihood evaluation while fitting).
class InsightsWarmer final : public QObject {
    Q_OBJECT

public:
    explicit InsightsWarmer(QString databasePath, QObject *parent = nullptr);
    ~InsightsWarmer() override;

    // Starts the work after `delayMs` (at once for 0); again if it ran before, which costs little
    // when the model is cached. Nothing happens while it is running.
    void start(int delayMs = 5000);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isPending() const;
    const QString &databasePath() const { return m_databasePath; }

Q_SIGNALS:
    // The model is ready (computed now or found cached).
    void warmed();
    // Computing it failed or was cancelled; the tabs compute it themselves when opened.
    void failed(const QString &message);

private:
    void run();

    QString m_databasePath;
    Storage::CancelFlag m_cancel;
    QTimer *m_delay;
    bool m_running = false;
};

} // namespace Kizuna::Ui
