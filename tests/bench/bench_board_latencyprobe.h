// SPDX-License-Identifier: GPL-3.0-or-later
// Records how late a 5 ms timer fires: the UI thread's stalls as a user would feel them.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Kizuna::Bench {

class LatencyProbe final : public QObject
{
public:
    LatencyProbe();
    QTimer *timer() { return &m_timer; }
    // The first tick is measured from here: a block right after start() counts too.
    void start();
    double max() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_max = 0;
};

} // namespace Kizuna::Bench
