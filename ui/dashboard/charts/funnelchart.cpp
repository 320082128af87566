// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/funnelchart.h"

#include "ui/common/choicelabels.h"
#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/drilldowns.h"

namespace Kizuna::Ui {

FunnelChart::FunnelChart(QWidget *parent)
    : ChartWidget(Kpi::Funnel, parent)
{
}

int FunnelChart::stageOf(int index) const
{
    // Data are sorted by key; the first stage has the highest key (drawn at the top).
    const int n = static_cast<int>(data().funnel.size());
    return index >= 0 && index < n ? n - 1 - index : -1;
}

void FunnelChart::draw()
{
    const auto &funnel = data().funnel;
    const int n = static_cast<int>(funnel.size());
    qint64 total = 0;
    for (const auto &stage : funnel)
        total += stage.contacts;
    setTitles(tr("Lifecycle funnel"),
              tr("%1 contacts now, by lifecycle stage").arg(DashboardFormat::count(total)));
    m_bars = addBars(plot()->yAxis, plot()->xAxis, ChartPalette::primary(), tr("Contacts"));
    QStringList labels;
    double maxValue = 0;
    for (int i = n - 1; i >= 0; --i) {
        labels.append(ChoiceLabels::lifecycleStage(funnel[static_cast<size_t>(i)].stage));
        const double value = static_cast<double>(funnel[static_cast<size_t>(i)].contacts);
        m_bars->addData(static_cast<double>(n - i), value);
        maxValue = std::max(maxValue, value);
    }
    styleCategoryAxis(plot()->yAxis, labels);
    styleValueAxis(plot()->xAxis, NumberTicker::Style::Number, true);
    plot()->xAxis->setRange(0, std::max(1.0, maxValue * 1.1));
    setHasData(total > 0);
}

std::optional<DrillDown> FunnelChart::drillDownAt(QCPAbstractPlottable *plottable, int index) const
{
    const int stage = stageOf(index);
    if (plottable != m_bars || stage < 0)
        return std::nullopt;
    const QString key = data().funnel[static_cast<size_t>(stage)].stage;
    return DrillDowns::contactsInStage(
        key, scope(),
        tr("Contacts in stage %1").arg(ChoiceLabels::lifecycleStage(key)));
}

QString FunnelChart::valueText(QCPAbstractPlottable *plottable, int index) const
{
    const int stage = stageOf(index);
    if (plottable != m_bars || stage < 0)
        return {};
    qint64 total = 0;
    for (const auto &s : data().funnel)
        total += s.contacts;
    const auto &s = data().funnel[static_cast<size_t>(stage)];
    return tr("<b>%1</b><br>%2 contacts (%3)")
        .arg(ChoiceLabels::lifecycleStage(s.stage), DashboardFormat::count(s.contacts),
             DashboardFormat::percent(
                 total > 0 ? std::optional<double>(static_cast<double>(s.contacts) / total)
                           : std::nullopt));
}

} // namespace Kizuna::Ui
