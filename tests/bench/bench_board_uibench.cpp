// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_board_uibench.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "ui/common/editsession.h"
#include "ui/deals/dealsscreen.h"
#include "ui/deals/pipelineboardview.h"
#include "ui/deals/stagecardmodel.h"
#include "ui/deals/stagecolumn.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QListView>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace Kizuna::Bench {

using namespace Kizuna::Ui;

namespace {

// Notes the first paint of a column's card list that has cards.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(bool &painted) : m_painted(painted) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            auto *view = qobject_cast<QListView *>(watched->parent());
            if (view && view->objectName() == u"stageCards" && view->model() && view->model()->rowCount() > 0)
                m_painted = true;
        }
        return false;
    }

private:
    bool &m_painted;
};

void printEvents(std::vector<TimedApplication::Event> events)
{
    std::sort(events.begin(), events.end(), [](const auto &a, const auto &b) { return a.ms > b.ms; });
    double total = 0;
    for (const auto &event : events)
        total += event.ms;
    for (size_t i = 0; i < events.size() && i < 12; ++i)
        std::printf("  %8.1f ms  %s\n", events[i].ms, events[i].what.constData());
    std::printf("  (%zu events over 1 ms, %.1f ms in all)\n", events.size(), total);
}

int loadedCards(PipelineBoardView *board)
{
    int cards = 0;
    for (int i = 0; i < board->columnCount(); ++i)
        cards += board->column(i)->model()->rowCount();
    return cards;
}

} // namespace

void UiBench::measure(Action &action, const std::function<void()> &call, const std::function<bool()> &done, int quietMs)
{
    m_probe.start();
    m_app.startPhase();
    QElapsedTimer wall;
    wall.start();
    QElapsedTimer timer;
    timer.start();
    m_app.setRecording(false);
    call();
    m_app.setRecording(true);
    m_app.addCall(msSince(timer));
    waitFor([&] { return done() && !m_screen->board()->isLoading(); });
    action.wall.add(msSince(wall));
    spin(std::max(quietMs, 10)); // at least one probe tick after a call that blocked
    m_app.stopPhase();
    action.busy.add(m_app.busy());
    action.longest.add(m_app.longest());
    action.stall.add(m_probe.max());
    if (m_app.longest() > m_worst) {
        m_worst = m_app.longest();
        m_worstAction = action.name;
        m_worstEvents = m_app.events();
    }
}

void UiBench::run(int repeat, int maxPages)
{
    m_app.ignore(m_probe.timer());
    EditSession session(m_db);
    QWidget window;
    window.resize(1400, 900);
    auto *undo = new QAction(&window);
    undo->setShortcut(QKeySequence::Undo);
    window.addAction(undo);
    QObject::connect(undo, &QAction::triggered, session.undoStack(), &QUndoStack::undo);

    measureIdle(window);
    measureOpen(session, window);
    measureFilters(repeat);
    measureScroll(maxPages);
    measureMoves(window, repeat);
    delete m_screen;
}

// What the loaded machine costs by itself: the probe over one idle second.
void UiBench::measureIdle(QWidget &window)
{
    window.show();
    spin(300);
    m_probe.start();
    spin(1000);
    m_idleStall = m_probe.max();
}

// Opening: from the screen's construction to the first painted column with cards.
void UiBench::measureOpen(EditSession &session, QWidget &window)
{
    Action &open = add(QStringLiteral("open the board (first paint)"));
    bool painted = false;
    PaintWatch watch(painted);
    m_app.installEventFilter(&watch);
    m_probe.start();
    m_app.startPhase();
    QElapsedTimer wall;
    wall.start();
    QElapsedTimer timer;
    timer.start();
    m_app.setRecording(false);
    m_screen = new DealsScreen(session, &window);
    m_app.setRecording(true);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(m_screen);
    m_app.addCall(msSince(timer));
    window.show();
    waitFor([&] { return painted; });
    open.wall.add(msSince(wall));
    waitFor([&] { return !m_screen->board()->isLoading(); });
    spin(500);
    m_app.stopPhase();
    m_app.removeEventFilter(&watch);
    open.busy.add(m_app.busy());
    open.longest.add(m_app.longest());
    open.stall.add(m_probe.max());
    m_openEvents = m_app.events();
    PipelineBoardView *board = m_screen->board();
    std::printf("\nfirst paint: %.0f ms; cards loaded on the board: %d of %lld open deals in the pipeline\n",
                open.wall.max(), loadedCards(board), static_cast<long long>(openDeals(board->pipelineId())));
}

void UiBench::measureFilters(int repeat)
{
    PipelineBoardView *board = m_screen->board();
    auto *pipeline = board->findChild<QComboBox *>(QStringLiteral("pipelineChooser"));
    auto *owner = board->findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    auto *month = board->findChild<QComboBox *>(QStringLiteral("monthFilter"));
    auto settled = [] { return true; };
    Action &pipelines = add(QStringLiteral("switch pipeline"));
    Action &owners = add(QStringLiteral("switch owner filter"));
    Action &months = add(QStringLiteral("switch close-month filter"));
    for (int n = 0; n < repeat; ++n) {
        for (int index : {1, 0}) {
            if (index < pipeline->count())
                measure(pipelines, [&] { pipeline->setCurrentIndex(index); }, settled);
        }
        for (int index = 1; index <= owner->count(); ++index)
            measure(owners, [&] { owner->setCurrentIndex(index % owner->count()); }, settled);
        for (int index : {12, 13, 14, 15, 16, 17, 0})
            measure(months, [&] { month->setCurrentIndex(index); }, settled);
    }
}

// Scrolling the biggest column to its end, End after End as a user holds it down.
void UiBench::measureScroll(int maxPages)
{
    StageColumn *big = biggestColumn(m_screen->board());
    Action &scroll = add(QStringLiteral("scroll the biggest column (a page)"));
    QListView *list = big->listView();
    list->setFocus();
    list->setCurrentIndex(big->model()->index(0, 0));
    QElapsedTimer scrollClock;
    scrollClock.start();
    int pages = 0;
    while (pages < maxPages && big->model()->canFetchMore({})) {
        const int before = big->model()->rowCount();
        measure(scroll, [&] { QTest::keyClick(list, Qt::Key_End); },
                [&] { return big->model()->rowCount() > before || !big->model()->canFetchMore({}); }, 0);
        ++pages;
    }
    std::printf("scrolled %d pages to row %d of column “%s” in %.1f s\n", pages, big->model()->rowCount(),
                qPrintable(list->accessibleName()), msSince(scrollClock) / 1000.0);
}

// A keyboard move of the first card of the first column and its undo.
void UiBench::measureMoves(QWidget &window, int repeat)
{
    PipelineBoardView *board = m_screen->board();
    Action &move = add(QStringLiteral("move a card (Ctrl+Right)"));
    Action &undone = add(QStringLiteral("undo the move (Ctrl+Z)"));
    QApplication::setActiveWindow(&window);
    for (int n = 0; n < repeat * 3; ++n) {
        StageColumn *first = board->column(0);
        waitFor([&] { return first->model()->rowCount() > 0; });
        QListView *cards = first->listView();
        cards->setFocus();
        cards->setCurrentIndex(first->model()->index(0, 0));
        const QString dealId = first->selectedDealId();
        measure(move, [&] { QTest::keyClick(cards, Qt::Key_Right, Qt::ControlModifier); },
                [&] { return stageOf(dealId) == board->column(1)->stageId(); }, 400);
        measure(undone, [&] { QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); },
                [&] { return stageOf(dealId) == board->column(0)->stageId(); }, 400);
    }
}

void UiBench::print() const
{
    std::printf("\n%-38s %5s %28s %28s %20s %20s\n", "the Deals screen (UI thread, ms)", "n",
                "busy p50 / p95 / max", "longest block p50/p95/max", "probe stall p95/max", "wall p50 / max");
    for (const Action &a : m_actions) {
        std::printf("%-38s %5zu %8.1f / %7.1f / %7.1f %8.1f / %7.1f / %7.1f %9.1f / %8.1f %9.1f / %8.1f\n",
                    qPrintable(a.name), a.busy.values.size(), a.busy.at(0.5), a.busy.at(0.95), a.busy.max(),
                    a.longest.at(0.5), a.longest.at(0.95), a.longest.max(), a.stall.at(0.95), a.stall.max(),
                    a.wall.at(0.5), a.wall.max());
    }
    std::printf("probe stall over one idle second before (the machine's own load): %.1f ms\n", m_idleStall);
    std::printf("\nopening: events over 1 ms on the UI thread (%zu):\n", m_openEvents.size());
    printEvents(m_openEvents);
    std::printf("\nthe longest block (%s): events over 1 ms:\n", qPrintable(m_worstAction));
    printEvents(m_worstEvents);
}

Action &UiBench::add(const QString &name)
{
    m_actions.push_back(Action{name, {}, {}, {}, {}});
    return m_actions.back();
}

qint64 UiBench::openDeals(const QString &pipelineId)
{
    auto count = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM deals WHERE pipeline_id = ?1 AND status = 'open' AND deleted_at IS NULL"));
    count->bind(1, pipelineId);
    (void)count->step();
    return count->columnInt64(0);
}

QString UiBench::stageOf(const QString &dealId)
{
    auto stage = m_db.prepare(QStringLiteral("SELECT stage_id FROM deals WHERE id = ?1"));
    stage->bind(1, dealId);
    (void)stage->step();
    return stage->columnText(0);
}

StageColumn *UiBench::biggestColumn(PipelineBoardView *board)
{
    StageColumn *big = board->column(0);
    qint64 most = -1;
    for (int i = 0; i < board->columnCount(); ++i) {
        auto count = m_db.prepare(
            QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ?1 AND status = 'open' AND deleted_at IS NULL"));
        count->bind(1, board->column(i)->stageId());
        (void)count->step();
        if (count->columnInt64(0) > most) {
            most = count->columnInt64(0);
            big = board->column(i);
        }
    }
    return big;
}

} // namespace Kizuna::Bench
