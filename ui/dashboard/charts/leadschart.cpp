// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/leadschart.h"

#include "ui/common/choicelabels.h"
#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/drilldowns.h"

#include <algorithm>

namespace Kizuna::Ui {

namespace {
QString sourceName(const QString &key)
{
    return key.isEmpty() ? LeadsChart::tr("No source") : ChoiceLabels::sourceChannel(key);
}
} // namespace

LeadsChart::LeadsChart(QWidget *parent)
    : ChartWidget(Kpi::NewLeads, parent)
{
}

void LeadsChart::draw()
{
    const auto &d = data();
    QMap<QString, qint64> totals;
    for (const auto &bucket : d.newLeads) {
        for (auto it = bucket.cbegin(); it != bucket.cend(); ++it)
            totals[it.key()] += it.value();
    }
    m_sources = totals.keys();
    std::stable_sort(m_sources.begin(), m_sources.end(), [&](const QString &a, const QString &b) {
        return totals.value(a) > totals.value(b);
    });
    setTitles(tr("New leads by source"),
              tr("%1 new leads (previous period: %2)")
                  .arg(DashboardFormat::count(d.current.newLeads),
                       DashboardFormat::count(d.previous.newLeads)));
    m_bars.clear();
    QCPBars *below = nullptr;
    double maxStack = 0;
    std::vector<double> stack(d.buckets.size(), 0.0);
    for (int s = 0; s < m_sources.size(); ++s) {
        QCPBars *bars = addBars(plot()->xAxis, plot()->yAxis, ChartPalette::series(s),
                                sourceName(m_sources.at(s)));
        bars->setStackingGap(1);
        for (size_t i = 0; i < d.newLeads.size(); ++i) {
            const double value = static_cast<double>(d.newLeads[i].value(m_sources.at(s)));
            bars->addData(static_cast<double>(i + 1), value);
            stack[i] += value;
            maxStack = std::max(maxStack, stack[i]);
        }
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_bars.append(bars);
    }
    styleCategoryAxis(plot()->xAxis, bucketLabels());
    styleValueAxis(plot()->yAxis, NumberTicker::Style::Number, true);
    plot()->yAxis->setLabel(tr("Leads"));
    plot()->yAxis->setRange(0, std::max(1.0, maxStack * 1.15));
    if (!m_bars.isEmpty())
        showLegend();
    setHasData(maxStack > 0);
}

int LeadsChart::sourceIndex(QCPAbstractPlottable *plottable) const
{
    for (int s = 0; s < m_bars.size(); ++s) {
        if (m_bars.at(s) == plottable)
            return s;
    }
    return -1;
}

std::optional<DrillDown> LeadsChart::drillDownAt(QCPAbstractPlottable *plottable, int index) const
{
    const int s = sourceIndex(plottable);
    if (s < 0 || index < 0 || static_cast<size_t>(index) >= data().buckets.size())
        return std::nullopt;
    const auto &bucket = data().buckets[static_cast<size_t>(index)];
    return DrillDowns::newLeads(
        bucket, m_sources.at(s), scope(),
        tr("New leads from %1, %2")
            .arg(sourceName(m_sources.at(s)), DashboardFormat::bucketRange(bucket)));
}

QString LeadsChart::valueText(QCPAbstractPlottable *plottable, int index) const
{
    const int s = sourceIndex(plottable);
    if (s < 0 || index < 0 || static_cast<size_t>(index) >= data().buckets.size())
        return {};
    const auto i = static_cast<size_t>(index);
    qint64 total = 0;
    for (qint64 n : data().newLeads[i])
        total += n;
    return tr("<b>%1</b><br>%2: %3 of %4 new leads")
        .arg(DashboardFormat::bucketRange(data().buckets[i]), sourceName(m_sources.at(s)),
             DashboardFormat::count(data().newLeads[i].value(m_sources.at(s))),
             DashboardFormat::count(total));
}

} // namespace Kizuna::Ui
