// SPDX-License-Identifier: GPL-3.0-or-later
// The real Deals screen on the work file, action by action: opening (first paint), switching the
// pipeline / owner / close-month filters, scrolling the biggest column to its end, a keyboard move
// (Ctrl+Right) and its undo (Ctrl+Z). Per action: the UI thread's busy time, its longest block,
// the latency probe's longest stall and the wall time until the board shows the result.
#pragma once

#include "bench_board_latencyprobe.h"
#include "bench_board_timedapplication.h"
#include "bench_board_timing.h"

#include <QString>

#include <functional>
#include <list>
#include <vector>

class QWidget;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {
class DealsScreen;
class EditSession;
class PipelineBoardView;
class StageColumn;
}

namespace Kizuna::Bench {

struct Action
{
    QString name;
    Stats busy;    // UI-thread time of the action (its call and every event until settled)
    Stats longest; // the longest single block of the UI thread in it
    Stats stall;   // the probe's longest lateness
    Stats wall;    // until the board shows the result
};

class UiBench final
{
public:
    UiBench(TimedApplication &app, Storage::Database &db) : m_app(app), m_db(db) {}

    // Runs the action, waits until the board is settled (plus `quietMs` for what follows, such as
    // the forecast a moment after a change) and adds its figures.
    void measure(Action &action, const std::function<void()> &call, const std::function<bool()> &done, int quietMs = 100);

    void run(int repeat, int maxPages);
    void print() const;

    const std::list<Action> &actions() const { return m_actions; }

private:
    void measureIdle(QWidget &window);
    void measureOpen(Ui::EditSession &session, QWidget &window);
    void measureFilters(int repeat);
    void measureScroll(int maxPages);
    void measureMoves(QWidget &window, int repeat);

    Action &add(const QString &name);
    qint64 openDeals(const QString &pipelineId);
    QString stageOf(const QString &dealId);
    Ui::StageColumn *biggestColumn(Ui::PipelineBoardView *board);

    TimedApplication &m_app;
    Storage::Database &m_db;
    LatencyProbe m_probe;
    double m_idleStall = 0;
    Ui::DealsScreen *m_screen = nullptr;
    std::list<Action> m_actions;
    std::vector<TimedApplication::Event> m_openEvents;
    std::vector<TimedApplication::Event> m_worstEvents;
    double m_worst = 0;
    QString m_worstAction;
};

} // namespace Kizuna::Bench
