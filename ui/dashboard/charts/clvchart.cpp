// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/clvchart.h"

#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/drilldowns.h"

namespace Kizuna::Ui {

ClvChart::ClvChart(QWidget *parent)
    : ChartWidget(Kpi::PredictedClv, parent)
{
}

QString ClvChart::binLabel(int index) const
{
    const auto &bin = data().clv.bins[static_cast<size_t>(index)];
    if (bin.open)
        return tr("%1+", "CLV bin with no upper end").arg(DashboardFormat::money(bin.from));
    return tr("%1–%2", "CLV bin")
        .arg(DashboardFormat::money(bin.from), DashboardFormat::money(bin.to));
}

void ClvChart::draw()
{
    const auto &clv = data().clv;
    qint64 customers = 0;
    for (const auto &bin : clv.bins)
        customers += bin.customers;
    setTitles(tr("Predicted CLV distribution"),
              clv.error.isEmpty() ? tr("%1 customers · next %2 weeks from %3")
                                        .arg(DashboardFormat::count(customers))
                                        .arg(clv.horizonWeeks)
                                        .arg(DashboardFormat::date(clv.calibrationEnd))
                                  : clv.error);
    m_bars = addBars(plot()->xAxis, plot()->yAxis, ChartPalette::series(6), tr("Customers"));
    m_bars->setWidth(0.9);
    QStringList labels;
    double maxValue = 0;
    for (size_t i = 0; i < clv.bins.size(); ++i) {
        labels.append(binLabel(static_cast<int>(i)));
        m_bars->addData(static_cast<double>(i + 1), static_cast<double>(clv.bins[i].customers));
        maxValue = std::max(maxValue, static_cast<double>(clv.bins[i].customers));
    }
    styleCategoryAxis(plot()->xAxis, labels);
    plot()->xAxis->setTickLabelRotation(labels.size() > 6 ? 35 : 0);
    plot()->xAxis->setLabel(tr("Predicted CLV"));
    styleValueAxis(plot()->yAxis, NumberTicker::Style::Number, true);
    plot()->yAxis->setLabel(tr("Customers"));
    plot()->yAxis->setRange(0, std::max(1.0, maxValue * 1.15));
    setHasData(customers > 0);
}

std::optional<DrillDown> ClvChart::drillDownAt(QCPAbstractPlottable *plottable, int index) const
{
    if (plottable != m_bars || index < 0 || static_cast<size_t>(index) >= data().clv.bins.size()
        || data().clv.bins[static_cast<size_t>(index)].customers == 0)
        return std::nullopt;
    return DrillDowns::contacts(
        data().clv.bins[static_cast<size_t>(index)].contactIds,
        tr("Customers with a predicted CLV of %1 (highest first)").arg(binLabel(index)));
}

QString ClvChart::valueText(QCPAbstractPlottable *plottable, int index) const
{
    if (plottable != m_bars || index < 0 || static_cast<size_t>(index) >= data().clv.bins.size())
        return {};
    return tr("<b>CLV %1</b><br>%2 customers")
        .arg(binLabel(index),
             DashboardFormat::count(data().clv.bins[static_cast<size_t>(index)].customers));
}

} // namespace Kizuna::Ui
