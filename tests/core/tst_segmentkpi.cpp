// SPDX-License-Identifier: GPL-3.0-or-later
// The KPI engine restricted to a segment's members, on segmentfixture.h. Expected values are
// worked out in the comments.
#include "core/analytics/dashboarddata.h"
#include "core/analytics/kpiengine.h"
#include "core/segments/segmentmembers.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "segmentfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Analytics;
using namespace Kizuna::Segments;

class tst_SegmentKpi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    const Period m_period{QDate(2025, 4, 1), QDate(2025, 6, 30)};

    SegmentTable materialise(const QByteArray &json)
    {
        auto rule = SegmentRule::fromJson(json);
        if (!rule.ok())
            qFatal("bad rule: %s", qPrintable(rule.error().message));
        SegmentMembers members(*m_db, SegmentFixture::AsOf);
        auto table = members.materialise(*rule);
        if (!table.ok())
            qFatal("cannot materialise: %s", qPrintable(table.error().message));
        return std::move(*table);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QStringLiteral("kpi.kizuna")));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        const Status loaded = m_db->exec(QString::fromUtf8(SegmentFixture::Sql));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    }
    void cleanupTestCase() { m_db.reset(); }

    void everybody()
    {
        // Orders in P: a3 3000, c1 1500, c2 2500, d1 4000 (dz in the Trash, x1 of a contact in the
        // Trash — the KPI engine counts orders by their contact as stored: x1 7777 too).
        auto kpi = KpiEngine(*m_db).compute(m_period);
        QVERIFY(kpi.ok());
        QCOMPARE(kpi->revenue, 18777.0);
        QCOMPARE(kpi->orders, 5);
    }

    void segmentOfTwoCustomers()
    {
        // VIP: A and C (X is tagged too but in the Trash).
        const SegmentTable vip = materialise(R"({"conditions":[{"field":"tag","operator":"=","value":"VIP"}]})");
        QCOMPARE(vip.size(), 2);
        KpiFilter filter;
        filter.contactTable = vip.name();
        auto kpi = KpiEngine(*m_db).compute(m_period, filter);
        QVERIFY2(kpi.ok(), qPrintable(kpi.ok() ? QString() : kpi.error().message));
        // a3 3000 + c1 1500 + c2 2500 over three orders.
        QCOMPARE(kpi->revenue, 7000.0);
        QCOMPARE(kpi->orders, 3);
        QCOMPARE(*kpi->aov, 7000.0 / 3);
        // Active A and C; C's first order is in P: new. Repeat: A of the two.
        QCOMPARE(kpi->activeCustomers, 2);
        QCOMPARE(kpi->newCustomers, 1);
        QCOMPARE(*kpi->repeatRate, 0.5);
        // Previous period: only A (a2) of the segment bought (B is not in it), and A is back.
        QCOMPARE(*kpi->retentionRate, 1.0);
        // Leads created in P: C (customer, created before its first order); it converted.
        QCOMPARE(kpi->newLeads, 1);
        QCOMPARE(*kpi->leadConversionRate, 1.0);
        // Open deals of the segment's contacts: A's 5000 (B's and the one without contact drop out).
        QCOMPARE(kpi->pipelineValue, 5000.0);
        QCOMPARE(kpi->weightedPipelineValue, 2500.0);
        // Answers: A 10 (promoter), C 6 (detractor).
        QCOMPARE(*kpi->nps, 0.0);
        // Campaign costs belong to no segment.
        QVERIFY(!kpi->cac);

        // The previous period under the same filter: a2 2000.
        auto previous = KpiEngine(*m_db).compute(m_period.previous(), filter);
        QVERIFY(previous.ok());
        QCOMPARE(previous->revenue, 2000.0);
        QCOMPARE(previous->orders, 1);
    }

    void segmentAndOwnerTogether()
    {
        // Customers (A, B, C, D) of owner u2: B and D. In P only d1 4000.
        const SegmentTable customers = materialise(R"({"conditions":[{"field":"kind","operator":"=","value":"customer"}]})");
        auto kpi = KpiEngine(*m_db).compute(m_period, KpiFilter{QStringLiteral("u2"), customers.name()});
        QVERIFY(kpi.ok());
        QCOMPARE(kpi->revenue, 4000.0);
        QCOMPARE(kpi->orders, 1);
        QCOMPARE(*kpi->repeatRate, 0.0);
        QCOMPARE(kpi->pipelineValue, 3000.0);
    }

    void emptySegmentHasNoRates()
    {
        const SegmentTable nobody = materialise(R"({"conditions":[{"field":"tag","operator":"=","value":"Old"}]})");
        QCOMPARE(nobody.size(), 0);
        auto kpi = KpiEngine(*m_db).compute(m_period, KpiFilter{{}, nobody.name()});
        QVERIFY(kpi.ok());
        QCOMPARE(kpi->revenue, 0.0);
        QVERIFY(!kpi->aov);
        QVERIFY(!kpi->repeatRate);
        QVERIFY(!kpi->nps);
    }

    void refusesATableNameThatIsNotPlain()
    {
        auto kpi = KpiEngine(*m_db).compute(m_period, KpiFilter{{}, QStringLiteral("x); DROP TABLE orders; --")});
        QVERIFY(!kpi.ok());
        QCOMPARE(kpi.error().kind, ErrorKind::BadInput);
    }

    void dashboardFollowsTheSegment()
    {
        const SegmentTable vip = materialise(R"({"conditions":[{"field":"tag","operator":"=","value":"VIP"}]})");
        DashboardRequest request;
        request.period = m_period;
        request.contactTable = vip.name();
        auto data = computeDashboard(*m_db, request);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
        QCOMPARE(data->current.revenue, 7000.0);
        double charted = 0;
        for (const SalesPoint &point : data->sales)
            charted += point.revenue;
        QCOMPARE(charted, 7000.0);
        qint64 classified = 0;
        for (const RfmClassCount &count : data->rfm)
            classified += count.customers;
        QCOMPARE(classified, 2); // A and C
    }
};

QTEST_GUILESS_MAIN(tst_SegmentKpi)
#include "tst_segmentkpi.moc"
