// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline board (column totals, filters, rotting, keyset pages, index use) and the
// forecast on the hand-built fixture of salesfixture.h.
#include "salesfixture.h"

#include "core/sales/deallistquery.h"
#include "core/sales/forecastquery.h"
#include "core/model/personname.h"
#include "core/sales/pipelineboardquery.h"

#include <QSet>

using namespace Kizuna;
using namespace Kizuna::Sales;

class tst_SalesBoard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;

    PipelineBoardQuery board() { return PipelineBoardQuery(*m_f.db); }

private Q_SLOTS:
    void init() { QVERIFY(m_f.open(m_dir)); }
    void cleanup() { m_f.close(); }

    void columnTotals_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QDate>("month");
        QTest::addColumn<QStringList>("expected"); // count/total/weighted/rotting per stage
        QTest::newRow("all open deals")
            << QString() << QDate() << QStringList{"2/30000/7000/1", "2/45000/24500/1", "1/100000/80000/0"};
        // u1: d1 (s1), d3 (s2), d5 (s3).
        QTest::newRow("owner u1")
            << "u1" << QDate() << QStringList{"1/10000/1000/1", "1/40000/20000/1", "1/100000/80000/0"};
        // u2: d2 20,000 × 0.3; d4 5,000 × 0.9.
        QTest::newRow("owner u2") << "u2" << QDate() << QStringList{"1/20000/6000/0", "1/5000/4500/0", "0/0/0/0"};
        // Expected to close in June 2025: d1 (06-20), d3 (06-30); d8 is in the Trash.
        QTest::newRow("closing in June")
            << QString() << QDate(2025, 6, 11) << QStringList{"1/10000/1000/1", "1/40000/20000/1", "0/0/0/0"};
        QTest::newRow("u2 closing in July")
            << "u2" << QDate(2025, 7, 1) << QStringList{"1/20000/6000/0", "1/5000/4500/0", "0/0/0/0"};
    }
    void columnTotals()
    {
        QFETCH(QString, owner);
        QFETCH(QDate, month);
        QFETCH(QStringList, expected);
        auto columns = board().columns(QStringLiteral("p1"), {owner, month}, SalesFixture::now());
        SALES_VERIFY_OK(columns);
        QStringList got;
        for (const BoardColumn &c : *columns)
            got << QStringLiteral("%1/%2/%3/%4").arg(c.count).arg(c.total, 0, 'f', 0).arg(c.weightedTotal, 0, 'f', 0).arg(c.rottingCount);
        QCOMPARE(got, expected);
        QCOMPARE(columns->at(0).stage.name, QStringLiteral("Lead in"));
        QCOMPARE(columns->at(1).stage.rottingDays, std::optional<int>(5));
        QCOMPARE(columns->at(2).stage.rottingDays, std::nullopt);
    }

    void rottingDependsOnNow()
    {
        // An hour earlier d1 has been in s1 for 13 days 23 h (still > 10) but d3 for 4 days 23 h.
        auto columns = board().columns(QStringLiteral("p1"), {}, SalesFixture::at("2025-06-15T11:00:00.000Z"));
        SALES_VERIFY_OK(columns);
        QCOMPARE(columns->at(0).rottingCount, 1);
        QCOMPARE(columns->at(1).rottingCount, 0);
        // At 12:00:00.001 d4 (exactly 5 days at noon) is rotting too.
        columns = board().columns(QStringLiteral("p1"), {}, SalesFixture::at("2025-06-15T12:00:00.001Z"));
        QCOMPARE(columns->at(1).rottingCount, 2);
    }

    void cardsOfAColumn()
    {
        auto page = board().cards(QStringLiteral("s2"), {}, {}, 10, SalesFixture::now());
        SALES_VERIFY_OK(page);
        QVERIFY(page->atEnd);
        QCOMPARE(page->cards.size(), 2);
        const DealCard &d3 = page->cards.at(0); // entered 1 ms before d4: waiting longest, first
        QCOMPARE(d3.id, QStringLiteral("d3"));
        QCOMPARE(d3.contactName, QStringLiteral("Ken Ito")); // given name first for Latin names
        QCOMPARE(d3.ownerName, QStringLiteral("Aoki"));
        QCOMPARE(d3.amount, 40000.0);
        QCOMPARE(d3.probability, std::nullopt);
        QCOMPARE(d3.effectiveProbability, 0.5);
        QCOMPARE(d3.expectedCloseDate, QDate(2025, 6, 30));
        QCOMPARE(d3.daysInStage, 5);
        QVERIFY(d3.rotting);
        const DealCard &d4 = page->cards.at(1);
        QCOMPARE(d4.id, QStringLiteral("d4"));
        QCOMPARE(d4.effectiveProbability, 0.9);
        QCOMPARE(d4.daysInStage, 5);
        QVERIFY(!d4.rotting);

        page = board().cards(QStringLiteral("s1"), {}, {}, 10, SalesFixture::now());
        QCOMPARE(page->cards.size(), 2); // d8 is in the Trash, d7 is lost
        QCOMPARE(page->cards.at(0).id, QStringLiteral("d1"));
        QCOMPARE(page->cards.at(0).contactName, QStringLiteral("Emma Smith"));
        QCOMPARE(page->cards.at(0).companyName, QStringLiteral("Kawa Trading"));
        QCOMPARE(page->cards.at(0).daysInStage, 14);
        QCOMPARE(page->cards.at(1).contactName, QStringLiteral("佐藤 花子")); // family name first

        page = board().cards(QStringLiteral("s1"), {QStringLiteral("u2"), {}}, {}, 10, SalesFixture::now());
        QCOMPARE(page->cards.size(), 1);
        QCOMPARE(page->cards.at(0).id, QStringLiteral("d2"));
    }

    void oneCardOfAStage()
    {
        // The board pins a card it has just moved on top of its new column.
        auto card = board().card(QStringLiteral("s1"), QStringLiteral("d1"), {}, SalesFixture::now());
        SALES_VERIFY_OK(card);
        QVERIFY(card->has_value());
        QCOMPARE((*card)->title, QStringLiteral("Deal one"));
        QCOMPARE((*card)->enteredAtStamp, QStringLiteral("2025-06-01T12:00:00.000Z"));
        QVERIFY((*card)->rotting);
        // Not in that stage, not passing the filter, closed or in the Trash: none.
        const QList<std::pair<QString, BoardFilter>> none = {
            {QStringLiteral("s2"), {}}, {QStringLiteral("s1"), {QStringLiteral("u2"), {}}}};
        for (const auto &[stage, filter] : none) {
            card = board().card(stage, QStringLiteral("d1"), filter, SalesFixture::now());
            SALES_VERIFY_OK(card);
            QVERIFY(!card->has_value());
        }
        for (const char *closed : {"d7", "d8"}) {
            card = board().card(QStringLiteral("s1"), QString::fromLatin1(closed), {}, SalesFixture::now());
            SALES_VERIFY_OK(card);
            QVERIFY(!card->has_value());
        }
    }

    void keysetPagesCoverTheColumnOnce()
    {
        // 25 more open deals in s3; several share a stage_entered_at so the id decides.
        QString sql;
        for (int i = 0; i < 25; ++i) {
            sql += QStringLiteral("INSERT INTO deals(id, title, pipeline_id, stage_id, amount, status, stage_entered_at, "
                                  "created_at, updated_at) VALUES ('k%1', 'Bulk %1', 'p1', 's3', 100, 'open', "
                                  "'2025-03-%2T08:00:00.000Z', 'x', 'x');")
                       .arg(i, 2, 10, QLatin1Char('0'))
                       .arg(10 + i % 4);
        }
        QVERIFY(m_f.db->exec(sql).ok());
        QStringList seen;
        BoardCursor cursor;
        QList<int> sizes;
        for (int guard = 0; guard < 10; ++guard) {
            auto page = board().cards(QStringLiteral("s3"), {}, cursor, 10, SalesFixture::now());
            SALES_VERIFY_OK(page);
            sizes << int(page->cards.size());
            for (const DealCard &card : page->cards)
                seen << card.id;
            if (page->atEnd)
                break;
            cursor = page->next;
        }
        QCOMPARE(sizes, (QList<int>{10, 10, 6}));
        QCOMPARE(seen.size(), 26);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 26);
        QCOMPARE(seen.first(), QStringLiteral("d5"));  // entered 01-01, the longest waiting
        QCOMPARE(seen.at(1), QStringLiteral("k00"));   // 03-10 08:00: k00, k04, k08 …
        QCOMPARE(seen.at(2), QStringLiteral("k04"));
        QCOMPARE(seen.last(), QStringLiteral("k23"));  // 03-13: k03 … k23
    }

    void queriesUseTheSalesIndexes_data()
    {
        // The queries as PipelineBoardQuery and ForecastQuery write them, and the plan each needs
        // on 100,000 deals: a seek into the index (no scan of a column from its first card, no
        // sort) and, for the sums, no visit of the table.
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("plan");
        const QString entered = QStringLiteral("coalesce(d.stage_entered_at, d.created_at)");
        QTest::newRow("card page after a cursor")
            << QStringLiteral("SELECT d.id, d.title, c.family_name, co.name, u.name FROM deals d "
                              "LEFT JOIN contacts c ON c.id = d.contact_id LEFT JOIN companies co ON co.id = d.company_id "
                              "LEFT JOIN users u ON u.id = d.owner_id "
                              "WHERE d.deleted_at IS NULL AND d.stage_id = ? AND d.status = 'open' "
                              "AND %1 >= ?2 AND (%1 > ?2 OR d.id > ?3) ORDER BY %1, d.id LIMIT 50").arg(entered)
            << "SEARCH d USING INDEX deals_board (stage_id=? AND status=? AND <expr>>?)";
        const QString totals = QStringLiteral(
            "SELECT count(*), coalesce(sum(d.amount), 0), coalesce(sum(d.amount * coalesce(d.probability, ?)), 0) "
            "FROM deals d WHERE d.deleted_at IS NULL AND d.stage_id = ? AND d.status = 'open'");
        QTest::newRow("column totals") << totals << "SEARCH d USING COVERING INDEX deals_board (stage_id=? AND status=?)";
        QTest::newRow("column totals of an owner")
            << totals + QStringLiteral(" AND d.owner_id = ?")
            << "SEARCH d USING COVERING INDEX deals_board (stage_id=? AND status=?)";
        // With a month the board keeps the date test off deals_expected_close ("+"): that index
        // would visit every open deal of the month in the table (rotting count, cards) or sort.
        const QString month = QStringLiteral(" AND +d.expected_close_date >= ? AND +d.expected_close_date < ?");
        QTest::newRow("column totals of a month")
            << totals + QStringLiteral(" AND d.owner_id = ?") + month
            << "SEARCH d USING COVERING INDEX deals_board (stage_id=? AND status=?)";
        QTest::newRow("rotting count of a month")
            << QStringLiteral("SELECT count(*) FROM deals d WHERE d.deleted_at IS NULL AND d.stage_id = ? "
                              "AND d.status = 'open' AND %1 < ?").arg(entered) + month
            << "USING INDEX deals_board (stage_id=? AND status=? AND <expr><?)";
        QTest::newRow("first card page of a month")
            << QStringLiteral("SELECT d.id, d.title, c.family_name FROM deals d "
                              "LEFT JOIN contacts c ON c.id = d.contact_id "
                              "WHERE d.deleted_at IS NULL AND d.stage_id = ? AND d.status = 'open'") + month
                   + QStringLiteral(" ORDER BY %1, d.id LIMIT 51").arg(entered)
            << "SEARCH d USING INDEX deals_board (stage_id=? AND status=?)";
        QTest::newRow("rotting count")
            << QStringLiteral("SELECT count(*) FROM deals d WHERE d.deleted_at IS NULL AND d.stage_id = ? "
                              "AND d.status = 'open' AND %1 < ?").arg(entered)
            << "USING INDEX deals_board (stage_id=? AND status=? AND <expr><?)";
        QTest::newRow("expected revenue by month")
            << QStringLiteral("SELECT substr(d.expected_close_date, 1, 7), count(*), sum(d.amount), "
                              "sum(d.amount * coalesce(d.probability, s.probability, 0)) FROM deals d "
                              "LEFT JOIN pipeline_stages s ON s.id = d.stage_id WHERE d.deleted_at IS NULL "
                              "AND d.status = 'open' AND d.expected_close_date >= ? AND d.expected_close_date < ? "
                              "AND d.owner_id = ? GROUP BY 1")
            << "SEARCH d USING COVERING INDEX deals_expected_close (status=? AND expected_close_date>? AND expected_close_date<?)";
        QTest::newRow("won revenue in a month")
            << QStringLiteral("SELECT count(*), coalesce(sum(d.amount), 0) FROM deals d WHERE d.deleted_at IS NULL "
                              "AND d.status = 'won' AND d.closed_at >= ? AND d.closed_at < ? AND d.pipeline_id = ?")
            << "SEARCH d USING COVERING INDEX deals_won (status=? AND closed_at>? AND closed_at<?)";
    }
    void queriesUseTheSalesIndexes()
    {
        QFETCH(QString, sql);
        QFETCH(QString, plan);
        auto explain = m_f.db->prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        QVERIFY(explain.ok());
        QStringList details;
        while (*explain->step())
            details << explain->columnText(3);
        const QString text = details.join(u'\n');
        QVERIFY2(text.contains(plan), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")), qPrintable(text));
    }

    void cardsRefuseBadArguments()
    {
        QVERIFY(!board().cards(QStringLiteral("s1"), {}, {}, 0, SalesFixture::now()).ok());
        auto unknown = board().cards(QStringLiteral("zz"), {}, {}, 5, SalesFixture::now());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    }

    void forecastByMonth_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QStringList>("expected"); // month expected/open/count won/wonCount
        // June: d1 10,000 × 0.1 + d3 40,000 × 0.5 = 21,000 (d8 in the Trash); won d6 30,000.
        // July: d2 20,000 × 0.3 + d4 5,000 × 0.9 = 10,500; won d9 12,000.
        // August: d5 100,000 × 0.8 = 80,000. May: only the lost d7, which counts nowhere.
        QTest::newRow("everyone") << QString()
                                  << QStringList{"2025-05 0/0/0 0/0", "2025-06 21000/50000/2 30000/1",
                                                 "2025-07 10500/25000/2 12000/1", "2025-08 80000/100000/1 0/0"};
        QTest::newRow("u2") << "u2"
                            << QStringList{"2025-05 0/0/0 0/0", "2025-06 0/0/0 0/0", "2025-07 10500/25000/2 12000/1",
                                           "2025-08 0/0/0 0/0"};
    }
    void forecastByMonth()
    {
        QFETCH(QString, owner);
        QFETCH(QStringList, expected);
        auto months = ForecastQuery(*m_f.db).monthly(QDate(2025, 5, 17), 4, {owner, {}, {}});
        SALES_VERIFY_OK(months);
        QStringList got;
        for (const ForecastMonth &m : *months)
            got << QStringLiteral("%1 %2/%3/%4 %5/%6")
                       .arg(m.month.toString(QStringLiteral("yyyy-MM")))
                       .arg(m.expected, 0, 'f', 0)
                       .arg(m.openAmount, 0, 'f', 0)
                       .arg(m.openCount)
                       .arg(m.won, 0, 'f', 0)
                       .arg(m.wonCount);
        QCOMPARE(got, expected);
    }

    void forecastPipelineFilterAndRange()
    {
        auto months = ForecastQuery(*m_f.db).monthly(QDate(2025, 6, 1), 1, {{}, QStringLiteral("p2"), {}});
        SALES_VERIFY_OK(months);
        QCOMPARE(months->size(), 1);
        QCOMPARE(months->first().expected, 0.0);
        QCOMPARE(months->first().won, 0.0);
        QVERIFY(!ForecastQuery(*m_f.db).monthly(QDate(2025, 6, 1), 0).ok());
    }

    void forecastFollowsTheBoardFilters_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("pipeline");
        QTest::addColumn<QDate>("closeMonth");
        QTest::addColumn<QStringList>("expected"); // month expected/open/count won/wonCount
        // Expected close in July: open d2 20,000 × 0.3 + d4 5,000 × 0.9 = 10,500 of 25,000; won
        // d9 12,000 (expected 07-01, closed 07-03); d6 (expected 06-01) is left out.
        QTest::newRow("close in July")
            << QString() << QString() << QDate(2025, 7, 20)
            << QStringList{"2025-06 0/0/0 0/0", "2025-07 10500/25000/2 12000/1", "2025-08 0/0/0 0/0"};
        // u1 and June: d1 10,000 × 0.1 + d3 40,000 × 0.5 = 21,000 of 50,000; won d6 30,000.
        QTest::newRow("u1, close in June")
            << "u1" << "p1" << QDate(2025, 6, 1)
            << QStringList{"2025-06 21000/50000/2 30000/1", "2025-07 0/0/0 0/0", "2025-08 0/0/0 0/0"};
        // u2 has nothing expected in June (d2 and d4 close in July).
        QTest::newRow("u2, close in June")
            << "u2" << QString() << QDate(2025, 6, 30)
            << QStringList{"2025-06 0/0/0 0/0", "2025-07 0/0/0 0/0", "2025-08 0/0/0 0/0"};
        // August in p1: d5 100,000 × 0.8 (Closing's default) = 80,000.
        QTest::newRow("p1, close in August")
            << QString() << "p1" << QDate(2025, 8, 1)
            << QStringList{"2025-06 0/0/0 0/0", "2025-07 0/0/0 0/0", "2025-08 80000/100000/1 0/0"};
        QTest::newRow("p2, close in June") << QString() << "p2" << QDate(2025, 6, 1)
                                           << QStringList{"2025-06 0/0/0 0/0", "2025-07 0/0/0 0/0",
                                                          "2025-08 0/0/0 0/0"};
    }
    void forecastFollowsTheBoardFilters()
    {
        QFETCH(QString, owner);
        QFETCH(QString, pipeline);
        QFETCH(QDate, closeMonth);
        QFETCH(QStringList, expected);
        auto months = ForecastQuery(*m_f.db).monthly(QDate(2025, 6, 1), 3, {owner, pipeline, closeMonth});
        SALES_VERIFY_OK(months);
        QStringList got;
        for (const ForecastMonth &m : *months)
            got << QStringLiteral("%1 %2/%3/%4 %5/%6")
                       .arg(m.month.toString(QStringLiteral("yyyy-MM")))
                       .arg(m.expected, 0, 'f', 0)
                       .arg(m.openAmount, 0, 'f', 0)
                       .arg(m.openCount)
                       .arg(m.won, 0, 'f', 0)
                       .arg(m.wonCount);
        QCOMPARE(got, expected);
    }

    void dealListOrders_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QDate>("closeMonth");
        QTest::addColumn<QStringList>("ids");
        // Open deals of p1 (d8 is in the Trash): see salesfixture.h.
        using C = DealListColumn;
        QTest::newRow("title") << int(C::Title) << false << QString() << QDate()
                               << QStringList{"d5", "d4", "d1", "d3", "d2"}; // five, four, one, three, two
        // Keys: d4 and d5 "  " (no company, no contact; ties by id), d3 " ito ken",
        // d1 "kawa trading smith emma", d2 "kawa trading 佐藤 花子".
        QTest::newRow("customer") << int(C::Customer) << false << QString() << QDate()
                                  << QStringList{"d4", "d5", "d3", "d1", "d2"};
        QTest::newRow("stage descending") << int(C::Stage) << true << QString() << QDate()
                                          << QStringList{"d5", "d4", "d3", "d2", "d1"};
        QTest::newRow("amount descending") << int(C::Amount) << true << QString() << QDate()
                                           << QStringList{"d5", "d3", "d2", "d1", "d4"};
        // The deal's probability, else the stage's: d1 0.1, d2 0.3, d3 0.5, d5 0.8, d4 0.9.
        QTest::newRow("probability") << int(C::Probability) << false << QString() << QDate()
                                     << QStringList{"d1", "d2", "d3", "d5", "d4"};
        // 80,000 / 20,000 / 6,000 / 4,500 / 1,000.
        QTest::newRow("weighted descending") << int(C::Weighted) << true << QString() << QDate()
                                             << QStringList{"d5", "d3", "d2", "d4", "d1"};
        QTest::newRow("expected close") << int(C::ExpectedClose) << false << QString() << QDate()
                                        << QStringList{"d1", "d3", "d4", "d2", "d5"};
        QTest::newRow("owner descending") << int(C::Owner) << true << QString() << QDate()
                                          << QStringList{"d4", "d2", "d5", "d3", "d1"}; // Baba, then Aoki
        // Most days first: d5 since 01-01, d1 06-01, d3 06-10 11:59:59.999, d2 and d4 06-10 12:00.
        QTest::newRow("days in stage descending") << int(C::DaysInStage) << true << QString() << QDate()
                                                  << QStringList{"d5", "d1", "d3", "d2", "d4"};
        QTest::newRow("days in stage") << int(C::DaysInStage) << false << QString() << QDate()
                                       << QStringList{"d4", "d2", "d3", "d1", "d5"};
        QTest::newRow("u1 by amount") << int(C::Amount) << true << "u1" << QDate()
                                      << QStringList{"d5", "d3", "d1"};
        QTest::newRow("closing in July") << int(C::DaysInStage) << true << QString() << QDate(2025, 7, 31)
                                         << QStringList{"d2", "d4"};
        QTest::newRow("u2 closing in June") << int(C::Amount) << true << "u2" << QDate(2025, 6, 1) << QStringList{};
    }
    void dealListOrders()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QString, owner);
        QFETCH(QDate, closeMonth);
        QFETCH(QStringList, ids);
        DealListFilter filter{QStringLiteral("p1"), {owner, closeMonth}};
        auto got = DealListQuery(*m_f.db).orderedIds(filter, {DealListColumn(column), descending});
        SALES_VERIFY_OK(got);
        QCOMPARE(*got, ids);
    }

    void dealListRows()
    {
        auto rows = DealListQuery(*m_f.db).rows({"d3", "d1", "d8", "zz"}, SalesFixture::now());
        SALES_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 2); // d8 is in the Trash, zz does not exist
        const DealListRow &d3 = rows->at(0);
        QCOMPARE(d3.card.id, QStringLiteral("d3"));
        QCOMPARE(d3.stageName, QStringLiteral("Proposal"));
        QCOMPARE(d3.stagePosition, 1);
        QCOMPARE(d3.card.effectiveProbability, 0.5);
        QCOMPARE(d3.weighted, 20000.0);
        QCOMPARE(d3.card.daysInStage, 5);
        QVERIFY(d3.card.rotting); // 5 days + 1 ms > 5 days
        QCOMPARE(d3.card.contactName, Model::displayName(QStringLiteral("Ito"), QStringLiteral("Ken")));
        const DealListRow &d1 = rows->at(1);
        QCOMPARE(d1.card.companyName, QStringLiteral("Kawa Trading"));
        QCOMPARE(d1.card.ownerName, QStringLiteral("Aoki"));
        QCOMPARE(d1.card.daysInStage, 14);
        QVERIFY(d1.card.rotting);
        QCOMPARE(d1.weighted, 1000.0);
        QCOMPARE(d1.card.expectedCloseDate, QDate(2025, 6, 20));

        std::atomic<bool> cancel{true};
        auto cancelled = DealListQuery(*m_f.db).orderedIds({QStringLiteral("p1"), {}}, {}, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(tst_SalesBoard)
#include "tst_sales_board.moc"
