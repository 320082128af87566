// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/leadscoring.h"
#include "core/storage/databaseopener.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Analytics;

class tst_LeadScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointsByHand()
    {
        LeadFeatures f;
        f.source = QStringLiteral("referral");      // +20
        f.activities90 = 3;                         // +15
        f.daysSinceActivity = 5;                    // +15
        f.lifecycleStage = QStringLiteral("qualified_lead"); // +15
        f.emailsOpened = 2;                         // +6
        f.emailsClicked = 1;                        // +5
        const LeadScore s = pointsLeadScore(f);
        QCOMPARE(s.score, 76.0);
        QCOMPARE(s.factors.size(), 6);
        QCOMPARE(s.factors.first().contribution, 20.0); // the source explains the most
        QVERIFY(s.factors.first().label.contains("referral"));
    }

    void pointsAreCappedAndClamped()
    {
        LeadFeatures busy;
        busy.source = QStringLiteral("referral");
        busy.activities90 = 50;   // capped at +25
        busy.daysSinceActivity = 0;
        busy.lifecycleStage = QStringLiteral("opportunity");
        busy.emailsOpened = 40;   // capped at +15
        busy.emailsClicked = 40;  // capped at +20
        QCOMPARE(pointsLeadScore(busy).score, 100.0);
        LeadFeatures cold;
        cold.lifecycleStage = QStringLiteral("churned");
        QCOMPARE(pointsLeadScore(cold).score, 0.0);
    }

    void learnsWhatWinsFromDeals()
    {
        // Referrals with recent activity win; ads without activity lose.
        std::vector<LearnedLeadModel::Example> examples;
        for (int i = 0; i < 40; ++i) {
            LeadFeatures f;
            const bool referral = i % 2 == 0;
            f.source = referral ? QStringLiteral("referral") : QStringLiteral("ad");
            f.activities90 = referral ? 4 + i % 3 : i % 2;
            f.daysSinceActivity = referral ? 3 : 200;
            examples.push_back({f, referral ? i % 10 != 0 : i % 10 == 1}); // mostly, not always
        }
        auto model = LearnedLeadModel::train(examples);
        QVERIFY(model.ok());
        LeadFeatures hot, cold;
        hot.source = QStringLiteral("referral");
        hot.activities90 = 5;
        hot.daysSinceActivity = 2;
        cold.source = QStringLiteral("ad");
        cold.daysSinceActivity = 300;
        const LeadScore h = model->predict(hot);
        const LeadScore c = model->predict(cold);
        QVERIFY2(h.score > 0.7, qPrintable(QString::number(h.score)));
        QVERIFY2(c.score < 0.3, qPrintable(QString::number(c.score)));
        QVERIFY(!h.factors.isEmpty());
        QVERIFY(h.factors.first().contribution > 0);
    }

    void refusesOneSidedHistory()
    {
        std::vector<LearnedLeadModel::Example> allWon(3, {LeadFeatures{}, true});
        auto model = LearnedLeadModel::train(allWon);
        QVERIFY(!model.ok());
        QVERIFY(model.error().message.contains("won and lost"));
    }

    void featuresFromTheDatabase()
    {
        QTemporaryDir dir;
        auto db = Storage::DatabaseOpener::open(dir.filePath(QStringLiteral("l.kizuna")));
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral(R"SQL(
            INSERT INTO contacts(id, source, lifecycle_stage, marketing_opt_in, created_at, updated_at)
              VALUES ('c', 'event', 'qualified_lead', 1, 'x', 'x');
            INSERT INTO activities(id, type, occurred_at, contact_id, created_at, updated_at, deleted_at) VALUES
              ('a1', 'call', '2025-06-20T12:00:00.000Z', 'c', 'x', 'x', NULL),
              ('a2', 'meeting', '2025-06-25T12:00:00.000Z', 'c', 'x', 'x', NULL),
              ('a3', 'note', '2025-01-01T12:00:00.000Z', 'c', 'x', 'x', NULL),
              ('a4', 'call', '2025-06-29T12:00:00.000Z', 'c', 'x', 'x', '2025-06-29T13:00:00.000Z'),
              ('a5', 'call', '2025-07-05T12:00:00.000Z', 'c', 'x', 'x', NULL);
            INSERT INTO campaigns(id, name, channel, created_at, updated_at) VALUES ('k', 'K', 'newsletter', 'x', 'x');
            INSERT INTO campaign_members(id, campaign_id, contact_id, status, opened_at, clicked_at, created_at, updated_at)
              VALUES ('m', 'k', 'c', 'clicked', '2025-06-01T12:00:00.000Z', '2025-06-01T12:05:00.000Z', 'x', 'x');
        )SQL")).ok());
        auto f = leadFeatures(**db, QStringLiteral("c"), QDate(2025, 6, 30));
        QVERIFY(f.ok());
        QCOMPARE(f->source, QStringLiteral("event"));
        QCOMPARE(f->activities90, 2);       // a3 is too old, a4 in the Trash, a5 after the day
        QCOMPARE(f->daysSinceActivity, 5);  // 2025-06-25 12:00 → end of 2025-06-30
        QCOMPARE(f->emailsOpened, 1);
        QCOMPARE(f->emailsClicked, 1);
        QVERIFY(f->marketingOptIn);
        QVERIFY(!f->hasCompany);
        QCOMPARE(leadFeatures(**db, QStringLiteral("nobody"), QDate(2025, 6, 30)).error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_LeadScoring)
#include "tst_leadscoring.moc"
