// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/npschart.h"

#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/drilldowns.h"

#include <cmath>

namespace Kizuna::Ui {

NpsChart::NpsChart(QWidget *parent)
    : ChartWidget(Kpi::Nps, parent)
{
}

void NpsChart::draw()
{
    const auto &d = data();
    setTitles(
        tr("NPS trend"),
        tr("NPS %1 (previous period %2) · bars: answers")
            .arg(DashboardFormat::points(d.current.nps), DashboardFormat::points(d.previous.nps)));
    m_answers = addBars(plot()->xAxis, plot()->yAxis2, ChartPalette::light(ChartPalette::series(4)),
                        tr("Answers"));
    m_nps = addLine(plot()->xAxis, plot()->yAxis, ChartPalette::series(4), tr("NPS"));
    double maxAnswers = 0;
    double low = 0;
    double high = 0;
    bool any = false;
    for (size_t i = 0; i < d.nps.size(); ++i) {
        const double key = static_cast<double>(i + 1);
        m_answers->addData(key, static_cast<double>(d.nps[i].answers));
        maxAnswers = std::max(maxAnswers, static_cast<double>(d.nps[i].answers));
        if (auto nps = d.nps[i].nps()) {
            m_nps->addData(key, *nps);
            low = std::min(low, *nps);
            high = std::max(high, *nps);
            any = true;
        }
    }
    styleCategoryAxis(plot()->xAxis, bucketLabels());
    styleValueAxis(plot()->yAxis);
    styleValueAxis(plot()->yAxis2, NumberTicker::Style::Number, true);
    plot()->yAxis2->grid()->setVisible(false);
    plot()->yAxis->setLabel(tr("NPS (points)"));
    plot()->yAxis2->setLabel(tr("Answers"));
    // Round the NPS range out to tens, always showing zero.
    plot()->yAxis->setRange(std::floor(low / 10.0 - 0.5) * 10.0,
                            std::ceil(high / 10.0 + 0.5) * 10.0);
    plot()->yAxis2->setRange(0, std::max(1.0, maxAnswers * 2.5)); // bars stay in the lower part
    showLegend();
    setHasData(any);
}

int NpsChart::bucketOf(QCPAbstractPlottable *plottable, int index) const
{
    double key = -1;
    if (plottable == m_nps && index >= 0 && index < m_nps->dataCount())
        key = m_nps->data()->at(index)->key;
    else if (plottable == m_answers && index >= 0 && index < m_answers->dataCount())
        key = m_answers->data()->at(index)->key;
    const int bucket = static_cast<int>(std::lround(key)) - 1;
    return bucket >= 0 && static_cast<size_t>(bucket) < data().buckets.size() ? bucket : -1;
}

std::optional<DrillDown> NpsChart::drillDownAt(QCPAbstractPlottable *plottable, int index) const
{
    const int bucket = bucketOf(plottable, index);
    if (bucket < 0)
        return std::nullopt;
    const auto &period = data().buckets[static_cast<size_t>(bucket)];
    return DrillDowns::surveyAnswers(
        period, scope(),
        tr("Survey answers %1").arg(DashboardFormat::bucketRange(period)));
}

QString NpsChart::valueText(QCPAbstractPlottable *plottable, int index) const
{
    const int bucket = bucketOf(plottable, index);
    if (bucket < 0)
        return {};
    const auto &point = data().nps[static_cast<size_t>(bucket)];
    return tr("<b>%1</b><br>NPS: %2<br>%3 answers: %4 promoters, %5 detractors")
        .arg(DashboardFormat::bucketRange(data().buckets[static_cast<size_t>(bucket)]),
             DashboardFormat::points(point.nps()), DashboardFormat::count(point.answers),
             DashboardFormat::count(point.promoters), DashboardFormat::count(point.detractors));
}

} // namespace Kizuna::Ui
