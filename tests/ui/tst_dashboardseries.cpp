// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's data series on the hand-built fixture of dashboardfixture.h; the expected
// values are worked out there and in the comments below.
#include "core/analytics/dashboarddata.h"
#include "core/analytics/dashboardseries.h"
#include "core/storage/databaseopener.h"
#include "dashboardfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Analytics;

Q_DECLARE_METATYPE(Kizuna::Analytics::Period)

class tst_DashboardSeries : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    const Period m_period { QDate(2025, 4, 1), QDate(2025, 6, 30) };

    std::vector<Period> months() const { return bucketsOf(m_period, BucketSize::Month); }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QStringLiteral("series.kizuna")));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        const Status loaded = m_db->exec(QString::fromUtf8(DashboardFixture::Sql));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    }
    void cleanupTestCase() { m_db.reset(); }

    void buckets_data()
    {
        QTest::addColumn<Period>("period");
        QTest::addColumn<int>("size");
        QTest::addColumn<QList<QDate>>("bounds"); // first, last of each bucket
        QTest::newRow("partial months")
            << Period { QDate(2025, 4, 15), QDate(2025, 6, 10) } << 0
            << QList<QDate> { QDate(2025, 4, 15), QDate(2025, 4, 30), QDate(2025, 5, 1),
                              QDate(2025, 5, 31), QDate(2025, 6, 1),  QDate(2025, 6, 10) };
        QTest::newRow("year end") << Period { QDate(2024, 12, 1), QDate(2025, 1, 31) } << 0
                                  << QList<QDate> { QDate(2024, 12, 1), QDate(2024, 12, 31),
                                                    QDate(2025, 1, 1), QDate(2025, 1, 31) };
        QTest::newRow("weeks, short last")
            << Period { QDate(2025, 4, 1), QDate(2025, 4, 20) } << 1
            << QList<QDate> { QDate(2025, 4, 1),  QDate(2025, 4, 7),  QDate(2025, 4, 8),
                              QDate(2025, 4, 14), QDate(2025, 4, 15), QDate(2025, 4, 20) };
        QTest::newRow("one day") << Period { QDate(2025, 4, 9), QDate(2025, 4, 9) } << 1
                                 << QList<QDate> { QDate(2025, 4, 9), QDate(2025, 4, 9) };
    }
    void buckets()
    {
        QFETCH(Period, period);
        QFETCH(int, size);
        QFETCH(QList<QDate>, bounds);
        const auto buckets = bucketsOf(period, size == 0 ? BucketSize::Month : BucketSize::Week);
        QCOMPARE(static_cast<qsizetype>(buckets.size()) * 2, bounds.size());
        for (size_t i = 0; i < buckets.size(); ++i) {
            QCOMPARE(buckets[i].first, bounds.at(static_cast<qsizetype>(2 * i)));
            QCOMPARE(buckets[i].last, bounds.at(static_cast<qsizetype>(2 * i + 1)));
        }
    }

    void bucketSize()
    {
        QCOMPARE(bucketSizeFor({ QDate(2025, 4, 1), QDate(2025, 6, 1) }),
                 BucketSize::Week); // 62 days
        QCOMPARE(bucketSizeFor({ QDate(2025, 4, 1), QDate(2025, 6, 2) }),
                 BucketSize::Month); // 63 days
    }

    void previousBucketsLineUp()
    {
        const auto previous = shiftBuckets(months(), -m_period.days());
        QCOMPARE(previous.size(), size_t(3));
        QCOMPARE(previous[0].first, m_period.previous().first);
        QCOMPARE(previous[0].last, QDate(2025, 1, 29)); // 04-30 − 91 days
        QCOMPARE(previous[1].first, QDate(2025, 1, 30));
        QCOMPARE(previous[1].last, QDate(2025, 3, 1));
        QCOMPARE(previous[2].last, m_period.previous().last);
    }

    void sales()
    {
        auto sales = salesSeries(*m_db, months());
        QVERIFY(sales.ok());
        QCOMPARE(sales->size(), size_t(3));
        // April: c1 1500 + f2 700 by C (new) and F (ordered in 2023).
        QCOMPARE((*sales)[0].revenue, 2200.0);
        QCOMPARE((*sales)[0].orders, 2);
        QCOMPARE((*sales)[0].activeCustomers, 2);
        QCOMPARE((*sales)[0].newCustomers, 1);
        QCOMPARE(*(*sales)[0].aov(), 1100.0);
        QCOMPARE(*(*sales)[0].repeatRate(), 0.5);
        // May: a3 3000 (the 9999 order is in the Trash).
        QCOMPARE((*sales)[1].revenue, 3000.0);
        QCOMPARE((*sales)[1].orders, 1);
        QCOMPARE((*sales)[1].newCustomers, 0);
        QCOMPARE(*(*sales)[1].repeatRate(), 1.0);
        // June: c2 2500; C bought in April already, so not new in June.
        QCOMPARE((*sales)[2].revenue, 2500.0);
        QCOMPARE((*sales)[2].newCustomers, 0);
        // The three months add up to the KPI of the period.
        QCOMPARE((*sales)[0].revenue + (*sales)[1].revenue + (*sales)[2].revenue, 7700.0);
    }

    void previousSales()
    {
        auto sales = salesSeries(*m_db, shiftBuckets(months(), -m_period.days()));
        QVERIFY(sales.ok());
        QCOMPARE((*sales)[0].orders, 0);
        QVERIFY(!(*sales)[0].aov());
        QVERIFY(!(*sales)[0].repeatRate());
        // a2 2000 (A, not new) and b1 500 (B's first order).
        QCOMPARE((*sales)[1].revenue, 2500.0);
        QCOMPARE((*sales)[1].activeCustomers, 2);
        QCOMPARE((*sales)[1].newCustomers, 1);
        QCOMPARE((*sales)[2].orders, 0);
    }

    void salesOfOneOwner()
    {
        // Aoki (u1) owns A and C: April c1 1500, May a3 3000, June c2 2500.
        auto sales = salesSeries(*m_db, months(), KpiFilter { QStringLiteral("u1") });
        QVERIFY(sales.ok());
        QCOMPARE((*sales)[0].revenue, 1500.0);
        QCOMPARE((*sales)[0].orders, 1);
        QCOMPARE((*sales)[1].revenue, 3000.0);
        QCOMPARE((*sales)[2].revenue, 2500.0);
    }

    void nps()
    {
        auto nps = npsSeries(*m_db, months());
        QVERIFY(nps.ok());
        QCOMPARE((*nps)[0].answers, 1);
        QCOMPARE(*(*nps)[0].nps(), 100.0);
        // May: 9, 9, 7 → 2 promoters of 3, no detractor.
        QCOMPARE((*nps)[1].answers, 3);
        QCOMPARE((*nps)[1].promoters, 2);
        QCOMPARE((*nps)[1].detractors, 0);
        QCOMPARE(*(*nps)[1].nps(), 200.0 / 3.0);
        QCOMPARE(*(*nps)[2].nps(), -100.0);
        auto none = npsSeries(*m_db, { { QDate(2020, 1, 1), QDate(2020, 1, 31) } });
        QVERIFY(none.ok());
        QVERIFY(!(*none)[0].nps());
    }

    void newLeads()
    {
        auto leads = newLeadsSeries(*m_db, months());
        QVERIFY(leads.ok());
        // April: C (web form); F had orders before, G is a partner, H is in the Trash.
        QCOMPARE((*leads)[0].size(), 1);
        QCOMPARE((*leads)[0].value(QStringLiteral("web_form")), 1);
        QCOMPARE((*leads)[1].value(QStringLiteral("event")), 1);
        QCOMPARE((*leads)[2].value(QStringLiteral("event")), 1);
    }

    void dealOutcomes()
    {
        auto outcomes = dealOutcomeSeries(*m_db, months());
        QVERIFY(outcomes.ok());
        QCOMPARE((*outcomes)[0].won, 1);
        QCOMPARE((*outcomes)[0].lost, 1);
        QCOMPARE(*(*outcomes)[0].winRate(), 0.5);
        QCOMPARE((*outcomes)[1].won, 0);
        QCOMPARE(*(*outcomes)[1].winRate(), 0.0);
        QCOMPARE(*(*outcomes)[2].winRate(), 1.0);
    }

    void funnel()
    {
        auto funnel = lifecycleFunnel(*m_db);
        QVERIFY(funnel.ok());
        QCOMPARE(funnel->size(), size_t(7));
        QMap<QString, qint64> counts;
        for (const auto &stage : *funnel)
            counts.insert(stage.stage, stage.contacts);
        QCOMPARE(funnel->front().stage, QStringLiteral("subscriber"));
        QCOMPARE(counts.value(QStringLiteral("customer")), 3); // A, C, F
        QCOMPARE(counts.value(QStringLiteral("lead")), 1); // E (H is in the Trash)
        QCOMPARE(counts.value(QStringLiteral("opportunity")), 1);
        QCOMPARE(counts.value(QStringLiteral("churned")), 1);
        QCOMPARE(counts.value(QStringLiteral("evangelist")), 0);
        auto aoki = lifecycleFunnel(*m_db, KpiFilter { QStringLiteral("u1") });
        QVERIFY(aoki.ok());
        qint64 total = 0;
        for (const auto &stage : *aoki)
            total += stage.contacts;
        QCOMPARE(total, 3); // A, C, G
    }

    void pipeline()
    {
        auto stages = openPipeline(*m_db);
        QVERIFY(stages.ok());
        QCOMPARE(stages->size(), size_t(2));
        // Stage order by position: Proposal (1) before Negotiation (2).
        QCOMPARE((*stages)[0].stageName, QStringLiteral("Proposal"));
        QCOMPARE((*stages)[0].deals, 2);
        QCOMPARE((*stages)[0].amount, 12000.0);
        QCOMPARE((*stages)[0].weighted, 8000 * 0.25 + 4000 * 0.5);
        QCOMPARE((*stages)[1].stageName, QStringLiteral("Negotiation"));
        QCOMPARE((*stages)[1].deals, 0);
        auto baba = openPipeline(*m_db, KpiFilter { QStringLiteral("u2") });
        QVERIFY(baba.ok());
        QCOMPARE((*baba)[0].amount, 4000.0);
    }

    void lostReasons()
    {
        auto reasons = lostReasonCounts(*m_db, m_period);
        QVERIFY(reasons.ok());
        QCOMPARE(reasons->size(), size_t(2));
        QMap<QString, qint64> byId;
        for (const auto &r : *reasons)
            byId.insert(r.reasonId, r.deals);
        QCOMPARE(byId.value(QStringLiteral("r1")), 1);
        QCOMPARE(byId.value(QStringLiteral("r2")), 1);
        auto april = lostReasonCounts(*m_db, { QDate(2025, 4, 1), QDate(2025, 4, 30) });
        QVERIFY(april.ok());
        QCOMPARE(april->size(), size_t(1));
        QCOMPARE(april->front().reason, QStringLiteral("価格"));
    }

    void usersAndOwners()
    {
        auto users = activeUsers(*m_db);
        QVERIFY(users.ok());
        QCOMPARE(users->size(), size_t(2));
        QCOMPARE(users->front().name, QStringLiteral("Aoki"));
        auto ids = contactIdsOfOwner(*m_db, QStringLiteral("u1"));
        QVERIFY(ids.ok());
        // H is in the Trash but still Aoki's (per-customer analytics filter by owner, not by
        // Trash).
        QCOMPARE(*ids,
                 (QSet<QString> { QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("G"),
                                  QStringLiteral("H") }));
    }

    void cohortMonths()
    {
        const Period range = cohortRange(m_period);
        QCOMPARE(range.first, QDate(2024, 7, 1));
        QCOMPARE(range.last, QDate(2025, 6, 30));
        const Period long_ = cohortRange({ QDate(2023, 3, 15), QDate(2025, 6, 2) });
        QCOMPARE(long_.first, QDate(2023, 3, 1));
    }

    void clvBins()
    {
        // Values 1 … 20: the 95th percentile (2nd highest) is 19, the step 1.9 → 2: ten bins
        // [0, 2) … [18, 20) and an open bin for 20.
        std::vector<std::pair<double, QString>> values;
        for (int v = 1; v <= 20; ++v)
            values.emplace_back(v, QStringLiteral("c%1").arg(v));
        const auto bins = clvHistogram(values, 1);
        QCOMPARE(bins.size(), size_t(11));
        QCOMPARE(bins[0].customers, 1); // 1
        QCOMPARE(bins[1].customers, 2); // 2, 3
        QCOMPARE(bins[1].from, 2.0);
        QCOMPARE(bins[1].to, 4.0);
        QCOMPARE(bins[1].contactIds,
                 QStringList { QStringLiteral("c3") }); // highest first, capped at 1
        QCOMPARE(bins[9].customers, 2); // 18, 19
        QVERIFY(bins[10].open);
        QCOMPARE(bins[10].customers, 1); // 20
        QVERIFY(clvHistogram({}, 10).empty());
    }

    void wholeDashboard()
    {
        std::atomic<bool> cancel { false };
        auto data = computeDashboard(*m_db, { m_period, {} }, &cancel);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
        QCOMPARE(data->bucketSize, BucketSize::Month);
        QCOMPARE(data->buckets.size(), size_t(3));
        QCOMPARE(data->current.revenue, 7700.0);
        QCOMPARE(data->previous.revenue, 2500.0);
        QCOMPARE(data->sales[0].revenue, 2200.0);
        QCOMPARE(data->previousSales[1].revenue, 2500.0);
        // Customers with orders up to 2025-06-30: A, B, C, F.
        qint64 scored = 0;
        for (const auto &c : data->rfm)
            scored += c.customers;
        QCOMPARE(scored, 4);
        // Cohorts of 2025-03 (B) and 2025-04 (C); C ordered again two months later.
        QCOMPARE(data->cohorts.size(), size_t(2));
        QCOMPARE(data->cohorts[1].month, QDate(2025, 4, 1));
        QCOMPARE(data->cohorts[1].active[2], 1.0);
        QCOMPARE(data->users.size(), size_t(2));
    }

    void cancelled()
    {
        std::atomic<bool> cancel { true };
        auto data = computeDashboard(*m_db, { m_period, {} }, &cancel);
        QVERIFY(!data.ok());
        QCOMPARE(data.error().kind, ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(tst_DashboardSeries)
#include "tst_dashboardseries.moc"
