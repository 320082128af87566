// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's fast path (per-customer order timelines of schema step 6, kept by triggers)
// against the base-table path (KpiEngine, salesSeries, newLeadsSeries, cohortRetention,
// computeRfm, loadCustomerHistories + analyseClv) on a demo database: every number equal, before
// and after orders, order lines and products are edited once the summaries exist, with and
// without an owner filter.
#include "core/analytics/dashboarddata.h"
#include "core/analytics/customerhistory.h"
#include "core/analytics/kpiengine.h"
#include "core/analytics/timelineleads.h"
#include "core/demo/demogenerator.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Analytics;

namespace {
const QDate AsOf(2026, 6, 30);
}

class TestDashboardTimelines : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

    static void compareKpis(const KpiValues &fast, const KpiValues &base)
    {
        QCOMPARE(fast.revenue, base.revenue);
        QCOMPARE(fast.orders, base.orders);
        QCOMPARE(fast.aov, base.aov);
        QCOMPARE(fast.activeCustomers, base.activeCustomers);
        QCOMPARE(fast.newCustomers, base.newCustomers);
        QCOMPARE(fast.repeatRate, base.repeatRate);
        QCOMPARE(fast.retentionRate, base.retentionRate);
        QCOMPARE(fast.churnRate, base.churnRate);
        QCOMPARE(fast.newLeads, base.newLeads);
        QCOMPARE(fast.newLeadsBySource, base.newLeadsBySource);
        QCOMPARE(fast.leadConversionRate, base.leadConversionRate);
        QCOMPARE(fast.winRate, base.winRate);
        QCOMPARE(fast.pipelineValue, base.pipelineValue);
        QCOMPARE(fast.salesCycleDays, base.salesCycleDays);
        QCOMPARE(fast.nps, base.nps);
        QCOMPARE(fast.crossSellRate, base.crossSellRate);
        QCOMPARE(fast.cac, base.cac);
        QCOMPARE(fast.historicLtv, base.historicLtv);
    }

    static void compareSales(const std::vector<SalesPoint> &fast, const std::vector<SalesPoint> &base)
    {
        QCOMPARE(fast.size(), base.size());
        for (size_t i = 0; i < fast.size(); ++i) {
            QCOMPARE(fast[i].revenue, base[i].revenue);
            QCOMPARE(fast[i].orders, base[i].orders);
            QCOMPARE(fast[i].activeCustomers, base[i].activeCustomers);
            QCOMPARE(fast[i].newCustomers, base[i].newCustomers);
        }
    }

    // Every number of the dashboard against the base tables.
    void compareWithBase(const Period &period, const QString &owner)
    {
        auto fast = computeDashboard(*m_db, {period, owner});
        QVERIFY2(fast.ok(), fast.ok() ? "" : qPrintable(fast.error().message));
        const KpiFilter filter{owner};
        KpiEngine engine(*m_db);
        auto current = engine.compute(period, filter);
        auto previous = engine.compute(period.previous(), filter);
        QVERIFY(current.ok() && previous.ok());
        QVERIFY(current->orders > 0);
        compareKpis(fast->current, *current);
        compareKpis(fast->previous, *previous);

        auto sales = salesSeries(*m_db, fast->buckets, filter);
        auto previousSales = salesSeries(*m_db, fast->previousBuckets, filter);
        auto leads = newLeadsSeries(*m_db, fast->buckets, filter);
        QVERIFY(sales.ok() && previousSales.ok() && leads.ok());
        compareSales(fast->sales, *sales);
        compareSales(fast->previousSales, *previousSales);
        QCOMPARE(fast->newLeads, *leads);

        const Period range = cohortRange(period);
        auto cohorts = cohortRetention(*m_db, range.first, range.last);
        QVERIFY(cohorts.ok());
        QCOMPARE(fast->cohorts.size(), cohorts->size());
        for (size_t i = 0; i < cohorts->size(); ++i) {
            QCOMPARE(fast->cohorts[i].month, (*cohorts)[i].month);
            QCOMPARE(fast->cohorts[i].customers, (*cohorts)[i].customers);
            QCOMPARE(fast->cohorts[i].active, (*cohorts)[i].active);
        }

        QSet<QString> owned;
        if (!owner.isEmpty()) {
            auto ids = contactIdsOf(*m_db, filter);
            QVERIFY(ids.ok());
            owned = *ids;
        }
        const auto counts = [&](const QString &id) { return owner.isEmpty() || owned.contains(id); };
        auto rfm = computeRfm(*m_db, period.last);
        QVERIFY(rfm.ok());
        std::vector<qint64> perClass(rfmClasses().size(), 0);
        for (const RfmCustomer &c : *rfm) {
            if (counts(c.contactId))
                perClass[static_cast<size_t>(c.rfmClass)]++;
        }
        QCOMPARE(fast->rfm.size(), perClass.size());
        for (size_t i = 0; i < perClass.size(); ++i)
            QCOMPARE(fast->rfm[i].customers, perClass[i]);

        auto histories = loadCustomerHistories(*m_db, period.first.addDays(-1), period.last);
        QVERIFY(histories.ok());
        std::erase_if(*histories, [](const CustomerHistory &h) { return h.calibration.age <= 0; });
        ClvOptions options;
        options.calibrationEnd = period.first.addDays(-1);
        options.holdoutEnd = period.last;
        auto report = analyseClv(*histories, options);
        QVERIFY(report.ok());
        QCOMPARE(fast->clv.tracking.size(), report->tracking.size());
        QCOMPARE(fast->clv.trackingStart, histories->empty() ? QDate() : [&] {
            QDate first;
            for (const CustomerHistory &h : *histories)
                first = !first.isValid() || h.firstPurchase < first ? h.firstPurchase : first;
            return first;
        }());
        QCOMPARE(fast->clv.holdoutPredicted, report->holdoutPredicted);
        QCOMPARE(fast->clv.holdoutActual, report->holdoutActual);
        QCOMPARE(fast->clv.tracking.size(), report->tracking.size());
        std::vector<std::pair<double, QString>> values;
        for (const CustomerValue &v : report->customers) {
            if (counts(v.contactId))
                values.emplace_back(v.clv, v.contactId);
        }
        const std::vector<ClvBin> bins = clvHistogram(values, 5000);
        QCOMPARE(fast->clv.bins.size(), bins.size());
        for (size_t i = 0; i < bins.size(); ++i) {
            QCOMPARE(fast->clv.bins[i].customers, bins[i].customers);
            QCOMPARE(fast->clv.bins[i].contactIds, bins[i].contactIds);
        }
    }

    void compareAll()
    {
        auto owner = m_db->queryText(QStringLiteral("SELECT id FROM users WHERE deleted_at IS NULL ORDER BY name, id"));
        QVERIFY(owner.ok());
        for (const Period &period : {Period{QDate(2025, 7, 1), AsOf}, Period{QDate(2026, 4, 1), QDate(2026, 5, 15)}}) {
            for (const QString &who : {QString(), *owner}) {
                compareWithBase(period, who);
                if (QTest::currentTestFailed()) {
                    qWarning("period %s … %s, owner '%s'", qPrintable(period.first.toString(Qt::ISODate)),
                             qPrintable(period.last.toString(Qt::ISODate)), qPrintable(who));
                    return;
                }
            }
        }
    }

    void exec(const char *sql)
    {
        const auto status = m_db->exec(QString::fromUtf8(sql));
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QStringLiteral("demo.kizuna")));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        Demo::DemoOptions options;
        options.contacts = 1500;
        options.seed = 3;
        options.asOf = AsOf;
        QVERIFY(Demo::generateDemo(*m_db, options, {}).ok());
    }
    void cleanupTestCase() { m_db.reset(); }

    void sameNumbersAfterDemo() { compareAll(); }

    // The new-leads pass reads two indexes and no table row (schema step 9); on a million
    // contacts a table read per contact cost most of its time. (With an owner filter the planner
    // may walk contacts_owner instead: a small owner's contacts are fewer than a period's.)
    void leadQueriesReadIndexesAlone_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("plan");
        QTest::newRow("won deals") << QString::fromLatin1(WonDealsSql)
                                   << "SEARCH deals USING COVERING INDEX deals_won (status=?)";
        QTest::newRow("new contacts") << applyKpiFilter(QString::fromLatin1(NewContactsSql), {})
                                      << "SEARCH c USING COVERING INDEX contacts_dashboard_created "
                                         "(created_at>? AND created_at<?)";
    }

    void leadQueriesReadIndexesAlone()
    {
        QFETCH(QString, sql);
        QFETCH(QString, plan);
        auto explain = m_db->prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        QVERIFY2(explain.ok(), explain.ok() ? "" : qPrintable(explain.error().message));
        QStringList details;
        while (*explain->step())
            details << explain->columnText(3);
        QCOMPARE(details.join(u'\n'), plan);
    }

    void staleMarksClearedByTheDashboard()
    {
        QVERIFY(computeDashboard(*m_db, {{QDate(2026, 1, 1), AsOf}, {}}).ok());
        QCOMPARE(*m_db->queryInt(QStringLiteral("SELECT count(*) FROM order_timelines_stale")), 0);
        QCOMPARE(*m_db->queryInt(QStringLiteral("SELECT count(*) FROM order_timelines")),
                 *m_db->queryInt(QStringLiteral("SELECT count(DISTINCT contact_id) FROM orders WHERE deleted_at IS NULL")));
        exec("UPDATE orders SET notes = 'seen' WHERE rowid = (SELECT min(rowid) FROM orders)");
        QCOMPARE(*m_db->queryInt(QStringLiteral("SELECT count(*) FROM order_timelines_stale")), 0); // not a KPI column
    }

    void sameNumbersAfterOrderEdits()
    {
        // A new customer's first orders (two categories, one with a fractional total), a repeat
        // order of an existing customer, a moved order, a changed total, one to the Trash and
        // one purged.
        exec(R"SQL(
INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at)
    SELECT 'new-1', id, '2026-05-03T23:59:59.999Z', 1234.5, 'x', 'x' FROM contacts
    WHERE id NOT IN (SELECT contact_id FROM orders) ORDER BY id LIMIT 1;
INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at)
    SELECT 'new-2', contact_id, '2026-06-20T00:00:00.000Z', 0.1, 'x', 'x' FROM orders WHERE id = 'new-1';
INSERT INTO order_lines(id, order_id, product_id, quantity, unit_price, created_at, updated_at)
    SELECT 'nl-1', 'new-1', min(id), 1, 1234.5, 'x', 'x' FROM products;
INSERT INTO order_lines(id, order_id, product_id, quantity, unit_price, created_at, updated_at)
    SELECT 'nl-2', 'new-2', max(id), 1, 0.1, 'x', 'x' FROM products;
INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at)
    SELECT 'new-3', contact_id, '2026-06-29T10:00:00.000Z', 777, 'x', 'x' FROM orders
    WHERE deleted_at IS NULL ORDER BY ordered_at LIMIT 1;
UPDATE orders SET ordered_at = '2025-12-24T09:00:00.000Z'
    WHERE id = (SELECT id FROM orders WHERE ordered_at >= '2026-06-01' ORDER BY id LIMIT 1);
UPDATE orders SET total = total + 100
    WHERE id = (SELECT id FROM orders WHERE ordered_at >= '2026-03-01' ORDER BY id LIMIT 1 OFFSET 1);
UPDATE orders SET deleted_at = '2026-06-30T00:00:00.000Z'
    WHERE id = (SELECT id FROM orders WHERE ordered_at >= '2026-02-01' ORDER BY id LIMIT 1 OFFSET 2);
DELETE FROM order_lines WHERE order_id = (SELECT id FROM orders WHERE ordered_at >= '2026-01-10' ORDER BY id LIMIT 1 OFFSET 3);
DELETE FROM orders WHERE id = (SELECT id FROM orders WHERE ordered_at >= '2026-01-10' ORDER BY id LIMIT 1 OFFSET 3);
)SQL");
        QVERIFY(*m_db->queryInt(QStringLiteral("SELECT count(*) FROM order_timelines_stale")) >= 4);
        compareAll();
    }

    void sameNumbersAfterLineAndProductEdits()
    {
        // Lines moved to another category, one to the Trash, a product renamed into another
        // category: cross-sell changes for the customers who bought them.
        exec(R"SQL(
UPDATE order_lines SET product_id = (SELECT max(id) FROM products)
    WHERE id IN (SELECT id FROM order_lines ORDER BY id LIMIT 40);
UPDATE order_lines SET deleted_at = '2026-06-30T00:00:00.000Z'
    WHERE id IN (SELECT id FROM order_lines ORDER BY id DESC LIMIT 40);
UPDATE products SET category = 'merged' WHERE id IN (SELECT id FROM products ORDER BY id LIMIT 3);
)SQL");
        compareAll();
    }
};

QTEST_GUILESS_MAIN(TestDashboardTimelines)
#include "tst_dashboardtimelines.moc"
