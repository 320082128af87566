// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/lostreasonschart.h"

#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/drilldowns.h"

namespace Kizuna::Ui {

namespace {
QString reasonName(const QString &name)
{
    return name.isEmpty() ? LostReasonsChart::tr("No reason given") : name;
}
} // namespace

LostReasonsChart::LostReasonsChart(QWidget *parent)
    : ChartWidget(Kpi::WinRate, parent)
{
}

int LostReasonsChart::reasonOf(int index) const
{
    const int n = static_cast<int>(data().lostReasons.size());
    return index >= 0 && index < n ? n - 1 - index : -1;
}

void LostReasonsChart::draw()
{
    const auto &d = data();
    qint64 won = 0;
    qint64 lost = 0;
    for (const auto &point : d.dealOutcomes) {
        won += point.won;
        lost += point.lost;
    }
    setTitles(tr("Win rate and lost reasons"),
              tr("Win rate %1 (previous period %2) · %3 won, %4 lost")
                  .arg(DashboardFormat::percent(d.current.winRate),
                       DashboardFormat::percent(d.previous.winRate), DashboardFormat::count(won),
                       DashboardFormat::count(lost)));
    const auto &reasons = d.lostReasons;
    const int n = static_cast<int>(reasons.size());
    m_bars = addBars(plot()->yAxis, plot()->xAxis, ChartPalette::series(3), tr("Lost deals"));
    QStringList labels;
    double maxValue = 0;
    for (int i = n - 1; i >= 0; --i) {
        const auto &reason = reasons[static_cast<size_t>(i)];
        labels.append(reasonName(reason.reason));
        m_bars->addData(static_cast<double>(n - i), static_cast<double>(reason.deals));
        maxValue = std::max(maxValue, static_cast<double>(reason.deals));
    }
    styleCategoryAxis(plot()->yAxis, labels);
    styleValueAxis(plot()->xAxis, NumberTicker::Style::Number, true);
    plot()->xAxis->setLabel(tr("Deals lost in the period"));
    plot()->xAxis->setRange(0, std::max(1.0, maxValue * 1.1));
    setHasData(n > 0);
}

std::optional<DrillDown> LostReasonsChart::drillDownAt(QCPAbstractPlottable *plottable,
                                                       int index) const
{
    const int r = reasonOf(index);
    if (plottable != m_bars || r < 0)
        return std::nullopt;
    const auto &reason = data().lostReasons[static_cast<size_t>(r)];
    return DrillDowns::lostDeals(data().request.period, reason.reasonId, scope(),
                                 tr("Deals lost: %1").arg(reasonName(reason.reason)));
}

QString LostReasonsChart::valueText(QCPAbstractPlottable *plottable, int index) const
{
    const int r = reasonOf(index);
    if (plottable != m_bars || r < 0)
        return {};
    const auto &reason = data().lostReasons[static_cast<size_t>(r)];
    return tr("<b>%1</b><br>%2 deals lost")
        .arg(reasonName(reason.reason).toHtmlEscaped(), DashboardFormat::count(reason.deals));
}

} // namespace Kizuna::Ui
