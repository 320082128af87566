// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_board_timedapplication.h"

#include "bench_board_timing.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

#include <algorithm>

namespace Kizuna::Bench {

bool TimedApplication::notify(QObject *receiver, QEvent *event)
{
    // Other threads (the board's reader) deliver their events through here too: not ours.
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    if (m_depth > 0 || !m_recording) {
        ++m_depth;
        const bool done = QApplication::notify(receiver, event);
        --m_depth;
        return done;
    }
    // What the event went to, taken now: handling it may delete the receiver (deleteLater).
    const QPointer<QObject> alive(receiver);
    const char *kind = receiver->metaObject()->className();
    const char *parentKind = receiver->parent() ? receiver->parent()->metaObject()->className() : "-";
    const int type = int(event->type());
    const bool ignored = receiver == m_ignored;
    ++m_depth;
    QElapsedTimer timer;
    timer.start();
    const bool done = QApplication::notify(receiver, event);
    const double ms = msSince(timer);
    --m_depth;
    if (!ignored && ms >= 0.05) {
        m_busy += ms;
        if (ms > 1.0)
            m_events.push_back({ms, QByteArray(kind) + "/" + (alive ? alive->objectName().left(24).toUtf8() : QByteArray())
                                        + " in " + parentKind + " event " + QByteArray::number(type)});
        m_longest = std::max(m_longest, ms);
    }
    return done;
}

void TimedApplication::startPhase()
{
    m_busy = 0;
    m_longest = 0;
    m_events.clear();
    m_recording = true;
}

void TimedApplication::addCall(double ms)
{
    m_busy += ms;
    m_longest = std::max(m_longest, ms);
    m_events.push_back({ms, "the action's own call"});
}

} // namespace Kizuna::Bench
