// SPDX-License-Identifier: GPL-3.0-or-later
// The UI thread's time, event by event: every event delivered from the event loop (depth 0) is
// timed; a phase collects them.
#pragma once

#include <QApplication>
#include <QByteArray>

#include <vector>

namespace Kizuna::Bench {

class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Event
    {
        double ms;
        QByteArray what;
    };

    bool notify(QObject *receiver, QEvent *event) override;

    void startPhase();
    void stopPhase() { m_recording = false; }
    // Off while the bench's own call runs: that call is timed as a whole (addCall), the events it
    // sends itself (a key press) are part of it.
    void setRecording(bool on) { m_recording = on; }
    // Adds a synchronous call the bench made itself (a key press, a filter change).
    void addCall(double ms);
    double busy() const { return m_busy; }
    double longest() const { return m_longest; }
    const std::vector<Event> &events() const { return m_events; }
    void ignore(QObject *receiver) { m_ignored = receiver; }

private:
    int m_depth = 0;
    bool m_recording = false;
    double m_busy = 0;
    double m_longest = 0;
    std::vector<Event> m_events;
    QObject *m_ignored = nullptr;
};

} // namespace Kizuna::Bench
