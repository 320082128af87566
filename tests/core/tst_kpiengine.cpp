// SPDX-License-Identifier: GPL-3.0-or-later
// Every KPI on a small hand-built data set; the expected values are worked out in the comments.
#include "core/analytics/campaignrates.h"
#include "core/analytics/cohortretention.h"
#include "core/analytics/kpiengine.h"
#include "core/storage/databaseopener.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Analytics;

namespace {

// Period P = 2025-04-01 … 2025-06-30 (91 days); the previous period is 2024-12-31 … 2025-03-31.
// Times are at 12:00 UTC so they fall on the same calendar day in any time zone within ±11 h.
constexpr const char *Fixture = R"SQL(
INSERT INTO users(id, name, role, created_at, updated_at) VALUES
 ('u1', 'Aoki', 'sales', '2024-01-01T12:00:00.000Z', '2024-01-01T12:00:00.000Z'),
 ('u2', 'Baba', 'sales', '2024-01-01T12:00:00.000Z', '2024-01-01T12:00:00.000Z');
INSERT INTO products(id, name, category, created_at, updated_at) VALUES
 ('px', 'Tea', 'X', '2024-01-01T12:00:00.000Z', '2024-01-01T12:00:00.000Z'),
 ('py', 'Cup', 'Y', '2024-01-01T12:00:00.000Z', '2024-01-01T12:00:00.000Z');
-- A: customer since 2024; ordered before, in the previous period and in P.
-- B: ordered only in the previous period (churned).   C: new lead in P, converts by an order.
-- D: new lead in P, converts by a won deal.            E: new lead in P, not converted.
-- F: imported in P with an order history from 2023 (not a lead).   G: a partner (not a lead).
INSERT INTO contacts(id, kind, source, owner_id, created_at, updated_at) VALUES
 ('A', 'customer', 'referral', 'u1', '2024-01-10T12:00:00.000Z', '2024-01-10T12:00:00.000Z'),
 ('B', 'customer', 'ad',       'u2', '2025-01-05T12:00:00.000Z', '2025-01-05T12:00:00.000Z'),
 ('C', 'customer', 'web_form', 'u1', '2025-04-05T12:00:00.000Z', '2025-04-05T12:00:00.000Z'),
 ('D', 'lead',     'event',    'u2', '2025-05-01T12:00:00.000Z', '2025-05-01T12:00:00.000Z'),
 ('E', 'lead',     'event',    'u2', '2025-06-15T12:00:00.000Z', '2025-06-15T12:00:00.000Z'),
 ('F', 'customer', 'import',   'u2', '2025-04-02T12:00:00.000Z', '2025-04-02T12:00:00.000Z'),
 ('G', 'partner',  'event',    'u1', '2025-04-03T12:00:00.000Z', '2025-04-03T12:00:00.000Z');
INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at, deleted_at) VALUES
 ('a1', 'A', '2024-02-01T12:00:00.000Z', 1000, 'x', 'x', NULL),
 ('a2', 'A', '2025-02-15T12:00:00.000Z', 2000, 'x', 'x', NULL),
 ('a3', 'A', '2025-05-01T12:00:00.000Z', 3000, 'x', 'x', NULL),
 ('b1', 'B', '2025-03-01T12:00:00.000Z',  500, 'x', 'x', NULL),
 ('c1', 'C', '2025-04-20T12:00:00.000Z', 1500, 'x', 'x', NULL),
 ('c2', 'C', '2025-06-10T12:00:00.000Z', 2500, 'x', 'x', NULL),
 ('f1', 'F', '2023-05-01T12:00:00.000Z',  800, 'x', 'x', NULL),
 ('f2', 'F', '2025-04-03T12:00:00.000Z',  700, 'x', 'x', NULL),
 ('zz', 'A', '2025-05-02T12:00:00.000Z', 9999, 'x', 'x', '2025-05-03T12:00:00.000Z');
INSERT INTO order_lines(id, order_id, product_id, quantity, unit_price, created_at, updated_at) VALUES
 ('l1', 'a1', 'px', 1, 1000, 'x', 'x'), ('l2', 'a2', 'px', 1, 2000, 'x', 'x'),
 ('l3', 'a3', 'py', 1, 3000, 'x', 'x'), ('l4', 'b1', 'px', 1, 500, 'x', 'x'),
 ('l5', 'c1', 'px', 1, 1500, 'x', 'x'), ('l6', 'c2', 'px', 1, 2500, 'x', 'x'),
 ('l7', 'f1', 'py', 1, 800, 'x', 'x'),  ('l8', 'f2', 'px', 1, 700, 'x', 'x');
INSERT INTO pipelines(id, name, created_at, updated_at) VALUES ('p', 'Sales', 'x', 'x');
INSERT INTO pipeline_stages(id, pipeline_id, name, probability, created_at, updated_at) VALUES
 ('s', 'p', 'Proposal', 0.25, 'x', 'x');
INSERT INTO lost_reasons(id, name, created_at, updated_at) VALUES
 ('r1', '価格', 'x', 'x'), ('r2', '競合', 'x', 'x');
INSERT INTO deals(id, title, contact_id, pipeline_id, stage_id, amount, probability, status,
                  lost_reason_id, created_at, closed_at, owner_id, updated_at) VALUES
 ('d1', 'won in P, 27 days',  'D', 'p', 's', 10000, NULL, 'won',  NULL, '2025-05-05T12:00:00.000Z', '2025-06-01T12:00:00.000Z', 'u2', 'x'),
 ('d2', 'lost in P',          NULL, 'p', 's',  5000, NULL, 'lost', 'r1', '2025-03-01T12:00:00.000Z', '2025-04-15T12:00:00.000Z', 'u2', 'x'),
 ('d3', 'lost in P',          NULL, 'p', 's',  5000, NULL, 'lost', 'r2', '2025-04-01T12:00:00.000Z', '2025-05-20T12:00:00.000Z', 'u2', 'x'),
 ('d4', 'won in P, 100 days', NULL, 'p', 's', 20000, NULL, 'won',  NULL, '2025-01-01T12:00:00.000Z', '2025-04-11T12:00:00.000Z', 'u1', 'x'),
 ('d5', 'won after P',        NULL, 'p', 's', 20000, NULL, 'won',  NULL, '2025-01-01T12:00:00.000Z', '2025-07-05T12:00:00.000Z', 'u1', 'x'),
 ('d6', 'open, stage 25 %',   NULL, 'p', 's',  8000, NULL, 'open', NULL, '2025-02-01T12:00:00.000Z', NULL, 'u1', 'x'),
 ('d7', 'open, own 50 %',     NULL, 'p', 's',  4000, 0.5,  'open', NULL, '2025-02-01T12:00:00.000Z', NULL, 'u2', 'x');
INSERT INTO survey_answers(id, contact_id, score, answered_at, created_at, updated_at) VALUES
 ('n1', 'A', 10, '2025-04-10T12:00:00.000Z', 'x', 'x'), ('n2', 'C', 9, '2025-05-10T12:00:00.000Z', 'x', 'x'),
 ('n3', 'F', 9, '2025-05-11T12:00:00.000Z', 'x', 'x'),  ('n4', 'D', 7, '2025-05-12T12:00:00.000Z', 'x', 'x'),
 ('n5', 'E', 3, '2025-06-20T12:00:00.000Z', 'x', 'x'),  ('n6', 'B', 0, '2025-03-30T12:00:00.000Z', 'x', 'x');
INSERT INTO campaigns(id, name, channel, cost, starts_on, created_at, updated_at) VALUES
 ('k1', 'Spring', 'newsletter', 30000, '2025-04-10', 'x', 'x'),
 ('k2', 'Winter', 'dm',         99999, '2025-03-20', 'x', 'x');
)SQL";

} // namespace

class tst_KpiEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    const Period m_period{QDate(2025, 4, 1), QDate(2025, 6, 30)};

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QStringLiteral("kpi.kizuna")));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        const Status loaded = m_db->exec(QString::fromUtf8(Fixture));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    }
    void cleanupTestCase() { m_db.reset(); }

    void periodArithmetic()
    {
        QCOMPARE(m_period.days(), 91);
        QCOMPARE(m_period.previous().first, QDate(2024, 12, 31));
        QCOMPARE(m_period.previous().last, QDate(2025, 3, 31));
    }

    void everyKpi()
    {
        KpiEngine engine(*m_db);
        auto kpi = engine.compute(m_period);
        QVERIFY2(kpi.ok(), qPrintable(kpi.ok() ? QString() : kpi.error().message));
        // Orders in P: a3 3000, c1 1500, c2 2500, f2 700 (zz is in the Trash).
        QCOMPARE(kpi->revenue, 7700.0);
        QCOMPARE(kpi->orders, 4);
        QCOMPARE(*kpi->aov, 1925.0);
        // Active: A, C, F. New (no order before P): C.
        QCOMPARE(kpi->activeCustomers, 3);
        QCOMPARE(kpi->newCustomers, 1);
        QCOMPARE(*kpi->repeatRate, 2.0 / 3.0);
        // Previous period active: A, B; A is active again.
        QCOMPARE(*kpi->retentionRate, 0.5);
        QCOMPARE(*kpi->churnRate, 0.5);
        // Leads created in P: C (web form), D and E (event); F had orders before, G is a partner.
        QCOMPARE(kpi->newLeads, 3);
        QCOMPARE(kpi->newLeadsBySource.value(QStringLiteral("event")), 2);
        QCOMPARE(kpi->newLeadsBySource.value(QStringLiteral("web_form")), 1);
        // C by its order, D by its won deal.
        QCOMPARE(*kpi->leadConversionRate, 2.0 / 3.0);
        // Closed in P: d1, d4 won; d2, d3 lost.
        QCOMPARE(*kpi->winRate, 0.5);
        QCOMPARE(kpi->pipelineValue, 12000.0);
        QCOMPARE(kpi->weightedPipelineValue, 8000 * 0.25 + 4000 * 0.5);
        QCOMPARE(*kpi->salesCycleDays, (27.0 + 100.0) / 2);
        QCOMPARE(kpi->lostReasons.value(QStringLiteral("価格")), 1);
        QCOMPARE(kpi->lostReasons.value(QStringLiteral("競合")), 1);
        // Answers in P: 10, 9, 9 promoters; 7 passive; 3 detractor → (3 − 1) / 5.
        QCOMPARE(*kpi->nps, 40.0);
        // A (X, Y) and F (Y, X) span two categories; C only X.
        QCOMPARE(*kpi->crossSellRate, 2.0 / 3.0);
        // Spring starts in P: 30000 / 1 new customer.
        QCOMPARE(*kpi->cac, 30000.0);
        // First order before 2024-07-01: A (1000 + 2000 + 3000) and F (800 + 700).
        QCOMPARE(*kpi->historicLtv, (6000.0 + 1500.0) / 2);
    }

    void ownerFilter()
    {
        KpiEngine engine(*m_db);
        auto kpi = engine.compute(m_period, {QStringLiteral("u1")});
        QVERIFY(kpi.ok());
        // u1 owns A, C (and G): orders a3, c1, c2.
        QCOMPARE(kpi->revenue, 7000.0);
        QCOMPARE(kpi->activeCustomers, 2);
        QCOMPARE(kpi->newCustomers, 1);
        QCOMPARE(kpi->newLeads, 1);        // C
        QCOMPARE(*kpi->winRate, 1.0);      // d4 only
        QCOMPARE(kpi->pipelineValue, 8000.0);
        QVERIFY(!kpi->cac.has_value());    // campaigns have no owner
        QCOMPARE(*kpi->nps, 100.0);        // A 10, C 9
        auto other = engine.compute(m_period, {QStringLiteral("u2")});
        QVERIFY(other.ok());
        QCOMPARE(*other->nps, 0.0);        // F 9, D 7, E 3: (1 − 1) / 3
    }

    // {contact-of:X} reads contacts only when a filter needs them.
    void contactOfPlaceholder()
    {
        const QString sql = QStringLiteral("SELECT count(*) FROM survey_answers a {contact-of:a} WHERE 1");
        QCOMPARE(applyKpiFilter(sql, {}), QStringLiteral("SELECT count(*) FROM survey_answers a  WHERE 1"));
        QCOMPARE(applyKpiFilter(sql, {QStringLiteral("u1")}),
                 QStringLiteral("SELECT count(*) FROM survey_answers a  CROSS JOIN contacts c ON "
                                "c.id = a.contact_id AND c.owner_id = :owner WHERE 1"));
        KpiFilter segment;
        segment.contactTable = QStringLiteral("temp.members");
        QVERIFY(applyKpiFilter(sql, segment).contains(
            QStringLiteral("CROSS JOIN contacts c ON c.id = a.contact_id AND c.id IN (SELECT contact_id FROM temp.members)")));
    }

    void emptyPeriodHasNoRates()
    {
        KpiEngine engine(*m_db);
        auto kpi = engine.compute({QDate(2030, 1, 1), QDate(2030, 1, 31)});
        QVERIFY(kpi.ok());
        QCOMPARE(kpi->orders, 0);
        QVERIFY(!kpi->aov.has_value());
        QVERIFY(!kpi->repeatRate.has_value());
        QVERIFY(!kpi->winRate.has_value());
        QVERIFY(!kpi->nps.has_value());
        QVERIFY(!kpi->retentionRate.has_value());
        QCOMPARE(kpi->pipelineValue, 12000.0); // open deals now
    }

    void cohortRetentionByHand()
    {
        // First orders: A 2024-02, F 2023-05 (before the range), B 2025-03, C 2025-04.
        // A orders again 2025-02 and 2025-05; C in 2025-04 and 2025-06.
        auto cohorts = cohortRetention(*m_db, QDate(2024, 1, 1), QDate(2025, 6, 30));
        QVERIFY(cohorts.ok());
        QCOMPARE(int(cohorts->size()), 3); // 2024-02 (A), 2025-03 (B), 2025-04 (C)
        const Cohort &a = (*cohorts)[0];
        QCOMPARE(a.month, QDate(2024, 2, 1));
        QCOMPARE(a.customers, 1);
        QCOMPARE(int(a.active.size()), 17); // 2024-02 … 2025-06
        QCOMPARE(a.active[0], 1.0);
        QCOMPARE(a.active[1], 0.0);
        QCOMPARE(a.active[12], 1.0); // 2025-02
        QCOMPARE(a.active[15], 1.0); // 2025-05
        const Cohort &c = (*cohorts)[2];
        QCOMPARE(c.month, QDate(2025, 4, 1));
        QCOMPARE(c.active, (std::vector<double>{1.0, 0.0, 1.0}));
    }

    void campaignOpenAndClickRates()
    {
        QVERIFY(m_db->exec(QStringLiteral(R"SQL(
            INSERT INTO campaign_variants(id, campaign_id, label, created_at, updated_at) VALUES
              ('va', 'k1', 'A', 'x', 'x'), ('vb', 'k1', 'B', 'x', 'x');
            INSERT INTO campaign_members(id, campaign_id, variant_id, contact_id, status, sent_at, delivered_at,
                                         opened_at, clicked_at, bounced_at, created_at, updated_at) VALUES
              ('m1', 'k1', 'va', 'A', 'clicked',   's', 'd', 'o', 'c', NULL, 'x', 'x'),
              ('m2', 'k1', 'va', 'B', 'opened',    's', 'd', 'o', NULL, NULL, 'x', 'x'),
              ('m3', 'k1', 'va', 'C', 'delivered', 's', 'd', NULL, NULL, NULL, 'x', 'x'),
              ('m4', 'k1', 'va', 'D', 'bounced',   's', NULL, NULL, NULL, 'b', 'x', 'x'),
              ('m5', 'k1', 'vb', 'E', 'delivered', 's', 'd', NULL, NULL, NULL, 'x', 'x'),
              ('m6', 'k1', 'vb', 'F', 'opened',    's', 'd', 'o', NULL, NULL, 'x', 'x');
        )SQL")).ok());
        auto rates = campaignRates(*m_db, QStringLiteral("2025-04-01"), QStringLiteral("2025-06-30"));
        QVERIFY(rates.ok());
        QCOMPARE(int(rates->size()), 3); // Spring as a whole, A, B (Winter starts before the range)
        const CampaignRates &all = (*rates)[0];
        QCOMPARE(all.variant, QString());
        QCOMPARE(all.sent, 6);
        QCOMPARE(all.delivered, 5);     // m4 bounced
        QCOMPARE(*all.openRate, 3.0 / 5.0);
        QCOMPARE(*all.clickRate, 1.0 / 5.0);
        const CampaignRates &a = (*rates)[1];
        QCOMPARE(a.variant, QStringLiteral("A"));
        QCOMPARE(*a.openRate, 2.0 / 3.0);
        QCOMPARE(*a.clickRate, 1.0 / 3.0);
        const CampaignRates &b = (*rates)[2];
        QCOMPARE(*b.openRate, 0.5);
        QCOMPARE(*b.clickRate, 0.0);
    }

    void cancelAndBadPeriod()
    {
        KpiEngine engine(*m_db);
        const std::atomic<bool> cancel{true};
        auto cancelled = engine.compute(m_period, {}, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QVERIFY(!engine.compute({QDate(2025, 2, 1), QDate(2025, 1, 1)}).ok());
    }
};

QTEST_GUILESS_MAIN(tst_KpiEngine)
#include "tst_kpiengine.moc"
