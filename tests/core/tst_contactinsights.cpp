// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/churnrisklist.h"
#include "core/analytics/clvanalysis.h"
#include "core/analytics/contactinsights.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "tests/core/insightsfixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cmath>
#include <thread>

Q_DECLARE_METATYPE(Kizuna::Analytics::ChurnRiskClass)

using namespace Kizuna;
using namespace Kizuna::Analytics;

namespace {
const QDate AsOf(2025, 6, 30);

InsightsOptions options(int dormantDays = 180)
{
    InsightsOptions o;
    o.asOf = AsOf;
    o.dormantDays = dormantDays;
    return o;
}

// The fixture's customers worked out by hand as of 2025-06-30 (days between calendar days):
// x = purchase days after the first, t_x and T in days, days of silence, and the recency risk —
// the share of the 12 repeat gaps (31, 45, 45, 50, 55, 59, 59, 61, 61, 77, 80, 92 days) shorter
// than the silence.
struct HandCustomer
{
    const char *id;
    double revenue;
    int orders;
    double x, txDays, tDays;
    int silentDays;
    double recencyRisk;
};

const HandCustomer HandTable[] = {
    {"c01", 3000, 2, 1, 55, 60, 5, 0},
    {"c02", 8000, 4, 3, 170, 171, 1, 0},
    {"c03", 6000, 3, 2, 139, 149, 10, 0},
    {"c04", 500, 1, 0, 0, 20, 20, 0},
    {"c05", 2500, 2, 1, 77, 107, 30, 0},
    {"c06", 9000, 5, 4, 182, 272, 90, 11.0 / 12.0}, // all gaps but the 92 days are shorter than 90
    {"c07", 800, 1, 0, 0, 120, 120, 1},
    {"c08", 1500, 2, 1, 92, 272, 180, 1},
    {"c09", 300, 1, 0, 0, 210, 210, 1},
    {"c10", 1000, 1, 0, 0, 365, 365, 1},
};

// BG/NBD P(alive) (Fader, Hardie & Lee 2005, eq. 8), time in weeks; 1 for x = 0.
double pAlive(const BgNbdParams &p, double x, double txDays, double tDays)
{
    if (x == 0)
        return 1;
    const double tx = txDays / 7, t = tDays / 7;
    return 1 / (1 + p.a / (p.b + x - 1) * std::pow((p.alpha + t) / (p.alpha + tx), p.r + x));
}

} // namespace

class tst_ContactInsights : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QStringLiteral("i%1.kizuna").arg(++n)));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        QVERIFY(m_db->exec(QString::fromUtf8(InsightsFixture::Sql)).ok());
    }

    void cleanup() { m_db.reset(); }

    void rfmOfOneContactByHand()
    {
        // n = 10, so a tie block's score is ceil(5 × (mean rank − ½) / 10): ranks 1–2 → 1, 3–4 → 2,
        // 5–6 → 3, 7–8 → 4, 9–10 → 5 (rank 1 = worst).
        // R: c01's 5 days is the second fewest (only c02's 1 day is better): rank 9 → R 5.
        // F: 1 order ×4 (ranks 1–4, mean 2.5 → 1); 2 orders ×3 (c01, c05, c08: ranks 5–7, mean 6 →
        //    ceil(2.75) = 3); so F 3 (the order in the Trash does not count).
        // M: 3000 is the 7th smallest of 300, 500, 800, 1000, 1500, 2500, 3000, 6000, 8000, 9000 → M 4.
        // R5 F3 M4: not Champions or Loyal (F < 4); R ≥ 4 and F 2–3 → Potential loyalist.
        auto insights = computeContactInsights(*m_db, QStringLiteral("c01"), options());
        QVERIFY2(insights.ok(), insights.ok() ? "" : qPrintable(insights.error().message));
        QVERIFY(insights->hasOrders);
        QCOMPARE(insights->recencyDays, 5.0);
        QCOMPARE(insights->frequency, 2.0);
        QCOMPARE(insights->monetary, 3000.0);
        QCOMPARE(insights->r, 5);
        QCOMPARE(insights->f, 3);
        QCOMPARE(insights->m, 4);
        QCOMPARE(insights->rfmClass, RfmClass::PotentialLoyalist);
        QVERIFY(insights->rfmWhy.contains(QStringLiteral("10 customers")));
        QVERIFY(!insights->isLead);
    }

    void everyCustomerScoresAsTheWholePopulation()
    {
        // Scoring one contact against the cached boundaries reproduces computeRfm for everybody.
        auto all = computeRfm(*m_db, AsOf);
        QVERIFY(all.ok());
        QCOMPARE(int(all->size()), 10);
        for (const RfmCustomer &c : *all) {
            auto one = computeContactInsights(*m_db, c.contactId, options());
            QVERIFY(one.ok());
            QCOMPARE(one->r, c.r);
            QCOMPARE(one->f, c.f);
            QCOMPARE(one->m, c.m);
            QCOMPARE(one->rfmClass, c.rfmClass);
        }
    }

    void scoreAgainstCuts()
    {
        // Cuts for scores 2…5; nobody earns 5 here.
        const std::array<std::optional<double>, 4> cuts{1.0, 2.0, 4.0, std::nullopt};
        QCOMPARE(scoreAgainst(cuts, 0.5, true), 1);
        QCOMPARE(scoreAgainst(cuts, 2.0, true), 3);
        QCOMPARE(scoreAgainst(cuts, 100.0, true), 4);
        const std::array<std::optional<double>, 4> days{300.0, 100.0, 30.0, 7.0};
        QCOMPARE(scoreAgainst(days, 400.0, false), 1);
        QCOMPARE(scoreAgainst(days, 30.0, false), 4);
        QCOMPARE(scoreAgainst(days, 1.0, false), 5);
    }

    void dormantFlag_data()
    {
        QTest::addColumn<QString>("contact");
        QTest::addColumn<int>("dormantDays");
        QTest::addColumn<bool>("dormant");
        QTest::addColumn<int>("days");
        QTest::newRow("recent buyer") << "c01" << 180 << false << 5;
        QTest::newRow("exactly N days is not yet dormant") << "c08" << 180 << false << 180;
        QTest::newRow("one day more than N") << "c08" << 179 << true << 180;
        QTest::newRow("210 days") << "c09" << 180 << true << 210;
        QTest::newRow("configurable N") << "c09" << 365 << false << 210;
    }

    void dormantFlag()
    {
        QFETCH(QString, contact);
        QFETCH(int, dormantDays);
        QFETCH(bool, dormant);
        QFETCH(int, days);
        auto insights = computeContactInsights(*m_db, contact, options(dormantDays));
        QVERIFY(insights.ok());
        QCOMPARE(insights->daysSinceLastPurchase, days);
        QCOMPARE(insights->dormant, dormant);
        QVERIFY(insights->dormantWhy.contains(QString::number(dormantDays)));
    }

    void populationModelIsCachedPerFileAndDay()
    {
        clearPopulationModelMemoryCache();
        const int before = populationModelBuilds();
        QVERIFY(computeContactInsights(*m_db, QStringLiteral("c01"), options()).ok());
        QCOMPARE(populationModelBuilds(), before + 1); // first open computes it
        QVERIFY(computeContactInsights(*m_db, QStringLiteral("c02"), options()).ok());
        QCOMPARE(populationModelBuilds(), before + 1); // memory hit

        // Stored in settings with its day and customer count; a fresh process finds it there.
        auto json = m_db->queryText(QStringLiteral("SELECT value FROM settings WHERE key = '%1'")
                                        .arg(QString::fromLatin1(PopulationModel::SettingsKey)));
        QVERIFY(json.ok());
        const QJsonObject o = QJsonDocument::fromJson(json->toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2025-06-30"));
        QCOMPARE(o.value(QStringLiteral("customers")).toInt(), 10);
        QVERIFY(o.contains(QStringLiteral("bgnbd")));
        clearPopulationModelMemoryCache();
        auto fromSettings = computeContactInsights(*m_db, QStringLiteral("c01"), options());
        QVERIFY(fromSettings.ok());
        QCOMPARE(populationModelBuilds(), before + 1);
        QCOMPARE(fromSettings->r, 5); // the restored boundaries still score by hand
        QCOMPARE(fromSettings->m, 4);

        // A new customer: in memory the day's model stands (no counting per contact) …
        QVERIFY(m_db->exec(QStringLiteral(
            "INSERT INTO contacts(id, created_at, updated_at) VALUES ('c11', 'x', 'x');"
            "INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at) VALUES "
            "('o11a', 'c11', '2025-06-01T12:00:00.000Z', 100, 'x', 'x')")).ok());
        QVERIFY(computeContactInsights(*m_db, QStringLiteral("c01"), options()).ok());
        QCOMPARE(populationModelBuilds(), before + 1);
        // … the stored one is checked against the customer count: 11 now, so it is rebuilt.
        clearPopulationModelMemoryCache();
        auto eleven = computeContactInsights(*m_db, QStringLiteral("c01"), options());
        QVERIFY(eleven.ok());
        QCOMPARE(populationModelBuilds(), before + 2);
        QVERIFY(eleven->rfmWhy.contains(QStringLiteral("11 customers")));
        // Another day makes it stale too.
        InsightsOptions later = options();
        later.asOf = AsOf.addDays(1);
        QVERIFY(computeContactInsights(*m_db, QStringLiteral("c01"), later).ok());
        QCOMPARE(populationModelBuilds(), before + 3);
    }

    void valueMatchesTheFullClvAnalysis()
    {
        // The cached fit scores c01 exactly as analyseClv does over everybody (same definitions).
        ClvOptions clv;
        clv.calibrationEnd = AsOf;
        clv.horizonWeeks = 52;
        auto report = analyseClv(*m_db, clv);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        auto insights = computeContactInsights(*m_db, QStringLiteral("c01"), options());
        QVERIFY(insights.ok());
        QVERIFY(insights->hasClv);
        const auto it = std::find_if(report->customers.cbegin(), report->customers.cend(),
                                     [](const CustomerValue &v) { return v.contactId == "c01"; });
        QVERIFY(it != report->customers.cend());
        QVERIFY(qFuzzyCompare(insights->probabilityAlive.value, it->probabilityAlive));
        QVERIFY(qFuzzyCompare(insights->clv.value, it->clv));
        QVERIFY(qFuzzyCompare(insights->expectedAverageValue.value, it->expectedAverageValue));
        QVERIFY(qFuzzyCompare(insights->churnRisk.value, it->churnRisk));
        QVERIFY(insights->expectedPurchases.value > 0);
        QVERIFY(!insights->probabilityAlive.why.isEmpty());
        QVERIFY(!insights->churnRisk.why.isEmpty());
    }

    void crossSellSuggestsWhatSimilarCustomersBought()
    {
        auto insights = computeContactInsights(*m_db, QStringLiteral("c01"), options());
        QVERIFY(insights.ok());
        QVERIFY(!insights->crossSell.empty());
        QVERIFY(int(insights->crossSell.size()) <= 5);
        const InsightCrossSell &first = insights->crossSell.front();
        QCOMPARE(first.label, QStringLiteral("Cup")); // products before their categories at equal confidence
        QCOMPARE(first.because, QStringLiteral("Tea"));
        QCOMPARE(first.confidence, 5.0 / 6.0);
        QVERIFY(first.why.contains(QStringLiteral("83 %")));
        for (const InsightCrossSell &s : insights->crossSell) {
            QVERIFY(s.label != QStringLiteral("Tea"));   // owned
            QVERIFY(s.label != QStringLiteral("Honey")); // nobody bought it with Tea (the Trash order does not count)
        }
        // c02 owns Tea and Cup already: nothing to suggest.
        auto owner = computeContactInsights(*m_db, QStringLiteral("c02"), options());
        QVERIFY(owner.ok());
        QVERIFY(owner->crossSell.empty());
    }

    void leadWithoutOrders()
    {
        auto insights = computeContactInsights(*m_db, QStringLiteral("L1"), options());
        QVERIFY2(insights.ok(), insights.ok() ? "" : qPrintable(insights.error().message));
        QVERIFY(!insights->hasOrders);
        QVERIFY(!insights->hasClv);
        QVERIFY(insights->isLead);
        QVERIFY(insights->leadScore.score > 0);
        QVERIFY(!insights->leadScore.factors.isEmpty());
        QVERIFY(!insights->leadWhy.isEmpty());
    }

    // Timing on a real file (not run by default): KIZUNA_INSIGHTS_DB=/path/file.kizuna
    // [KIZUNA_INSIGHTS_AS_OF=YYYY-MM-DD] prints the first (model built) and a cached call.
    void timingOnAFile()
    {
        const QString path = qEnvironmentVariable("KIZUNA_INSIGHTS_DB");
        if (path.isEmpty())
            QSKIP("set KIZUNA_INSIGHTS_DB to time a real database");
        auto db = Storage::DatabaseOpener::open(path);
        QVERIFY(db.ok());
        InsightsOptions o;
        o.asOf = QDate::fromString(qEnvironmentVariable("KIZUNA_INSIGHTS_AS_OF"), Qt::ISODate);
        auto ids = (*db)->queryText(QStringLiteral("SELECT contact_id FROM orders WHERE deleted_at IS NULL "
                                                   "GROUP BY contact_id ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(ids.ok());
        QVERIFY((*db)->exec(QStringLiteral("DELETE FROM settings WHERE key = '%1'")
                                .arg(QString::fromLatin1(PopulationModel::SettingsKey))).ok());
        clearPopulationModelMemoryCache();
        QElapsedTimer timer;
        timer.start();
        auto first = computeContactInsights(**db, *ids, o);
        const qint64 cold = timer.restart();
        QVERIFY(first.ok());
        auto memory = computeContactInsights(**db, *ids, o);
        const qint64 warm = timer.restart();
        clearPopulationModelMemoryCache();
        auto stored = computeContactInsights(**db, *ids, o);
        const qint64 fromSettings = timer.elapsed();
        QVERIFY(memory.ok() && stored.ok());
        qInfo("contact %s: %s R%d F%d M%d, P(alive) %.3f, CLV %.0f, %d suggestions; first call %lld ms, "
              "cached in memory %lld ms, from settings %lld ms",
              qPrintable(*ids), qPrintable(rfmClassKey(first->rfmClass)), first->r, first->f, first->m,
              first->probabilityAlive.value, first->clv.value, int(first->crossSell.size()), cold, warm,
              fromSettings);
        timer.restart();
        qint64 purchases = 0, scoring = 0;
        auto list = computeChurnRiskList(**db, o, nullptr, [&](ChurnListStage stage, double fraction) {
            if (stage == ChurnListStage::Purchases)
                purchases = timer.elapsed();
            else if (stage == ChurnListStage::Scoring && fraction == 0)
                scoring = timer.elapsed();
        });
        QVERIFY(list.ok());
        qInfo("churn risk list of %d customers (model cached): %lld ms (model %lld, purchases %lld, scoring %lld)",
              int(list->customers.size()), timer.elapsed(), purchases, scoring - purchases, timer.elapsed() - scoring);
    }

    void churnRiskClasses_data()
    {
        QTest::addColumn<double>("alive");
        QTest::addColumn<double>("byRecency");
        QTest::addColumn<double>("risk");
        QTest::addColumn<ChurnRiskClass>("riskClass");
        QTest::newRow("alive and recent") << 0.9 << 0.2 << 0.2 << ChurnRiskClass::Low;
        QTest::newRow("just below medium") << 0.61 << 0.0 << 0.39 << ChurnRiskClass::Low;
        QTest::newRow("medium from 0.4") << 0.6 << 0.0 << 0.4 << ChurnRiskClass::Medium;
        QTest::newRow("recency dominates") << 1.0 << 0.5 << 0.5 << ChurnRiskClass::Medium;
        QTest::newRow("high from 0.7") << 0.3 << 0.1 << 0.7 << ChurnRiskClass::High;
        QTest::newRow("one-time buyer long silent") << 1.0 << 1.0 << 1.0 << ChurnRiskClass::High;
    }

    void churnRiskClasses()
    {
        QFETCH(double, alive);
        QFETCH(double, byRecency);
        QFETCH(double, risk);
        QFETCH(ChurnRiskClass, riskClass);
        const ChurnRisk churn = assessChurnRisk(alive, byRecency);
        QVERIFY(std::fabs(churn.value - risk) < 1e-12);
        QCOMPARE(churn.riskClass, riskClass);
        QCOMPARE(classifyChurnRisk(risk), riskClass);
    }

    void recencyRiskCountsShorterGaps()
    {
        const std::vector<std::pair<qint64, qint64>> gaps{{10, 2}, {30, 1}, {90, 1}};
        QCOMPARE(recencyRisk(gaps, 4, 5), 0.0);
        QCOMPARE(recencyRisk(gaps, 4, 10), 0.0);  // a gap as long as the silence is not shorter
        QCOMPARE(recencyRisk(gaps, 4, 11), 0.5);
        QCOMPARE(recencyRisk(gaps, 4, 31), 0.75);
        QCOMPARE(recencyRisk(gaps, 4, 365), 1.0);
        QCOMPARE(recencyRisk({}, 0, 365), 0.0);
    }

    void churnListByHand()
    {
        clearPopulationModelMemoryCache();
        auto model = populationModel(*m_db, AsOf);
        QVERIFY(model.ok());
        QVERIFY(model->bgnbd);
        QCOMPARE(model->gapTotal, qint64{12});
        QList<ChurnListStage> stages;
        auto list = computeChurnRiskList(*m_db, options(), nullptr,
                                         [&](ChurnListStage stage, double) { stages << stage; });
        QVERIFY2(list.ok(), list.ok() ? "" : qPrintable(list.error().message));
        QCOMPARE(list->asOf, AsOf);
        QCOMPARE(list->populationCustomers, qint64{10});
        QCOMPARE(int(list->customers.size()), 10);
        QVERIFY(stages.contains(ChurnListStage::PopulationModel));
        QCOMPARE(stages.last(), ChurnListStage::Scoring);

        // Value at risk = revenue × max(1 − P(alive), recency risk), P(alive) from the formula.
        std::vector<std::pair<double, QString>> expected;
        for (const HandCustomer &h : HandTable) {
            const double alive = pAlive(*model->bgnbd, h.x, h.txDays, h.tDays);
            const double risk = std::max(1 - alive, h.recencyRisk);
            expected.emplace_back(h.revenue * risk, QString::fromLatin1(h.id));
            const auto it = std::find_if(list->customers.cbegin(), list->customers.cend(),
                                         [&](const ChurnCustomer &c) { return c.contactId == h.id; });
            QVERIFY(it != list->customers.cend());
            QCOMPARE(it->revenue, h.revenue);
            QCOMPARE(it->orders, qint64{h.orders});
            QCOMPARE(it->daysSinceLastPurchase, qint64{h.silentDays});
            QVERIFY(std::fabs(it->churn.probabilityAlive - alive) < 1e-12);
            QVERIFY(std::fabs(it->churn.recencyRisk - h.recencyRisk) < 1e-12);
            QVERIFY(std::fabs(it->churn.value - risk) < 1e-12);
            QCOMPARE(it->churn.riskClass, classifyChurnRisk(risk));
            QVERIFY(std::fabs(it->valueAtRisk - h.revenue * risk) < 1e-6);
        }
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(list->customers[i].contactId, expected[i].second);
        // The top: c06 spent 9000 and has been silent longer than 11 of the 12 repeat gaps; its
        // P(alive) from 5 purchase days is well above 1/12, so the recency risk decides: 8250.
        QCOMPARE(list->customers.front().contactId, QStringLiteral("c06"));
        QVERIFY(pAlive(*model->bgnbd, 4, 182, 272) > 1.0 / 12.0);
        QVERIFY(std::fabs(list->customers.front().valueAtRisk - 8250) < 1e-6);
        QCOMPARE(list->customers.front().churn.riskClass, ChurnRiskClass::High);
        QCOMPARE(list->customers.front().name, QStringLiteral("Fumi Fujii"));
        // One-time buyers: P(alive) 1 by the model, the risk comes from recency alone.
        const auto c10 = std::find_if(list->customers.cbegin(), list->customers.cend(),
                                      [](const ChurnCustomer &c) { return c.contactId == "c10"; });
        QCOMPARE(c10->churn.probabilityAlive, 1.0);
        QCOMPARE(c10->valueAtRisk, 1000.0);
    }

    void churnListAgreesWithTheInsightsTab()
    {
        auto list = computeChurnRiskList(*m_db, options());
        QVERIFY(list.ok());
        for (const ChurnCustomer &c : list->customers) {
            auto tab = computeContactInsights(*m_db, c.contactId, options());
            QVERIFY(tab.ok());
            QVERIFY(tab->hasClv);
            QCOMPARE(tab->churnRisk.value, c.churn.value);
            QCOMPARE(tab->churnRiskClass, c.churn.riskClass);
            QCOMPARE(tab->probabilityAlive.value, c.churn.probabilityAlive);
            QCOMPARE(tab->clv.value, c.clv);
            QCOMPARE(qint64{tab->daysSinceLastPurchase}, c.daysSinceLastPurchase);
            QCOMPARE(tab->monetary, c.revenue);
            QCOMPARE(qint64(tab->frequency), c.orders);
        }
    }

    void churnListLeavesOutTheTrash()
    {
        QVERIFY(m_db->exec(QStringLiteral("UPDATE contacts SET deleted_at = 'x' WHERE id = 'c06'")).ok());
        auto list = computeChurnRiskList(*m_db, options());
        QVERIFY(list.ok());
        QCOMPARE(int(list->customers.size()), 9);
        QCOMPARE(list->customers.front().contactId, QStringLiteral("c08")); // 1500 × 1
    }

    void churnListCancelled()
    {
        std::atomic<bool> cancel{true};
        auto list = computeChurnRiskList(*m_db, options(), &cancel);
        QVERIFY(!list.ok());
        QCOMPARE(list.error().kind, ErrorKind::Cancelled);
    }

    void churnListNeedsRepeatBuyers()
    {
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM order_lines; DELETE FROM orders WHERE id NOT LIKE '%a'")).ok());
        clearPopulationModelMemoryCache();
        auto list = computeChurnRiskList(*m_db, options());
        QVERIFY(!list.ok());
        QCOMPARE(list.error().kind, ErrorKind::BadInput);
        QVERIFY(list.error().message.contains(QStringLiteral("BG/NBD")));
    }

    // Cancelling while BG/NBD is being fitted on a big file: the build stops within an
    // evaluation of the likelihood and leaves neither a settings row nor a cached model.
    void fitCancelledStoresNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.kizuna"));
        {
            auto db = Storage::DatabaseOpener::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
            QVERIFY((*db)->exec(QString::fromUtf8(InsightsFixture::LargeOrdersSql)).ok());
        }
        clearPopulationModelMemoryCache();
        const int builds = populationModelBuilds();
        using Clock = std::chrono::steady_clock;
        std::atomic<bool> cancel{false};
        std::atomic<Clock::rep> cancelledAt{0};
        QSemaphore fitting;
        Clock::duration latency{};
        std::optional<Error> error;
        std::thread worker([&] {
            auto db = Storage::DatabaseOpener::open(path);
            if (!db.ok())
                return;
            auto model = populationModel(**db, AsOf, &cancel, [&](ModelStep step) {
                if (step == ModelStep::Fitting)
                    fitting.release();
            });
            latency = Clock::now() - Clock::time_point(Clock::duration(cancelledAt.load()));
            if (!model.ok())
                error = model.error();
        });
        const bool started = fitting.tryAcquire(1, 30000);
        QTest::qSleep(30); // well into the optimiser
        cancelledAt = Clock::now().time_since_epoch().count();
        cancel = true;
        worker.join();
        QVERIFY(started);
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::Cancelled);
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(latency).count();
        qInfo("population model build cancelled while fitting: returned %lld ms after the flag", qint64(ms));
        QVERIFY2(ms < 100, qPrintable(QString::number(ms)));
        QCOMPARE(populationModelBuilds(), builds);
        auto db = Storage::DatabaseOpener::open(path);
        QVERIFY(db.ok());
        auto rows = (*db)->queryInt(QStringLiteral("SELECT count(*) FROM settings WHERE key = '%1'")
                                        .arg(QString::fromLatin1(PopulationModel::SettingsKey)));
        QVERIFY(rows.ok());
        QCOMPARE(*rows, std::int64_t{0});
    }

    void unknownContactIsNotFound()
    {
        auto insights = computeContactInsights(*m_db, QStringLiteral("nobody"), options());
        QVERIFY(!insights.ok());
        QCOMPARE(insights.error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_ContactInsights)
#include "tst_contactinsights.moc"
