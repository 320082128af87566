// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_board_latencyprobe.h"

#include <algorithm>

namespace Kizuna::Bench {

LatencyProbe::LatencyProbe()
{
    m_timer.setInterval(5);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_max = std::max(m_max, double(now - m_last) / 1e6 - 5.0);
        m_last = now;
    });
}

void LatencyProbe::start()
{
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_max = 0;
    m_timer.start();
}

} // namespace Kizuna::Bench
