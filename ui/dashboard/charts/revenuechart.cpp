// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/revenuechart.h"

#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/drilldowns.h"

namespace Kizuna::Ui {

RevenueChart::RevenueChart(QWidget *parent)
    : ChartWidget(Kpi::Revenue, parent)
    , m_group(new QCPBarsGroup(plot()))
{
    m_group->setSpacingType(QCPBarsGroup::stAbsolute);
    m_group->setSpacing(2);
}

void RevenueChart::draw()
{
    const auto &d = data();
    setTitles(tr("Revenue and orders"),
              tr("Bars: revenue · lines: orders · light: previous period (%1)")
                  .arg(DashboardFormat::period(d.request.period.previous())));
    m_group->clear();
    m_previousRevenue
        = addBars(plot()->xAxis, plot()->yAxis, ChartPalette::light(ChartPalette::primary()),
                  tr("Revenue, previous period"));
    m_revenue = addBars(plot()->xAxis, plot()->yAxis, ChartPalette::primary(), tr("Revenue"));
    for (QCPBars *bars : { m_previousRevenue, m_revenue }) {
        bars->setWidth(0.35);
        bars->setBarsGroup(m_group);
    }
    m_previousOrders
        = addLine(plot()->xAxis, plot()->yAxis2, ChartPalette::light(ChartPalette::accent()),
                  tr("Orders, previous period"), true);
    m_orders = addLine(plot()->xAxis, plot()->yAxis2, ChartPalette::accent(), tr("Orders"));

    double maxRevenue = 0;
    double maxOrders = 0;
    bool any = false;
    for (size_t i = 0; i < d.sales.size(); ++i) {
        const double key = static_cast<double>(i + 1);
        const auto &now = d.sales[i];
        const auto &before = d.previousSales[i];
        m_revenue->addData(key, now.revenue);
        m_previousRevenue->addData(key, before.revenue);
        m_orders->addData(key, static_cast<double>(now.orders));
        m_previousOrders->addData(key, static_cast<double>(before.orders));
        maxRevenue = std::max({ maxRevenue, now.revenue, before.revenue });
        maxOrders = std::max(
            { maxOrders, static_cast<double>(now.orders), static_cast<double>(before.orders) });
        any = any || now.orders > 0 || before.orders > 0;
    }
    styleCategoryAxis(plot()->xAxis, bucketLabels());
    styleValueAxis(plot()->yAxis);
    styleValueAxis(plot()->yAxis2, NumberTicker::Style::Number, true);
    plot()->yAxis2->grid()->setVisible(false);
    plot()->yAxis->setLabel(tr("Revenue"));
    plot()->yAxis2->setLabel(tr("Orders"));
    plot()->yAxis->setRange(0, std::max(1.0, maxRevenue * 1.15));
    plot()->yAxis2->setRange(0, std::max(1.0, maxOrders * 1.15));
    showLegend();
    setHasData(any);
}

bool RevenueChart::isPrevious(QCPAbstractPlottable *plottable) const
{
    return plottable == m_previousRevenue || plottable == m_previousOrders;
}

Kpi RevenueChart::kpiOf(QCPAbstractPlottable *plottable) const
{
    return plottable == m_orders || plottable == m_previousOrders ? Kpi::Orders : Kpi::Revenue;
}

std::optional<DrillDown> RevenueChart::drillDownAt(QCPAbstractPlottable *plottable, int index) const
{
    if (!plottable || index < 0 || static_cast<size_t>(index) >= data().buckets.size())
        return std::nullopt;
    const auto &bucket = isPrevious(plottable) ? data().previousBuckets[static_cast<size_t>(index)]
                                               : data().buckets[static_cast<size_t>(index)];
    return DrillDowns::orders(bucket, scope(),
                              tr("Orders %1").arg(DashboardFormat::bucketRange(bucket)));
}

QString RevenueChart::valueText(QCPAbstractPlottable *plottable, int index) const
{
    if (index < 0 || static_cast<size_t>(index) >= data().buckets.size())
        return {};
    const auto i = static_cast<size_t>(index);
    const bool previous = isPrevious(plottable);
    const auto &bucket = previous ? data().previousBuckets[i] : data().buckets[i];
    const auto &point = previous ? data().previousSales[i] : data().sales[i];
    return tr("<b>%1</b>%2<br>Revenue: %3<br>Orders: %4")
        .arg(DashboardFormat::bucketRange(bucket), previous ? tr(" (previous period)") : QString(),
             DashboardFormat::money(point.revenue), DashboardFormat::count(point.orders));
}

} // namespace Kizuna::Ui
