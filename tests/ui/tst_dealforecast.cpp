// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast chart of the Deals screen on the hand-built sales fixture: its bars hold the
// ForecastQuery figures and the values worked out by hand, its tooltip says them, and a stage
// move on the board redraws it.
#include "../core/salesfixture.h"

#include "core/sales/forecastquery.h"
#include "ui/common/editsession.h"
#include "ui/dashboard/qcp.h"
#include "ui/deals/dealsscreen.h"
#include "ui/deals/forecastchart.h"
#include "ui/deals/pipelineboardview.h"

#include <QSignalSpy>
#include <QToolButton>
#include <QUndoStack>

using namespace Kizuna;

namespace {

double barValue(QCPBars *bars, int index)
{
    return bars->data()->at(index)->value;
}

} // namespace

class tst_DealForecast : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { QVERIFY(m_f.open(m_dir)); }
    void cleanup() { m_f.close(); }

    void barsMatchQueryAndHandFigures()
    {
        Ui::ForecastChart chart(*m_f.db);
        QSignalSpy loaded(&chart, &Ui::ForecastChart::loaded);
        chart.setFirstMonth(QDate(2025, 6, 15));
        QVERIFY(loaded.wait(5000));
        chart.resize(800, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));

        // By hand (open deals, amount × probability or the stage default, at the close month):
        // June: d1 10,000 × 0.1 + d3 40,000 × 0.5 = 21,000; July: d2 20,000 × 0.3 + d4 5,000 × 0.9
        // = 10,500; August: d5 100,000 × 0.8 = 80,000 (d8 is in the Trash). Won: June d6 30,000,
        // July d9 12,000.
        const QList<double> expected = {21000, 10500, 80000, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        const QList<double> won = {30000, 12000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        QCOMPARE(chart.expectedBars()->data()->size(), Ui::ForecastChart::Months);
        QCOMPARE(chart.wonBars()->data()->size(), Ui::ForecastChart::Months);
        auto query = Sales::ForecastQuery(*m_f.db).monthly(QDate(2025, 6, 1), 12);
        SALES_VERIFY_OK(query);
        for (int i = 0; i < Ui::ForecastChart::Months; ++i) {
            QCOMPARE(barValue(chart.expectedBars(), i), expected.at(i));
            QCOMPARE(barValue(chart.wonBars(), i), won.at(i));
            QCOMPARE(barValue(chart.expectedBars(), i), query->at(i).expected);
            QCOMPARE(barValue(chart.wonBars(), i), query->at(i).won);
            QCOMPARE(chart.months().at(i).month, QDate(2025, 6, 1).addMonths(i));
        }
        QVERIFY(chart.plot()->legend->visible());
        QCOMPARE(chart.plot()->legend->itemCount(), 2);

        const QString tip = chart.monthText(0);
        QVERIFY2(tip.contains("Expected: ¥21,000 (2 open deal(s), ¥50,000 unweighted)"), qPrintable(tip));
        QVERIFY2(tip.contains("Won: ¥30,000 (1 deal(s))"), qPrintable(tip));
        // The month under the middle of the first group of bars is June.
        const double x = chart.plot()->xAxis->coordToPixel(1.0);
        const double y = chart.plot()->yAxis->coordToPixel(1000.0);
        QCOMPARE(chart.monthAt(QPointF(x, y)), 0);
    }

    void screenRedrawsAfterStageMove()
    {
        Ui::EditSession session(*m_f.db);
        Ui::DealsScreen screen(session);
        screen.board()->setReferenceTime(SalesFixture::now());
        Ui::ForecastChart *chart = screen.forecast();
        QSignalSpy loaded(chart, &Ui::ForecastChart::loaded);
        chart->setFirstMonth(QDate(2025, 6, 1));
        QTRY_VERIFY_WITH_TIMEOUT(!chart->months().isEmpty() && chart->months().first().month == QDate(2025, 6, 1), 5000);
        QCOMPARE(barValue(chart->expectedBars(), 0), 21000.0);
        loaded.clear();

        // d1 to Proposal: its probability becomes 0.5, so June = 40,000 × 0.5 + 10,000 × 0.5.
        const Status moved = screen.board()->moveDeal("d1", "s2");
        SALES_VERIFY_OK(moved);
        QTRY_COMPARE_WITH_TIMEOUT(barValue(chart->expectedBars(), 0), 25000.0, 5000);
        session.undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(barValue(chart->expectedBars(), 0), 21000.0, 5000);

        QVERIFY(screen.forecastToggle()->isChecked());
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QVERIFY(chart->isVisible());
        QTest::mouseClick(screen.forecastToggle(), Qt::LeftButton);
        QVERIFY(!chart->isVisible());
    }
};

QTEST_MAIN(tst_DealForecast)
#include "tst_dealforecast.moc"
