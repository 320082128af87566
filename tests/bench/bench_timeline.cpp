// SPDX-License-Identifier: GPL-3.0-or-later
// How long the UI thread is blocked while the timeline of a company with many contacts opens,
// scrolls and changes its filter. "ui_thread_query": the batch read run on the UI thread, as the
// timeline model did before its batches moved to a reader thread (TimelineQuery::page on the UI
// thread's connection). "model": the TimelineModel of today on the same data, with the time spent
// inside its calls on the UI thread (setScope, fetchMore, setKinds, and applying each batch that
// arrives) and, per phase (open, each scroll, filter), the longest stall of an event-loop latency
// probe (a 5 ms timer), beside the probe's longest stall over one idle second.
// Usage: bench_timeline [CONTACTS] [ACTIVITIES]   (defaults 2000, 50000: the company's contacts
// and their activities; as many again on other contacts). Run with QT_QPA_PLATFORM=offscreen.
// Prints one JSON object; timings are printed, never asserted.
#include "core/model/ids.h"
#include "core/model/timelinequery.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "ui/timeline/timelinemodel.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QListView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Kizuna;

namespace {

constexpr const char *CompanyId = "bench-company";

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// One company with `contacts` contacts, `activities` activities spread over them, an order per
// ten activities, and as many activities again on contacts of no company (noise).
bool buildFixture(Storage::Database &db, int contacts, int activities)
{
    Storage::Transaction transaction(db);
    if (!transaction.begun())
        return false;
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    auto run = [&](const QString &sql, const std::function<void(Storage::Statement &)> &bind) {
        auto statement = db.prepare(sql);
        if (!statement.ok())
            return false;
        bind(*statement);
        return statement->run().ok();
    };
    if (!run(QStringLiteral("INSERT INTO companies (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)"),
             [&](Storage::Statement &s) {
                 s.bind(1, QString::fromLatin1(CompanyId));
                 s.bind(2, QStringLiteral("ベンチ商事"));
                 s.bind(3, now);
             }))
        return false;
    auto contact = db.prepare(QStringLiteral(
        "INSERT INTO contacts (id, family_name, company_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)"));
    auto activity = db.prepare(QStringLiteral(
        "INSERT INTO activities (id, type, subject, occurred_at, contact_id, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"));
    auto order = db.prepare(QStringLiteral(
        "INSERT INTO orders (id, contact_id, order_number, ordered_at, total, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"));
    if (!contact.ok() || !activity.ok() || !order.ok())
        return false;
    const QStringList types = {QStringLiteral("call"), QStringLiteral("email"), QStringLiteral("meeting"),
                               QStringLiteral("note")};
    QStringList ids;
    for (int n = 0; n < 2 * contacts; ++n) {
        const QString id = QStringLiteral("c%1").arg(n);
        contact->reset();
        contact->bind(1, id);
        contact->bind(2, QStringLiteral("顧客%1").arg(n));
        contact->bind(3, n < contacts ? QString::fromLatin1(CompanyId) : QString());
        contact->bind(4, now);
        if (!contact->run().ok())
            return false;
        ids << id;
    }
    const QDateTime start(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
    for (int n = 0; n < 2 * activities; ++n) {
        const QString owner = ids.at(n % 2 == 0 ? (n / 2) % contacts : contacts + (n / 2) % contacts);
        const QString at = start.addSecs(qint64(n) * 3571).toString(Qt::ISODateWithMs);
        activity->reset();
        activity->bind(1, Model::newId());
        activity->bind(2, types.at(n % types.size()));
        activity->bind(3, QStringLiteral("件名 %1").arg(n));
        activity->bind(4, at);
        activity->bind(5, owner);
        activity->bind(6, now);
        if (!activity->run().ok())
            return false;
        if (n % 10 == 0) {
            order->reset();
            order->bind(1, Model::newId());
            order->bind(2, owner);
            order->bind(3, QStringLiteral("ORD-%1").arg(n));
            order->bind(4, at);
            order->bind(5, 1000.0 + n % 977);
            order->bind(6, now);
            if (!order->run().ok())
                return false;
        }
    }
    return transaction.commit().ok();
}

// Records how late a 5 ms timer fires: the UI thread's stalls.
class LatencyProbe final : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_max = std::max(m_max, double(now - m_last) / 1e6 - 5.0);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_timer.start();
    }
    double max() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_max = 0;
};

struct Figures
{
    double first = 0;     // the first batch (opening the timeline)
    double scrollMax = 0; // the longest of the next batches
    double filter = 0;    // the first batch after a filter change
    double total = 0;     // everything the UI thread spent on the timeline
};

// The batch reads on the UI thread, as the model made them before.
Figures uiThreadQuery(Storage::Database &db, int scrolls)
{
    Figures figures;
    const Model::TimelineScope scope {Model::TimelineScope::Kind::Company, QString::fromLatin1(CompanyId)};
    QList<Model::TimelineEntry> rows;
    QElapsedTimer timer;
    timer.start();
    rows = *Model::TimelineQuery::page(db, scope, {}, nullptr, Ui::TimelineModel::BatchSize);
    figures.first = msSince(timer);
    figures.total += figures.first;
    for (int n = 0; n < scrolls; ++n) {
        timer.restart();
        const Model::TimelineEntry last = rows.constLast();
        rows += *Model::TimelineQuery::page(db, scope, {}, &last, Ui::TimelineModel::BatchSize);
        const double ms = msSince(timer);
        figures.scrollMax = std::max(figures.scrollMax, ms);
        figures.total += ms;
    }
    timer.restart();
    rows = *Model::TimelineQuery::page(db, scope, {QStringLiteral("order")}, nullptr, Ui::TimelineModel::BatchSize);
    figures.filter = msSince(timer);
    figures.total += figures.filter;
    return figures;
}

// Spins the event loop until `done` or the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

// The model as the timeline view drives it; each phase counts the time of the model's call on
// the UI thread plus the time of applying the batch it brought (reset or row insertion, with the
// list view laying out the rows).
Figures readerModel(Storage::Database &db, int scrolls, QList<double> &probeMax, double &idleProbeMax)
{
    Figures figures;
    Ui::TimelineModel model(db);
    QListView view;
    view.setModel(&model);
    view.resize(500, 600);
    view.show();
    // The window's first show and paint are not the timeline's: let them pass before measuring.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    double phase = 0;
    QElapsedTimer applying;
    QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, [&] { applying.start(); });
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, [&] { applying.start(); });
    QObject::connect(&model, &Ui::TimelineModel::batchLoaded, [&] { phase += msSince(applying); });
    LatencyProbe probe;
    auto timed = [&](const std::function<void()> &call, const std::function<bool()> &done) {
        probe.start();
        phase = 0;
        QElapsedTimer timer;
        timer.start();
        call();
        phase += msSince(timer);
        waitFor(done);
        QCoreApplication::processEvents(); // the layout and paint of what arrived
        figures.total += phase;
        probeMax.append(probe.max());
        return phase;
    };
    probe.start();
    waitFor([&] { return false; }, 1000);
    idleProbeMax = probe.max(); // what the loaded machine costs by itself, for comparison
    figures.first = timed([&] { model.setScope({Model::TimelineScope::Kind::Company, QString::fromLatin1(CompanyId)}); },
                          [&] { return !model.isLoading() && model.rowCount() > 0; });
    for (int n = 0; n < scrolls; ++n) {
        const int before = model.rowCount();
        figures.scrollMax = std::max(figures.scrollMax, timed([&] { model.fetchMore({}); },
                                                              [&] { return model.rowCount() > before; }));
    }
    figures.filter = timed([&] { model.setKinds({QStringLiteral("order")}); }, [&] { return !model.isLoading(); });
    return figures;
}

QByteArray json(const Figures &f)
{
    return QStringLiteral("{\"first_batch_ms\":%1,\"scroll_batch_max_ms\":%2,\"filter_ms\":%3,\"total_ms\":%4}")
        .arg(f.first, 0, 'f', 2)
        .arg(f.scrollMax, 0, 'f', 2)
        .arg(f.filter, 0, 'f', 2)
        .arg(f.total, 0, 'f', 2)
        .toUtf8();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int contacts = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    const int activities = argc > 2 ? QByteArray(argv[2]).toInt() : 50000;
    constexpr int Scrolls = 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.kizuna"));
    {
        auto db = Storage::DatabaseOpener::open(path);
        if (!db.ok() || !buildFixture(**db, contacts, activities)) {
            std::fprintf(stderr, "bench_timeline: cannot build the fixture in %s\n", qPrintable(path));
            return 1;
        }
    }
    // Each on a fresh UI-thread connection; the file is in the OS cache for both.
    Figures before;
    {
        auto db = Storage::DatabaseOpener::open(path);
        before = uiThreadQuery(**db, Scrolls);
    }
    QList<double> probeMax; // per phase: open, each scroll, filter
    double idleProbeMax = 0;
    Figures after;
    {
        auto db = Storage::DatabaseOpener::open(path);
        after = readerModel(**db, Scrolls, probeMax, idleProbeMax);
    }
    QStringList shown;
    for (double ms : probeMax)
        shown << QString::number(ms, 'f', 1);
    const QByteArray stalls = shown.join(u',').toUtf8();
    std::printf("{\"contacts\":%d,\"activities\":%d,\"ui_thread_query\":%s,\"model\":%s,\"model_probe_max_stall_ms\":[%s],\"idle_probe_max_stall_ms\":%.2f}\n",
                contacts, activities, json(before).constData(), json(after).constData(), stalls.constData(), idleProbeMax);
    return 0;
}
