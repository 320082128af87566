// SPDX-License-Identifier: GPL-3.0-or-later
// The Deals screen's list view and the forecast following the board's filters, on the sales
// fixture (open deals d1…d5 of pipeline p1; d8 is in the Trash): Ctrl+L switches board and list,
// header clicks sort, the owner and month filters apply to both, rotting deals are highlighted,
// Return and double-click open a deal, a stage move shows at once and a long list is read a page
// at a time.
#include "../core/salesfixture.h"

#include "core/model/personname.h"
#include "ui/common/displayformat.h"
#include "ui/common/editsession.h"
#include "ui/dashboard/qcp.h"
#include "ui/deals/deallistmodel.h"
#include "ui/deals/deallistview.h"
#include "ui/deals/dealsscreen.h"
#include "ui/deals/forecastchart.h"
#include "ui/deals/pipelineboardview.h"
#include "ui/deals/stagecardmodel.h"
#include "ui/deals/stagecolumn.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using namespace Kizuna;
using Ui::DealListModel;

class tst_DealsList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;
    std::unique_ptr<Ui::EditSession> m_session;
    std::unique_ptr<Ui::DealsScreen> m_screen;

    Ui::PipelineBoardView *board() const { return m_screen->board(); }
    Ui::DealListView *list() const { return board()->listView(); }
    DealListModel *model() const { return list()->model(); }
    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }
    // The deal titles in list order, once every row is read.
    QStringList titles() const
    {
        QStringList result;
        for (int row = 0; row < model()->rowCount(); ++row)
            result << cell(row, DealListModel::TitleColumn);
        return result;
    }
    bool settled() const { return !model()->isLoading(); }
    void clickHeader(int column)
    {
        QHeaderView *header = list()->tableView()->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }
    static void choose(QComboBox *box, const QString &text)
    {
        box->setFocus();
        QTest::keyClicks(box, text); // a closed combo box selects the item typed
    }
    // A bar's value, -1 before the chart has its months.
    static double bar(QCPBars *bars, int index)
    {
        return index < bars->data()->size() ? bars->data()->at(index)->value : -1.0;
    }
    QWidget *ownerFilter() const { return board()->findChild<QComboBox *>("ownerFilter"); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        QVERIFY(m_f.open(m_dir));
        m_session = std::make_unique<Ui::EditSession>(*m_f.db);
        m_screen = std::make_unique<Ui::DealsScreen>(*m_session);
        board()->setReferenceTime(SalesFixture::now());
        m_screen->forecast()->setFirstMonth(QDate(2025, 6, 1));
        m_screen->resize(1100, 700);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
        m_screen->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    }
    void cleanup()
    {
        m_screen.reset();
        m_session.reset();
        m_f.close();
    }

    void ctrlLShowsTheListAndBack()
    {
        QVERIFY(!board()->isListMode());
        QVERIFY(!list()->isVisible());
        QTest::keyClick(m_screen.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(board()->isListMode()); // a shortcut clicks the button after a moment
        QVERIFY(board()->listToggle()->isChecked());
        QVERIFY(list()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(settled() && model()->rowCount() == 5, 5000);
        // Most days in the stage first, as on the board: d5 (since 01-01), d1, d3, d2, d4.
        QTRY_COMPARE_WITH_TIMEOUT(titles(), (QStringList{"Deal five", "Deal one", "Deal three", "Deal two", "Deal four"}), 5000);
        QCOMPARE(list()->statusLabel()->text(), QString("5 open deal(s)"));

        // d1 in words, and its 14 days in "Lead in" (limit 10) highlighted.
        const int d1 = model()->rowOf("d1");
        QCOMPARE(cell(d1, DealListModel::CustomerColumn), "Kawa Trading · " + Model::displayName("Smith", "Emma"));
        QCOMPARE(cell(d1, DealListModel::StageColumn), QString("Lead in"));
        QCOMPARE(cell(d1, DealListModel::AmountColumn), QString("¥10,000"));
        QCOMPARE(cell(d1, DealListModel::ProbabilityColumn), QString("10 %")); // the stage's default
        QCOMPARE(cell(d1, DealListModel::WeightedColumn), QString("¥1,000"));
        QCOMPARE(cell(d1, DealListModel::ExpectedCloseColumn), Ui::DisplayFormat::date(QDate(2025, 6, 20)));
        QCOMPARE(cell(d1, DealListModel::OwnerColumn), QString("Aoki"));
        QCOMPARE(cell(d1, DealListModel::DaysColumn), QString("14"));
        QVERIFY(model()->index(d1, DealListModel::DaysColumn).data(DealListModel::RottingRole).toBool());
        QVERIFY(model()->index(d1, DealListModel::DaysColumn).data(Qt::BackgroundRole).isValid());
        const int d4 = model()->rowOf("d4"); // exactly 5 days in Proposal (limit 5): not rotting
        QCOMPARE(cell(d4, DealListModel::DaysColumn), QString("5"));
        QVERIFY(!model()->index(d4, DealListModel::DaysColumn).data(Qt::BackgroundRole).isValid());

        QTest::keyClick(m_screen.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(!board()->isListMode());
        QTRY_VERIFY(!board()->isLoading());
        QCOMPARE(board()->columnCount(), 3);
    }

    void headerClicksSort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::newRow("amount") << int(DealListModel::AmountColumn)
                                << QStringList{"Deal four", "Deal one", "Deal two", "Deal three", "Deal five"};
        // 1,000 / 4,500 / 6,000 / 20,000 / 80,000.
        QTest::newRow("weighted") << int(DealListModel::WeightedColumn)
                                  << QStringList{"Deal one", "Deal four", "Deal two", "Deal three", "Deal five"};
        QTest::newRow("stage") << int(DealListModel::StageColumn)
                               << QStringList{"Deal one", "Deal two", "Deal three", "Deal four", "Deal five"};
        QTest::newRow("expected close") << int(DealListModel::ExpectedCloseColumn)
                                        << QStringList{"Deal one", "Deal three", "Deal four", "Deal two", "Deal five"};
    }
    void headerClicksSort()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        board()->setListMode(true);
        QTRY_VERIFY_WITH_TIMEOUT(settled() && model()->rowCount() == 5, 5000);
        clickHeader(column);
        QCOMPARE(list()->tableView()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(titles(), ascending, 5000);
        clickHeader(column);
        QStringList descending(ascending.crbegin(), ascending.crend());
        QTRY_COMPARE_WITH_TIMEOUT(titles(), descending, 5000);
    }

    void filtersApplyToListAndForecast()
    {
        Ui::ForecastChart *chart = m_screen->forecast();
        QTRY_COMPARE_WITH_TIMEOUT(bar(chart->expectedBars(), 0), 21000.0, 5000); // June, everyone
        QCOMPARE(bar(chart->wonBars(), 0), 30000.0);
        board()->setListMode(true);
        QTRY_VERIFY_WITH_TIMEOUT(settled() && model()->rowCount() == 5, 5000);

        // Baba (u2): d2 and d4, both closing in July; the forecast has nothing in June, and in
        // July 20,000 × 0.3 + 5,000 × 0.9 = 10,500 expected and d9's 12,000 won.
        choose(board()->findChild<QComboBox *>("ownerFilter"), "Baba");
        QCOMPARE(board()->filter().ownerId, QString("u2"));
        QTRY_COMPARE_WITH_TIMEOUT(titles(), (QStringList{"Deal two", "Deal four"}), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(bar(chart->expectedBars(), 0), 0.0, 5000);
        QCOMPARE(bar(chart->wonBars(), 0), 0.0);
        QCOMPARE(bar(chart->expectedBars(), 1), 10500.0);
        QCOMPARE(bar(chart->wonBars(), 1), 12000.0);

        // Everyone, closing in June: d1 and d3 (21,000 expected); won: d6 (expected 06-01).
        auto *owner = board()->findChild<QComboBox *>("ownerFilter");
        owner->setFocus();
        QTest::keyClick(owner, Qt::Key_Home); // the first item, "Everyone"
        QCOMPARE(board()->filter().ownerId, QString());
        auto *month = board()->findChild<QComboBox *>("monthFilter");
        month->setFocus();
        month->setCurrentIndex(month->findData(QDate(2025, 6, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(titles(), (QStringList{"Deal one", "Deal three"}), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(bar(chart->expectedBars(), 1), 0.0, 5000); // July left out
        QCOMPARE(bar(chart->expectedBars(), 0), 21000.0);
        QCOMPARE(bar(chart->wonBars(), 0), 30000.0);
        QCOMPARE(bar(chart->wonBars(), 1), 0.0); // d9 was expected on 07-01

        // Back on the board, the same filter.
        board()->setListMode(false);
        QTRY_VERIFY(!board()->isLoading());
        QCOMPARE(board()->column(0)->model()->rowCount(), 1); // d1
    }

    void returnAndDoubleClickOpenTheDeal()
    {
        QSignalSpy opened(m_screen.get(), &Ui::DealsScreen::dealActivated);
        board()->setListMode(true);
        QTRY_COMPARE_WITH_TIMEOUT(titles().value(1), QString("Deal one"), 5000);
        QTableView *table = list()->tableView();
        table->setFocus();
        table->setCurrentIndex(model()->index(1, DealListModel::TitleColumn));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QString("d1"));
        const QRect rect = table->visualRect(model()->index(2, DealListModel::StageColumn));
        // What a double-click delivers: press, release, double-click, release.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(0).toString(), QString("d3"));
    }

    void stageMoveShowsAndUndoes()
    {
        board()->setListMode(true);
        QTRY_VERIFY_WITH_TIMEOUT(settled() && model()->rowCount() == 5, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model()->rowOf("d1"), DealListModel::StageColumn), QString("Lead in"), 5000);
        SALES_VERIFY_OK(board()->moveDeal("d1", "s2"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(model()->rowOf("d1"), DealListModel::StageColumn), QString("Proposal"), 5000);
        QCOMPARE(cell(model()->rowOf("d1"), DealListModel::DaysColumn), QString("0"));
        m_session->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(cell(model()->rowOf("d1"), DealListModel::StageColumn), QString("Lead in"), 5000);
    }

    void longListIsReadAPageAtATime()
    {
        // 450 more open deals in Closing, so 455 rows of which the view shows a few dozen.
        QString sql = "INSERT INTO deals(id, title, pipeline_id, stage_id, amount, status, stage_entered_at, "
                      "owner_id, created_at, updated_at) VALUES ";
        for (int i = 0; i < 450; ++i)
            sql += QString("%1('m%2', 'Many %2', 'p1', 's3', %3, 'open', '2025-06-14T00:00:00.000Z', 'u1', 'x', 'x')")
                       .arg(i ? "," : "")
                       .arg(i, 3, 10, QChar('0'))
                       .arg(1000 + i);
        SALES_VERIFY_OK(m_f.db->exec(sql));
        board()->setListMode(true);
        QTRY_VERIFY_WITH_TIMEOUT(settled() && model()->rowCount() == 455, 5000);
        QCOMPARE(list()->statusLabel()->text(), QString("455 open deal(s)"));
        QCOMPARE(model()->loadedRowCount(), DealListModel::PageSize); // only the first page

        list()->tableView()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(settled() && model()->loadedRowCount() > DealListModel::PageSize, 5000);
        QVERIFY(model()->loadedRowCount() < 455);
        // Ties on the day entered go by id: the last row is m449 (entered 06-14, the latest).
        QTRY_COMPARE_WITH_TIMEOUT(cell(454, DealListModel::TitleColumn), QString("Many 449"), 5000);
        QCOMPARE(cell(454, DealListModel::AmountColumn), QString("¥1,449"));
    }
};

QTEST_MAIN(tst_DealsList)
#include "tst_dealslist.moc"
