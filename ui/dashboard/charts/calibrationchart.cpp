// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/calibrationchart.h"

#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/drilldowns.h"

namespace Kizuna::Ui {

namespace {
double keyOf(QDate day)
{
    return QCPAxisTickerDateTime::dateTimeToKey(day.startOfDay(Qt::UTC));
}
} // namespace

CalibrationChart::CalibrationChart(QWidget *parent)
    : ChartWidget(Kpi::Calibration, parent)
{
}

Analytics::Period CalibrationChart::weekOf(int index) const
{
    const auto &clv = data().clv;
    const int week = clv.tracking[static_cast<size_t>(index)].week;
    const QDate first = clv.trackingStart.addDays(7 * (week - 1));
    return { first, first.addDays(6) };
}

void CalibrationChart::draw()
{
    const auto &clv = data().clv;
    QString subtitle = clv.error;
    if (subtitle.isEmpty() && clv.holdoutPredicted && clv.holdoutActual) {
        subtitle = tr("Hold-out %1: predicted %2, actual %3 repeat purchases")
                       .arg(DashboardFormat::period(data().request.period),
                            DashboardFormat::number(*clv.holdoutPredicted, 0),
                            DashboardFormat::number(*clv.holdoutActual, 0));
    }
    setTitles(KpiDefinitions::name(Kpi::Calibration), subtitle);
    m_actual = addLine(plot()->xAxis, plot()->yAxis, ChartPalette::primary(), tr("Actual"));
    m_predicted = addLine(plot()->xAxis, plot()->yAxis, ChartPalette::accent(),
                          tr("Predicted (BG/NBD)"), true);
    for (QCPGraph *graph : { m_actual, m_predicted })
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
    double maxValue = 0;
    for (const auto &point : clv.tracking) {
        const double key = keyOf(clv.trackingStart.addDays(7 * point.week));
        m_actual->addData(key, point.actual);
        m_predicted->addData(key, point.predicted);
        maxValue = std::max({ maxValue, point.actual, point.predicted });
    }
    if (clv.tracking.empty()) {
        styleValueAxis(plot()->yAxis);
        setHasData(false);
        return;
    }
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM"));
    ticker->setTickCount(6);
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setBasePen(QPen(ChartPalette::muted(), 0));
    plot()->xAxis->setTickPen(QPen(ChartPalette::muted(), 0));
    plot()->xAxis->setSubTickPen(Qt::NoPen);
    plot()->xAxis->setTickLabelColor(ChartPalette::text());
    plot()->xAxis->grid()->setVisible(false);
    styleValueAxis(plot()->yAxis);
    plot()->yAxis->setLabel(tr("Cumulative repeat purchases"));
    {
        plot()->xAxis->setRange(keyOf(clv.trackingStart),
                                keyOf(clv.trackingStart.addDays(7 * clv.tracking.back().week)));
        auto *cut = new QCPItemStraightLine(plot());
        const double x = keyOf(clv.calibrationEnd.addDays(1));
        cut->point1->setCoords(x, 0);
        cut->point2->setCoords(x, 1);
        cut->setPen(QPen(ChartPalette::muted(), 1, Qt::DashLine));
        auto *label = new QCPItemText(plot());
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(x, maxValue * 1.05);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setText(tr("hold-out →"));
        label->setColor(ChartPalette::muted().darker(130));
        label->setPadding(QMargins(0, 0, 4, 0));
    }
    plot()->yAxis->setRange(0, std::max(1.0, maxValue * 1.1));
    showLegend();
    setHasData(!clv.tracking.empty());
}

std::optional<DrillDown> CalibrationChart::drillDownAt(QCPAbstractPlottable *plottable,
                                                       int index) const
{
    if ((plottable != m_actual && plottable != m_predicted) || index < 0
        || static_cast<size_t>(index) >= data().clv.tracking.size())
        return std::nullopt;
    const auto week = weekOf(index);
    // The tracking curve is over all customers (see computeDashboard): so are its orders.
    return DrillDowns::orders(week, DrillDownScope {},
                              tr("Orders %1").arg(DashboardFormat::bucketRange(week)));
}

QString CalibrationChart::valueText(QCPAbstractPlottable *plottable, int index) const
{
    if ((plottable != m_actual && plottable != m_predicted) || index < 0
        || static_cast<size_t>(index) >= data().clv.tracking.size())
        return {};
    const auto &point = data().clv.tracking[static_cast<size_t>(index)];
    const auto week = weekOf(index);
    return tr("<b>Week %1</b> (%2)<br>Actual: %3<br>Predicted: %4%5")
        .arg(point.week)
        .arg(DashboardFormat::bucketRange(week), DashboardFormat::number(point.actual, 0),
             DashboardFormat::number(point.predicted, 1),
             week.first > data().clv.calibrationEnd ? tr("<br>(hold-out)")
                                                    : tr("<br>(calibration)"));
}

} // namespace Kizuna::Ui
