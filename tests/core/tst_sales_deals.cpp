// SPDX-License-Identifier: GPL-3.0-or-later
// Deal operations on the hand-built fixture of salesfixture.h: stage moves with history and
// their exact undo/redo (column totals restored), won/lost/reopen, line items and amounts.
#include "salesfixture.h"

#include "core/model/changelog.h"
#include "core/sales/dealservice.h"
#include "core/sales/deallineservice.h"
#include "core/sales/pipelineboardquery.h"

using namespace Kizuna;
using namespace Kizuna::Sales;

class tst_SalesDeals : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;

    DealService deals() { return DealService(*m_f.store); }
    DealLineService lines() { return DealLineService(*m_f.store); }
    // Column totals of pipeline p1 as "count/total/weighted" per stage.
    QStringList totals()
    {
        auto columns = PipelineBoardQuery(*m_f.db).columns(QStringLiteral("p1"), {}, SalesFixture::now());
        if (!columns.ok())
            return {columns.error().message};
        QStringList result;
        for (const BoardColumn &c : *columns)
            result << QStringLiteral("%1/%2/%3").arg(c.count).arg(c.total, 0, 'f', 0).arg(c.weightedTotal, 0, 'f', 0);
        return result;
    }
    qint64 historyRows(const QString &dealId)
    {
        return m_f.count(QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE deal_id = '%1'").arg(dealId));
    }

private Q_SLOTS:
    void init() { QVERIFY(m_f.open(m_dir)); }
    void cleanup() { m_f.close(); }

    void createStartsInFirstStageWithHistory()
    {
        DealInput input;
        input.title = QStringLiteral("New deal");
        input.pipelineId = QStringLiteral("p1");
        input.amount = 8000;
        input.expectedCloseDate = QDate(2025, 7, 31);
        auto id = deals().create(input, SalesFixture::at("2025-06-14T12:00:00.000Z"));
        SALES_VERIFY_OK(id);
        auto deal = deals().deal(*id);
        QVERIFY(deal.ok());
        QCOMPARE(deal->stageId, QStringLiteral("s1"));
        QCOMPARE(deal->probability, std::optional<double>(0.1));
        QCOMPARE(deal->status, DealStatus::Open);
        QCOMPARE(deal->currency, QStringLiteral("JPY"));
        QCOMPARE(deal->expectedCloseDate, QDate(2025, 7, 31));
        QCOMPARE(deal->stageEnteredAt, SalesFixture::at("2025-06-14T12:00:00.000Z"));
        auto history = deals().history(*id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QVERIFY(history->first().fromStageId.isEmpty());
        QCOMPARE(history->first().toStageName, QStringLiteral("Lead in"));
        QCOMPARE(history->first().author, QStringLiteral("tester"));
        // s1 now holds 30,000 + 8,000 with weighted 7,000 + 800.
        QCOMPARE(totals().first(), QStringLiteral("3/38000/7800"));
    }

    void createRejectsBadInput_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("stageId");
        QTest::addColumn<double>("probability");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty title") << "" << "s1" << 0.5 << "\"title\"";
        QTest::newRow("probability above 1") << "x" << "s1" << 1.5 << "\"probability\"";
        QTest::newRow("unknown stage") << "x" << "nope" << 0.5 << "\"stage_id\"";
        QTest::newRow("stage of another pipeline") << "x" << "t1" << 0.5 << "\"stage_id\"";
    }
    void createRejectsBadInput()
    {
        QFETCH(QString, title);
        QFETCH(QString, stageId);
        QFETCH(double, probability);
        QFETCH(QString, field);
        DealInput input;
        input.title = title;
        input.pipelineId = QStringLiteral("p1");
        input.stageId = stageId;
        input.probability = probability;
        auto id = deals().create(input);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, ErrorKind::BadInput);
        QVERIFY2(id.error().message.contains(field), qPrintable(id.error().message));
        QCOMPARE(m_f.count(QStringLiteral("SELECT count(*) FROM deals")), 9);
    }

    void moveWritesStageHistoryAndChangeLog()
    {
        QCOMPARE(totals(), (QStringList{"2/30000/7000", "2/45000/24500", "1/100000/80000"}));
        auto move = deals().moveToStage(QStringLiteral("d2"), QStringLiteral("s2"), {},
                                        SalesFixture::at("2025-06-15T09:30:00.000Z"));
        SALES_VERIFY_OK(move);
        auto deal = deals().deal(QStringLiteral("d2"));
        QCOMPARE(deal->stageId, QStringLiteral("s2"));
        QCOMPARE(deal->stageEnteredAt, SalesFixture::at("2025-06-15T09:30:00.000Z"));
        QCOMPARE(deal->probability, std::optional<double>(0.5)); // the stage's default replaces 0.3
        // s1 keeps d1 only; s2 gains 20,000 × 0.5 = 10,000 weighted.
        QCOMPARE(totals(), (QStringList{"1/10000/1000", "3/65000/34500", "1/100000/80000"}));

        auto history = deals().history(QStringLiteral("d2"));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().id, move->historyId);
        QCOMPARE(history->first().fromStageName, QStringLiteral("Lead in"));
        QCOMPARE(history->first().toStageName, QStringLiteral("Proposal"));
        QCOMPARE(history->first().changedAt, SalesFixture::at("2025-06-15T09:30:00.000Z"));
        QCOMPARE(history->first().author, QStringLiteral("tester"));

        auto log = Model::ChangeLog(*m_f.db).history(QStringLiteral("deal"), QStringLiteral("d2"));
        QVERIFY(log.ok());
        bool stageLogged = false;
        for (const Model::ChangeEntry &e : *log) {
            if (e.field == u"stage_id") {
                stageLogged = true;
                QCOMPARE(e.oldValue.toString(), QStringLiteral("s1"));
                QCOMPARE(e.newValue.toString(), QStringLiteral("s2"));
                QCOMPARE(e.author, QStringLiteral("tester"));
            }
        }
        QVERIFY(stageLogged);
        QCOMPARE(m_f.count("SELECT count(*) FROM (" + Model::ChangeLog::fieldRowsSql(QStringLiteral("l.entity = 'deal_stage_change' "
                                          "AND l.op = 'insert' AND l.record_id = '%1'").arg(move->historyId)) + u')'),
                 5); // deal_id, from, to, changed_at, author
    }

    void undoMoveRestoresTotalsAndRedoReplays()
    {
        const QStringList before = totals();
        auto move = deals().moveToStage(QStringLiteral("d2"), QStringLiteral("s3"), 0.65);
        QVERIFY(move.ok());
        // s3: 100,000 × 0.8 + 20,000 × 0.65 = 93,000.
        QCOMPARE(totals(), (QStringList{"1/10000/1000", "2/45000/24500", "2/120000/93000"}));
        QVERIFY(deals().undoMove(*move).ok());
        QCOMPARE(totals(), before);
        auto deal = deals().deal(QStringLiteral("d2"));
        QCOMPARE(deal->stageId, QStringLiteral("s1"));
        QCOMPARE(deal->probability, std::optional<double>(0.3));
        QCOMPARE(deal->stageEnteredAt, SalesFixture::at("2025-06-10T12:00:00.000Z"));
        QCOMPARE(historyRows(QStringLiteral("d2")), 0);
        QCOMPARE(m_f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = '%1' AND op = 'purge'")
                               .arg(move->historyId)),
                 1);

        QVERIFY(deals().redoMove(*move).ok());
        QCOMPARE(totals(), (QStringList{"1/10000/1000", "2/45000/24500", "2/120000/93000"}));
        auto history = deals().history(QStringLiteral("d2"));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().id, move->historyId);
        QCOMPARE(deals().deal(QStringLiteral("d2"))->stageEnteredAt, enteredAfter(*move));
        QVERIFY(deals().undoMove(*move).ok());
        QCOMPARE(totals(), before);
    }

    void undoRefusedAfterALaterMove()
    {
        auto first = deals().moveToStage(QStringLiteral("d2"), QStringLiteral("s2"));
        auto second = deals().moveToStage(QStringLiteral("d2"), QStringLiteral("s3"));
        QVERIFY(first.ok() && second.ok());
        const Status undone = deals().undoMove(*first);
        QVERIFY(!undone.ok());
        QVERIFY2(undone.error().message.contains(QStringLiteral("stage_id")), qPrintable(undone.error().message));
        QCOMPARE(deals().deal(QStringLiteral("d2"))->stageId, QStringLiteral("s3"));
        QCOMPARE(historyRows(QStringLiteral("d2")), 2);
        QVERIFY(deals().undoMove(*second).ok());
        QVERIFY(deals().undoMove(*first).ok());
        QCOMPARE(deals().deal(QStringLiteral("d2"))->stageId, QStringLiteral("s1"));
        QCOMPARE(historyRows(QStringLiteral("d2")), 0);
    }

    void moveRefusals_data()
    {
        QTest::addColumn<QString>("deal");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("message");
        QTest::newRow("won deal") << "d6" << "s3" << "reopen it first";
        QTest::newRow("deal in the Trash") << "d8" << "s2" << "Trash";
        QTest::newRow("same stage") << "d1" << "s1" << "already in stage";
        QTest::newRow("unknown stage") << "d1" << "zz" << "no pipeline stage";
        QTest::newRow("unknown deal") << "zz" << "s2" << "no deal";
    }
    void moveRefusals()
    {
        QFETCH(QString, deal);
        QFETCH(QString, stage);
        QFETCH(QString, message);
        auto move = deals().moveToStage(deal, stage);
        QVERIFY(!move.ok());
        QVERIFY2(move.error().message.contains(message), qPrintable(move.error().message));
        QCOMPARE(m_f.count(QStringLiteral("SELECT count(*) FROM deal_stage_history")), 0);
    }

    void moveToAnotherPipelineChangesPipeline()
    {
        auto move = deals().moveToStage(QStringLiteral("d1"), QStringLiteral("t1"));
        QVERIFY(move.ok());
        QCOMPARE(deals().deal(QStringLiteral("d1"))->pipelineId, QStringLiteral("p2"));
        QCOMPARE(deals().deal(QStringLiteral("d1"))->probability, std::optional<double>(0.6));
        QVERIFY(deals().undoMove(*move).ok());
        QCOMPARE(deals().deal(QStringLiteral("d1"))->pipelineId, QStringLiteral("p1"));
        QCOMPARE(deals().deal(QStringLiteral("d1"))->probability, std::nullopt);
    }

    void wonLostReopenAndUndo()
    {
        auto won = deals().markWon(QStringLiteral("d1"), SalesFixture::at("2025-06-16T10:00:00.000Z"));
        SALES_VERIFY_OK(won);
        auto deal = deals().deal(QStringLiteral("d1"));
        QCOMPARE(deal->status, DealStatus::Won);
        QCOMPARE(deal->closedAt, SalesFixture::at("2025-06-16T10:00:00.000Z"));
        QCOMPARE(deal->probability, std::optional<double>(1.0));
        QCOMPARE(totals().first(), QStringLiteral("1/20000/6000")); // d1 leaves the board

        auto again = deals().markLost(QStringLiteral("d1"), QStringLiteral("r1"));
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("reopen it first")));

        QVERIFY(deals().undoStatusChange(*won).ok());
        deal = deals().deal(QStringLiteral("d1"));
        QCOMPARE(deal->status, DealStatus::Open);
        QVERIFY(!deal->closedAt.isValid());
        QCOMPARE(deal->probability, std::nullopt);
        QCOMPARE(totals().first(), QStringLiteral("2/30000/7000"));
        QVERIFY(deals().redoStatusChange(*won).ok());
        QCOMPARE(deals().deal(QStringLiteral("d1"))->status, DealStatus::Won);

        auto lost = deals().markLost(QStringLiteral("d2"), QStringLiteral("r2"), SalesFixture::at("2025-06-16T11:00:00.000Z"));
        QVERIFY(lost.ok());
        deal = deals().deal(QStringLiteral("d2"));
        QCOMPARE(deal->status, DealStatus::Lost);
        QCOMPARE(deal->lostReasonId, QStringLiteral("r2"));
        QCOMPARE(deal->probability, std::optional<double>(0.0));
        QCOMPARE(totals().first(), QStringLiteral("0/0/0"));

        auto reopened = deals().reopen(QStringLiteral("d7"));
        QVERIFY(reopened.ok());
        deal = deals().deal(QStringLiteral("d7"));
        QCOMPARE(deal->status, DealStatus::Open);
        QVERIFY(deal->lostReasonId.isEmpty());
        QVERIFY(!deal->closedAt.isValid());
        QCOMPARE(deal->probability, std::optional<double>(0.1)); // s1's default
        QCOMPARE(totals().first(), QStringLiteral("1/7000/700"));
        QVERIFY(deals().undoStatusChange(*reopened).ok());
        deal = deals().deal(QStringLiteral("d7"));
        QCOMPARE(deal->status, DealStatus::Lost);
        QCOMPARE(deal->lostReasonId, QStringLiteral("r1"));
        QCOMPARE(deal->closedAt, SalesFixture::at("2025-05-20T12:00:00.000Z"));

        QVERIFY(!deals().reopen(QStringLiteral("d3")).ok()); // open already
    }

    void lostReasonMustBeInTheList()
    {
        QVERIFY(m_f.db->exec(QStringLiteral("UPDATE lost_reasons SET deleted_at = 'x' WHERE id = 'r2'")).ok());
        for (const QString &reason : {QStringLiteral("nope"), QStringLiteral("r2")}) {
            auto lost = deals().markLost(QStringLiteral("d2"), reason);
            QVERIFY(!lost.ok());
            QVERIFY2(lost.error().message.contains(QStringLiteral("\"lost_reason_id\"")), qPrintable(lost.error().message));
        }
        QVERIFY(deals().markLost(QStringLiteral("d2"), {}).ok()); // no reason given is allowed
    }

    void updateRefusesManagedFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("stage") << "stage_id" << QVariant("s2");
        QTest::newRow("status") << "status" << QVariant("won");
        QTest::newRow("probability above 1") << "probability" << QVariant(2.0);
        QTest::newRow("negative amount") << "amount" << QVariant(-5);
    }
    void updateRefusesManagedFields()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        const Status status = deals().update(QStringLiteral("d1"), {{field, value}});
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(u'"' + field + u'"'), qPrintable(status.error().message));
        QVERIFY(deals().update(QStringLiteral("d1"), {{QStringLiteral("title"), QStringLiteral("Renamed")}}).ok());
        QCOMPARE(deals().deal(QStringLiteral("d1"))->title, QStringLiteral("Renamed"));
    }

    void lineTotal_data()
    {
        QTest::addColumn<QList<double>>("numbers"); // quantity, price, discount triples
        QTest::addColumn<double>("total");
        QTest::newRow("no lines") << QList<double>{} << 0.0;
        QTest::newRow("one line") << QList<double>{3, 1000, 0} << 3000.0;
        QTest::newRow("discounted") << QList<double>{3, 1000, 0.1} << 2700.0;
        QTest::newRow("two lines") << QList<double>{3, 1000, 0.1, 2, 2400, 0.25} << 6300.0;
        QTest::newRow("fractions") << QList<double>{1.5, 333.33, 0.05} << 475.0; // 474.99525 rounds to 0.01
    }
    void lineTotal()
    {
        QFETCH(QList<double>, numbers);
        QFETCH(double, total);
        QList<DealLine> list;
        for (qsizetype i = 0; i + 2 < numbers.size(); i += 3) {
            DealLine line;
            line.quantity = numbers[i];
            line.unitPrice = numbers[i + 1];
            line.discount = numbers[i + 2];
            list << line;
        }
        QCOMPARE(dealLinesTotal(list), total);
    }

    void linesSetAmountAndUndoRestoresIt()
    {
        // d5: manual amount 100,000 in s3 (80 %).
        DealLineInput beans{QStringLiteral("pa"), {}, 3, {}, 0.1}; // 3 × 1,000 × 0.9 = 2,700
        auto first = lines().add(QStringLiteral("d5"), beans);
        SALES_VERIFY_OK(first);
        QCOMPARE(first->amountBefore, 100000.0);
        QCOMPARE(first->amountAfter, 2700.0);
        QCOMPARE(deals().deal(QStringLiteral("d5"))->amount, 2700.0);

        DealLineInput mugs{QStringLiteral("pb"), {}, 2, 2400.0, 0.0}; // 2 × 2,400 = 4,800
        auto second = lines().add(QStringLiteral("d5"), mugs);
        QVERIFY(second.ok());
        QCOMPARE(deals().deal(QStringLiteral("d5"))->amount, 7500.0);
        QCOMPARE(totals().last(), QStringLiteral("1/7500/6000")); // 7,500 × 0.8

        auto changed = lines().update(first->lineId, {QStringLiteral("pa"), {}, 5, {}, 0.2}); // 5 × 1,000 × 0.8
        QVERIFY(changed.ok());
        QCOMPARE(deals().deal(QStringLiteral("d5"))->amount, 8800.0);
        auto list = lines().lines(QStringLiteral("d5"));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).productName, QStringLiteral("Beans"));
        QCOMPARE(list->at(0).amount(), 4000.0);
        QCOMPARE(list->at(1).sku, QStringLiteral("TW-1"));

        const Status manual = deals().update(QStringLiteral("d5"), {{QStringLiteral("amount"), 5}});
        QVERIFY(!manual.ok());
        QVERIFY(manual.error().message.contains(QStringLiteral("\"amount\"")));

        auto removed = lines().remove(second->lineId);
        QVERIFY(removed.ok());
        QCOMPARE(deals().deal(QStringLiteral("d5"))->amount, 4000.0);

        QVERIFY(lines().undo(*removed).ok());
        QCOMPARE(deals().deal(QStringLiteral("d5"))->amount, 8800.0);
        QVERIFY(lines().undo(*changed).ok());
        QCOMPARE(deals().deal(QStringLiteral("d5"))->amount, 7500.0);
        QVERIFY(lines().undo(*second).ok());
        QCOMPARE(deals().deal(QStringLiteral("d5"))->amount, 2700.0);
        QVERIFY(lines().undo(*first).ok());
        QCOMPARE(deals().deal(QStringLiteral("d5"))->amount, 100000.0); // the typed-in amount is back
        QCOMPARE(m_f.count(QStringLiteral("SELECT count(*) FROM deal_lines")), 0);
        QCOMPARE(totals().last(), QStringLiteral("1/100000/80000"));

        QVERIFY(lines().redo(*first).ok());
        QCOMPARE(lines().lines(QStringLiteral("d5"))->first().id, first->lineId);
        QCOMPARE(deals().deal(QStringLiteral("d5"))->amount, 2700.0);
    }

    void lineRefusals_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<double>("quantity");
        QTest::addColumn<double>("discount");
        QTest::addColumn<QString>("field");
        QTest::newRow("zero quantity") << "pa" << 0.0 << 0.0 << "\"quantity\"";
        QTest::newRow("discount above 1") << "pa" << 1.0 << 1.5 << "\"discount\"";
        QTest::newRow("unknown product") << "zz" << 1.0 << 0.0 << "\"product_id\"";
        QTest::newRow("no product, no text") << "" << 1.0 << 0.0 << "\"description\"";
    }
    void lineRefusals()
    {
        QFETCH(QString, product);
        QFETCH(double, quantity);
        QFETCH(double, discount);
        QFETCH(QString, field);
        auto added = lines().add(QStringLiteral("d5"), {product, {}, quantity, {}, discount});
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(field), qPrintable(added.error().message));
        QCOMPARE(deals().deal(QStringLiteral("d5"))->amount, 100000.0);
    }

    void discardDeletesDealWithHistory()
    {
        DealInput input;
        input.title = QStringLiteral("Short-lived");
        input.stageId = QStringLiteral("s2");
        auto id = deals().create(input);
        QVERIFY(id.ok());
        QVERIFY(lines().add(*id, {QStringLiteral("pa"), {}, 1, {}, 0}).ok());
        QVERIFY(deals().discard(*id).ok());
        QCOMPARE(m_f.count(QStringLiteral("SELECT count(*) FROM deals WHERE id = '%1'").arg(*id)), 0);
        QCOMPARE(historyRows(*id), 0);
        QCOMPARE(m_f.count(QStringLiteral("SELECT count(*) FROM deal_lines")), 0);
        // With an activity on it, a deal is not deleted for good.
        QVERIFY(m_f.db->exec(QStringLiteral("INSERT INTO activities(id, type, occurred_at, deal_id, created_at, updated_at) "
                                            "VALUES ('ax', 'call', 'x', 'd1', 'x', 'x')")).ok());
        const Status refused = deals().discard(QStringLiteral("d1"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("activities")));
    }

private:
    static QDateTime enteredAfter(const StageMove &move)
    {
        return QDateTime::fromString(move.after.value(QStringLiteral("stage_entered_at")).toString(), Qt::ISODateWithMs);
    }
};

QTEST_GUILESS_MAIN(tst_SalesDeals)
#include "tst_sales_deals.moc"
