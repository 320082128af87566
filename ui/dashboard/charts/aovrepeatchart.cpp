// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/aovrepeatchart.h"

#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/drilldowns.h"

#include <cmath>

namespace Kizuna::Ui {

AovRepeatChart::AovRepeatChart(QWidget *parent)
    : ChartWidget(Kpi::Aov, parent)
{
}

void AovRepeatChart::draw()
{
    const auto &d = data();
    setTitles(tr("Average order value and repeat rate"),
              tr("AOV %1 (previous %2) · repeat rate %3 (previous %4)")
                  .arg(DashboardFormat::optionalNumber(d.current.aov),
                       DashboardFormat::optionalNumber(d.previous.aov),
                       DashboardFormat::percent(d.current.repeatRate),
                       DashboardFormat::percent(d.previous.repeatRate)));
    m_previousAov
        = addLine(plot()->xAxis, plot()->yAxis, ChartPalette::light(ChartPalette::primary()),
                  tr("AOV, previous period"), true);
    m_aov = addLine(plot()->xAxis, plot()->yAxis, ChartPalette::primary(), tr("AOV"));
    m_repeat = addLine(plot()->xAxis, plot()->yAxis2, ChartPalette::series(1), tr("Repeat rate"));
    double maxAov = 0;
    bool any = false;
    for (size_t i = 0; i < d.sales.size(); ++i) {
        const double key = static_cast<double>(i + 1);
        if (auto aov = d.sales[i].aov()) {
            m_aov->addData(key, *aov);
            maxAov = std::max(maxAov, *aov);
            any = true;
        }
        if (auto aov = d.previousSales[i].aov()) {
            m_previousAov->addData(key, *aov);
            maxAov = std::max(maxAov, *aov);
        }
        if (auto rate = d.sales[i].repeatRate())
            m_repeat->addData(key, *rate);
    }
    styleCategoryAxis(plot()->xAxis, bucketLabels());
    styleValueAxis(plot()->yAxis);
    styleValueAxis(plot()->yAxis2, NumberTicker::Style::Percent);
    plot()->yAxis2->grid()->setVisible(false);
    plot()->yAxis->setLabel(tr("Average order value"));
    plot()->yAxis2->setLabel(tr("Repeat rate"));
    plot()->yAxis->setRange(0, std::max(1.0, maxAov * 1.2));
    plot()->yAxis2->setRange(0, 1.05);
    showLegend();
    setHasData(any);
}

Kpi AovRepeatChart::kpiOf(QCPAbstractPlottable *plottable) const
{
    return plottable == m_repeat ? Kpi::RepeatRate : Kpi::Aov;
}

int AovRepeatChart::bucketOf(QCPAbstractPlottable *plottable, int index) const
{
    auto *graph = qobject_cast<QCPGraph *>(plottable);
    if (!graph || index < 0 || index >= graph->dataCount())
        return -1;
    const int bucket = static_cast<int>(std::lround(graph->data()->at(index)->key)) - 1;
    return bucket >= 0 && static_cast<size_t>(bucket) < data().buckets.size() ? bucket : -1;
}

std::optional<DrillDown> AovRepeatChart::drillDownAt(QCPAbstractPlottable *plottable,
                                                     int index) const
{
    const int bucket = bucketOf(plottable, index);
    if (bucket < 0)
        return std::nullopt;
    const bool previous = plottable == m_previousAov;
    const auto &period
        = (previous ? data().previousBuckets : data().buckets)[static_cast<size_t>(bucket)];
    return DrillDowns::orders(period, scope(),
                              tr("Orders %1").arg(DashboardFormat::bucketRange(period)));
}

QString AovRepeatChart::valueText(QCPAbstractPlottable *plottable, int index) const
{
    const int bucket = bucketOf(plottable, index);
    if (bucket < 0)
        return {};
    const auto b = static_cast<size_t>(bucket);
    if (plottable == m_previousAov) {
        return tr("<b>%1</b> (previous period)<br>AOV: %2")
            .arg(DashboardFormat::bucketRange(data().previousBuckets[b]),
                 DashboardFormat::optionalNumber(data().previousSales[b].aov()));
    }
    const auto &point = data().sales[b];
    return tr("<b>%1</b><br>AOV: %2<br>Repeat rate: %3 (%4 of %5 active customers had ordered "
              "before)")
        .arg(DashboardFormat::bucketRange(data().buckets[b]),
             DashboardFormat::optionalNumber(point.aov()),
             DashboardFormat::percent(point.repeatRate()),
             DashboardFormat::count(point.activeCustomers - point.newCustomers),
             DashboardFormat::count(point.activeCustomers));
}

} // namespace Kizuna::Ui
