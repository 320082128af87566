// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/rfmchart.h"

#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/drilldowns.h"

namespace Kizuna::Ui {

RfmChart::RfmChart(QWidget *parent)
    : ChartWidget(Kpi::Rfm, parent)
{
}

int RfmChart::classOf(int index) const
{
    const int n = static_cast<int>(data().rfm.size());
    return index >= 0 && index < n ? n - 1 - index : -1;
}

void RfmChart::draw()
{
    const auto &rfm = data().rfm;
    const int n = static_cast<int>(rfm.size());
    qint64 total = 0;
    for (const auto &c : rfm)
        total += c.customers;
    setTitles(
        tr("RFM classes"),
        tr("%1 customers scored as of %2")
            .arg(DashboardFormat::count(total), DashboardFormat::date(data().request.period.last)));
    m_bars = addBars(plot()->yAxis, plot()->xAxis, ChartPalette::series(5), tr("Customers"));
    QStringList labels;
    double maxValue = 0;
    for (int i = n - 1; i >= 0; --i) {
        const auto &c = rfm[static_cast<size_t>(i)];
        labels.append(Analytics::rfmClassName(c.rfmClass));
        m_bars->addData(static_cast<double>(n - i), static_cast<double>(c.customers));
        maxValue = std::max(maxValue, static_cast<double>(c.customers));
    }
    styleCategoryAxis(plot()->yAxis, labels);
    styleValueAxis(plot()->xAxis, NumberTicker::Style::Number, true);
    plot()->xAxis->setRange(0, std::max(1.0, maxValue * 1.1));
    setHasData(total > 0);
}

std::optional<DrillDown> RfmChart::drillDownAt(QCPAbstractPlottable *plottable, int index) const
{
    const int c = classOf(index);
    if (plottable != m_bars || c < 0 || data().rfm[static_cast<size_t>(c)].customers == 0)
        return std::nullopt;
    const auto &rfmClass = data().rfm[static_cast<size_t>(c)];
    return DrillDowns::contacts(
        rfmClass.contactIds,
        tr("RFM class %1 (most revenue first)").arg(Analytics::rfmClassName(rfmClass.rfmClass)));
}

QString RfmChart::valueText(QCPAbstractPlottable *plottable, int index) const
{
    const int c = classOf(index);
    if (plottable != m_bars || c < 0)
        return {};
    const auto &rfmClass = data().rfm[static_cast<size_t>(c)];
    return tr("<b>%1</b><br>%2 customers")
        .arg(Analytics::rfmClassName(rfmClass.rfmClass).toHtmlEscaped(),
             DashboardFormat::count(rfmClass.customers));
}

} // namespace Kizuna::Ui
