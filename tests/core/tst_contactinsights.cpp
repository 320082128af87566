// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/clvanalysis.h"
#include "core/analytics/contactinsights.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "tests/core/insightsfixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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
