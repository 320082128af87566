// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard as a user sees it, on the fixture of dashboardfixture.h: every chart draws data,
// the tiles show the fixture's KPIs, the period and owner pickers recompute, a click on a bar
// lists exactly the records behind it, and charts and the report export to files.
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/segments/segmentrepository.h"
#include "core/storage/databaseopener.h"
#include "dashboardfixture.h"
#include "ui/dashboard/charts/aovrepeatchart.h"
#include "ui/dashboard/charts/calibrationchart.h"
#include "ui/dashboard/charts/clvchart.h"
#include "ui/dashboard/charts/cohortchart.h"
#include "ui/dashboard/charts/funnelchart.h"
#include "ui/dashboard/charts/leadschart.h"
#include "ui/dashboard/charts/lostreasonschart.h"
#include "ui/dashboard/charts/npschart.h"
#include "ui/dashboard/charts/pipelinechart.h"
#include "ui/dashboard/charts/revenuechart.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/charts/rfmchart.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/dashboard/drilldowndialog.h"
#include "ui/dashboard/drilldowns.h"
#include "ui/dashboard/kpitile.h"

#include <QComboBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Ui;

class tst_Dashboard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DashboardView> m_view;
    const Analytics::Period m_period { QDate(2025, 4, 1), QDate(2025, 6, 30) };

    // Waits for the next result of the view.
    bool waitForData()
    {
        QSignalSpy ready(m_view.get(), &DashboardView::dataReady);
        return ready.wait(30000);
    }

    // Clicks data point `index` of a plottable (as QCustomPlot reports a click) and returns the
    // records of the dialog that opens.
    QStringList clickAndList(QCustomPlot *plot, QCPAbstractPlottable *plottable, int index,
                             int column)
    {
        QSignalSpy opened(m_view.get(), &DashboardView::drillDownOpened);
        Q_EMIT plot->plottableClick(plottable, index, nullptr);
        if (opened.count() != 1)
            return { QStringLiteral("<no dialog>") };
        auto *dialog = opened.at(0).at(0).value<DrillDownDialog *>();
        if (!dialog->isLoaded()) {
            QSignalSpy loaded(dialog, &DrillDownDialog::loaded);
            loaded.wait(10000);
        }
        QStringList values;
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            values.append(dialog->model()->item(row, column)->text());
        values.sort();
        dialog->close();
        return values;
    }

    // Amounts as the dashboard writes them: always with thousands separators.
    static QString money(double value)
    {
        QLocale locale = QLocale::c();
        locale.setNumberOptions(QLocale::DefaultNumberOptions);
        return locale.toString(value, 'f', 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("dashboard.kizuna"));
        auto db = Storage::DatabaseOpener::open(m_path);
        QVERIFY(db.ok());
        const Status loaded = (*db)->exec(QString::fromUtf8(DashboardFixture::Sql));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QVERIFY(DashboardFixture::addHistory(**db).ok());
        qRegisterMetaType<DrillDownDialog *>();

        m_view = std::make_unique<DashboardView>(m_path);
        m_view->resize(1500, 1000);
        m_view->setPeriod(m_period);
        m_view->show();
        QVERIFY(waitForData());
    }
    void cleanupTestCase() { m_view.reset(); }

    void everyChartHasData()
    {
        QCOMPARE(m_view->charts().size(), 11);
        for (ChartWidget *chart : m_view->charts())
            QVERIFY2(chart->hasData(),
                     qPrintable(chart->title() + QStringLiteral(": ") + chart->subtitle()));
        auto *revenue = m_view->chart<RevenueChart>();
        QCOMPARE(revenue->revenueBars()->dataCount(), 3);
        QCOMPARE(revenue->revenueBars()->data()->at(0)->value, 2200.0);
        QCOMPARE(revenue->previousRevenueBars()->data()->at(1)->value, 2500.0);
        QCOMPARE(revenue->ordersLine()->data()->at(0)->value, 2.0);
        auto *leads = m_view->chart<LeadsChart>();
        QCOMPARE(leads->sources(),
                 (QStringList { QStringLiteral("event"), QStringLiteral("web_form") }));
        QCOMPARE(leads->sourceBars().at(0)->data()->at(1)->value, 1.0); // one event lead in May
        QCOMPARE(m_view->chart<FunnelChart>()->bars()->dataCount(), 7);
        QCOMPARE(m_view->chart<LostReasonsChart>()->bars()->dataCount(), 2);
        QCOMPARE(m_view->chart<PipelineChart>()->amountBars()->data()->at(0)->value, 12000.0);
        QCOMPARE(m_view->chart<AovRepeatChart>()->aovLine()->data()->at(0)->value, 1100.0);
        QCOMPARE(m_view->chart<NpsChart>()->npsLine()->data()->at(2)->value, -100.0);
        QVERIFY(m_view->chart<CohortChart>()->colorMap()->data()->keySize() > 0);
        QCOMPARE(m_view->chart<CohortChart>()->colorMap()->data()->valueSize(),
                 2); // cohorts 2025-03, 2025-04
        QCOMPARE(m_view->chart<RfmChart>()->bars()->dataCount(), 11);
        QVERIFY(m_view->chart<ClvChart>()->bars()->dataCount() > 0);
        QVERIFY(m_view->chart<CalibrationChart>()->actualLine()->dataCount() > 0);
        QVERIFY(m_view->chart<CalibrationChart>()->predictedLine()->dataCount() > 0);
    }

    void tilesShowTheKpis()
    {
        // Revenue 7700 against 2500: +208 %.
        KpiTile *revenue = m_view->tile(Kpi::Revenue);
        QCOMPARE(revenue->valueText(), money(7700));
        QVERIFY(revenue->previousText().contains(money(2500)));
        QCOMPARE(revenue->changeText(), QStringLiteral("▲ 208.0 %"));
        QCOMPARE(m_view->tile(Kpi::Orders)->valueText(), QStringLiteral("4"));
        QCOMPARE(m_view->tile(Kpi::WinRate)->valueText(), QStringLiteral("50.0 %"));
        QCOMPARE(m_view->tile(Kpi::Nps)->valueText(), QStringLiteral("40.0"));
        QCOMPARE(m_view->tile(Kpi::PipelineValue)->valueText(), money(12000));
        // Every tile explains its KPI.
        for (KpiTile *tile : m_view->tiles())
            QVERIFY(
                tile->toolTip().contains(KpiDefinitions::definition(tile->kpi()).toHtmlEscaped()));
    }

    void tooltipsNameValues()
    {
        auto *revenue = m_view->chart<RevenueChart>();
        QVERIFY(revenue->valueText(revenue->revenueBars(), 0).contains(money(2200)));
        QVERIFY(revenue->valueText(revenue->previousRevenueBars(), 1).contains(money(2500)));
        // The mouse over the middle of the June bar finds that bar (what the tooltip shows).
        const QPointF top = revenue->revenueBars()->dataPixelPosition(2);
        const auto hit = revenue->hitAt(top + QPointF(0, 20));
        QVERIFY(hit.has_value());
        QCOMPARE(hit->first, revenue->revenueBars());
        QCOMPARE(hit->second, 2);
        QVERIFY(!revenue->hitAt(QPointF(2, 2)).has_value());
        auto *pipeline = m_view->chart<PipelineChart>();
        QVERIFY(pipeline->valueText(pipeline->weightedBars(), 0).contains(money(4000)));
    }

    void drillDownListsTheOrdersOfABar()
    {
        auto *revenue = m_view->chart<RevenueChart>();
        // April: c1 and f2; column 1 is the order number.
        QCOMPARE(clickAndList(revenue->plot(), revenue->revenueBars(), 0, 1),
                 (QStringList { QStringLiteral("N-c1"), QStringLiteral("N-f2") }));
        // The previous period's second bucket: a2 and b1.
        QCOMPARE(clickAndList(revenue->plot(), revenue->previousRevenueBars(), 1, 1),
                 (QStringList { QStringLiteral("N-a2"), QStringLiteral("N-b1") }));
    }

    void drillDownListsContactsAndDeals()
    {
        auto *funnel = m_view->chart<FunnelChart>();
        // Bars are drawn bottom up: data index 3 is the fourth stage from the top (opportunity): D;
        // index 0 the last (churned): B.
        QCOMPARE(Model::Choices::lifecycleStages().at(funnel->stageOf(3)),
                 QStringLiteral("opportunity"));
        QCOMPARE(clickAndList(funnel->plot(), funnel->bars(), 3, 0),
                 QStringList { QStringLiteral("Dan Doi") });
        QCOMPARE(clickAndList(funnel->plot(), funnel->bars(), 0, 0),
                 QStringList { QStringLiteral("Bob Baba") });
        // The Japanese name is written family name first.
        auto *revenue = m_view->chart<RevenueChart>();
        QCOMPARE(clickAndList(revenue->plot(), revenue->revenueBars(), 1, 2),
                 QStringList { QStringLiteral("青木 一郎") });
        auto *lost = m_view->chart<LostReasonsChart>();
        // The bar of 価格 (r1): one deal, lost in April.
        const auto &reasons = m_view->currentData()->lostReasons;
        const int price
            = reasons[static_cast<size_t>(lost->reasonOf(0))].reasonId == QStringLiteral("r1") ? 0
                                                                                               : 1;
        QCOMPARE(clickAndList(lost->plot(), lost->bars(), price, 0),
                 QStringList { QStringLiteral("lost in April") });
        auto *leads = m_view->chart<LeadsChart>();
        // Event leads of June: E.
        QCOMPARE(clickAndList(leads->plot(), leads->sourceBars().at(0), 2, 0),
                 QStringList { QStringLiteral("Eve Endo") });
        auto *cohorts = m_view->chart<CohortChart>();
        // Cohort 2025-04 (row 1), two months later: C.
        QCOMPARE(clickAndList(cohorts->plot(), cohorts->colorMap(), cohorts->cellIndex(1, 2), 0),
                 QStringList { QStringLiteral("Carol Chiba") });
    }

    void monthAxisShowsTheYearWithoutCrowding()
    {
        // In Japanese the year makes a long label; a range starting in December shows it on
        // January only, so the first two labels do not run into each other.
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        const auto label = [](QDate first, bool isFirst) {
            return Ui::DashboardFormat::bucketLabel({first, first.addMonths(1).addDays(-1)},
                                                   Analytics::BucketSize::Month, isFirst);
        };
        const QString december = label(QDate(2025, 12, 1), true);
        const QString january = label(QDate(2026, 1, 1), false);
        const QString april = label(QDate(2025, 4, 1), true);
        QLocale::setDefault(saved);
        QVERIFY2(!december.contains(QStringLiteral("2025")), qPrintable(december));
        QVERIFY2(january.contains(QStringLiteral("2026")), qPrintable(january));
        QVERIFY2(april.contains(QStringLiteral("2025")), qPrintable(april));
    }

    void exportsChartsAndReport()
    {
        for (ChartWidget *chart : m_view->charts()) {
            const QString base
                = m_dir.filePath(QString::fromLatin1(chart->metaObject()->className())
                                     .section(QStringLiteral("::"), -1));
            QVERIFY(chart->savePng(base + QStringLiteral(".png")));
            QVERIFY(chart->savePdf(base + QStringLiteral(".pdf")));
            QVERIFY(QFileInfo(base + QStringLiteral(".png")).size() > 1000);
            QVERIFY(QFileInfo(base + QStringLiteral(".pdf")).size() > 1000);
        }
        const QString report = m_dir.filePath(QStringLiteral("report.pdf"));
        const Status written = m_view->exportReport(report);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        // A title page with the KPI table, then eleven charts two per page.
        const auto pages = QString::fromLatin1(pdf).count(
            QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
        QCOMPARE(pages, 7);
    }

    void ownerFilterRecomputes()
    {
        m_view->setOwnerId(QStringLiteral("u1"));
        QVERIFY(waitForData());
        // Aoki's customers A and C: a3 3000 + c1 1500 + c2 2500.
        QCOMPARE(m_view->tile(Kpi::Revenue)->valueText(), money(7000));
        m_view->setOwnerId(QString());
        QVERIFY(waitForData());
        QCOMPARE(m_view->ownerId(), QString());
        QCOMPARE(m_view->tile(Kpi::Revenue)->valueText(), money(7700));
    }

    void segmentFilterRecomputes()
    {
        // A segment of two of the four customers: A (referral) and F (import).
        {
            auto db = Storage::DatabaseOpener::open(m_path);
            QVERIFY(db.ok());
            auto context = Model::changeContextFor(**db, "tester");
            QVERIFY(context.ok());
            Model::RecordStore store(**db, *context);
            auto rule = Segments::SegmentRule::fromJson(
                R"({"conditions":[{"field":"source","operator":"in","value":["referral","import"]}]})");
            QVERIFY(rule.ok());
            QVERIFY(Segments::SegmentRepository(store).create("Referral and import", *rule).ok());
        }
        m_view->refresh(); // the segment list arrives with the next result
        QVERIFY(waitForData());
        auto *combo = m_view->findChild<QComboBox *>("dashboardSegment");
        QVERIFY(combo);
        QCOMPARE(combo->itemText(0), QStringLiteral("All customers"));
        const int index = combo->findText("Referral and import");
        QVERIFY(index > 0);

        // Choosing it as the user does: a3 3000 (A) + f2 700 (F) in P; a2 2000 before.
        QSignalSpy ready(m_view.get(), &DashboardView::dataReady);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
        QVERIFY(ready.wait(30000));
        QCOMPARE(m_view->segmentId(), combo->itemData(index).toString());
        QCOMPARE(m_view->tile(Kpi::Revenue)->valueText(), money(3700));
        QCOMPARE(m_view->tile(Kpi::Orders)->valueText(), QStringLiteral("2"));
        QCOMPARE(m_view->currentData()->previous.revenue, 2000.0);
        double charted = 0;
        for (const auto &point : m_view->currentData()->sales)
            charted += point.revenue;
        QCOMPARE(charted, 3700.0);

        // With the owner filter too: Aoki owns A only.
        m_view->setOwnerId(QStringLiteral("u1"));
        QVERIFY(waitForData());
        QCOMPARE(m_view->tile(Kpi::Revenue)->valueText(), money(3000));
        m_view->setOwnerId(QString());
        QVERIFY(waitForData());

        // Back to all customers.
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
        QVERIFY(waitForData());
        QCOMPARE(m_view->segmentId(), QString());
        QCOMPARE(m_view->tile(Kpi::Revenue)->valueText(), money(7700));
    }

    // With a segment chosen, the records behind a bar are the segment's only, with the owner
    // filter too; the report's header names both.
    void drillDownsKeepTheSegment()
    {
        QString segmentId;
        {
            auto db = Storage::DatabaseOpener::open(m_path);
            QVERIFY(db.ok());
            auto context = Model::changeContextFor(**db, "tester");
            QVERIFY(context.ok());
            Model::RecordStore store(**db, *context);
            // A (青木, referral, owner Aoki) and F (Fujii, import, owner Baba).
            auto rule = Segments::SegmentRule::fromJson(
                R"({"conditions":[{"field":"source","operator":"in","value":["referral","import"]}]})");
            QVERIFY(rule.ok());
            auto created = Segments::SegmentRepository(store).create("Drill-down segment", *rule);
            QVERIFY(created.ok());
            segmentId = *created;
        }
        auto *revenue = m_view->chart<RevenueChart>();
        auto *funnel = m_view->chart<FunnelChart>();
        int customerStage = -1;
        for (int i = 0; i < funnel->bars()->dataCount(); ++i) {
            if (Model::Choices::lifecycleStages().at(funnel->stageOf(i)) == QStringLiteral("customer"))
                customerStage = i;
        }
        QVERIFY(customerStage >= 0);
        // Without the segment: April has C's and F's orders; 63 contacts are in stage customer
        // (A, C, F and the sixty of the history).
        QCOMPARE(clickAndList(revenue->plot(), revenue->revenueBars(), 0, 1),
                 (QStringList { QStringLiteral("N-c1"), QStringLiteral("N-f2") }));
        QCOMPARE(clickAndList(funnel->plot(), funnel->bars(), customerStage, 0).size(), 63);

        m_view->setSegmentId(segmentId);
        QVERIFY(waitForData());
        QCOMPARE(m_view->dataSegmentId(), segmentId);
        QCOMPARE(clickAndList(revenue->plot(), revenue->revenueBars(), 0, 1),
                 QStringList { QStringLiteral("N-f2") });
        QCOMPARE(clickAndList(revenue->plot(), revenue->revenueBars(), 1, 1),
                 QStringList { QStringLiteral("N-a3") });
        // The previous period's second bucket: a2 (A) but not b1 (B).
        QCOMPARE(clickAndList(revenue->plot(), revenue->previousRevenueBars(), 1, 1),
                 QStringList { QStringLiteral("N-a2") });
        QCOMPARE(clickAndList(funnel->plot(), funnel->bars(), customerStage, 0),
                 (QStringList { QStringLiteral("Fay Fujii"), QStringLiteral("青木 一郎") }));
        QVERIFY(m_view->reportHeader().contains(QStringLiteral("Segment: Drill-down segment")));
        DrillDownDialog *dialog = m_view->openDrillDown(
            DrillDowns::orders(m_period, { QString(), segmentId, m_period.last }, "Orders"));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Orders · segment Drill-down segment"));
        dialog->close();

        // And Baba's only: F's April order; A's May order is Aoki's.
        m_view->setOwnerId(QStringLiteral("u2"));
        QVERIFY(waitForData());
        QCOMPARE(clickAndList(revenue->plot(), revenue->revenueBars(), 0, 1),
                 QStringList { QStringLiteral("N-f2") });
        QCOMPARE(clickAndList(revenue->plot(), revenue->revenueBars(), 1, 1), QStringList());
        QCOMPARE(clickAndList(funnel->plot(), funnel->bars(), customerStage, 0),
                 QStringList { QStringLiteral("Fay Fujii") });
        QVERIFY(m_view->reportHeader().contains(QStringLiteral("Owner: Baba")));
        QVERIFY(m_view->reportHeader().contains(QStringLiteral("Segment: Drill-down segment")));

        m_view->setOwnerId(QString());
        QVERIFY(waitForData());
        m_view->setSegmentId(QString());
        QVERIFY(waitForData());
        QCOMPARE(m_view->dataSegmentId(), QString());
        QVERIFY(m_view->reportHeader().contains(QStringLiteral("Segment: All customers")));
        QCOMPARE(clickAndList(revenue->plot(), revenue->revenueBars(), 0, 1),
                 (QStringList { QStringLiteral("N-c1"), QStringLiteral("N-f2") }));
    }

    void newPeriodRecomputesAndDropsStaleResults()
    {
        // Two requests in a row: the first is cancelled or dropped, the second one is shown.
        m_view->setPeriod({ QDate(2025, 1, 1), QDate(2025, 12, 31) });
        m_view->setPeriod({ QDate(2025, 4, 1), QDate(2025, 4, 30) });
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 30000);
        QCOMPARE(m_view->currentData()->request.period.first, QDate(2025, 4, 1));
        QCOMPARE(m_view->currentData()->request.period.last, QDate(2025, 4, 30));
        QCOMPARE(m_view->tile(Kpi::Revenue)->valueText(), money(2200));
        // Thirty days are shown in weeks: 1–7, 8–14, 15–21, 22–28, 29–30.
        QCOMPARE(m_view->chart<RevenueChart>()->revenueBars()->dataCount(), 5);
        QCOMPARE(m_view->chart<RevenueChart>()->revenueBars()->data()->at(0)->value,
                 700.0); // f2 on 04-03
        QCOMPARE(m_view->chart<RevenueChart>()->revenueBars()->data()->at(2)->value,
                 1500.0); // c1 on 04-20
        if (qEnvironmentVariableIsSet("KIZUNA_DASHBOARD_SCREENSHOT")) {
            m_view->resize(1500, 3400); // everything visible at once
            m_view->setPeriod(m_period);
            QVERIFY(waitForData());
            m_view->grab().save(qEnvironmentVariable("KIZUNA_DASHBOARD_SCREENSHOT"));
        }
    }
};

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
