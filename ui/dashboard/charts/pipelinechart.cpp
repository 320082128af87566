// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/pipelinechart.h"

#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/drilldowns.h"

#include <QSet>

namespace Kizuna::Ui {

PipelineChart::PipelineChart(QWidget *parent)
    : ChartWidget(Kpi::PipelineValue, parent)
    , m_group(new QCPBarsGroup(plot()))
{
    m_group->setSpacingType(QCPBarsGroup::stAbsolute);
    m_group->setSpacing(2);
}

QString PipelineChart::stageLabel(int index) const
{
    const auto &stages = data().pipeline;
    QSet<QString> pipelines;
    for (const auto &stage : stages)
        pipelines.insert(stage.pipelineName);
    const auto &stage = stages[static_cast<size_t>(index)];
    return pipelines.size() > 1
        ? tr("%1: %2", "pipeline: stage").arg(stage.pipelineName, stage.stageName)
        : stage.stageName;
}

void PipelineChart::draw()
{
    const auto &d = data();
    setTitles(tr("Open pipeline by stage"),
              tr("%1 open · weighted %2 · light: amount, solid: weighted by probability")
                  .arg(DashboardFormat::money(d.current.pipelineValue),
                       DashboardFormat::money(d.current.weightedPipelineValue)));
    m_group->clear();
    m_amount = addBars(plot()->xAxis, plot()->yAxis, ChartPalette::light(ChartPalette::series(1)),
                       tr("Amount"));
    m_weighted = addBars(plot()->xAxis, plot()->yAxis, ChartPalette::series(1), tr("Weighted"));
    QStringList labels;
    double maxValue = 0;
    qint64 deals = 0;
    for (size_t i = 0; i < d.pipeline.size(); ++i) {
        const auto &stage = d.pipeline[i];
        labels.append(stageLabel(static_cast<int>(i)));
        m_amount->addData(static_cast<double>(i + 1), stage.amount);
        m_weighted->addData(static_cast<double>(i + 1), stage.weighted);
        maxValue = std::max(maxValue, stage.amount);
        deals += stage.deals;
    }
    for (QCPBars *bars : { m_amount, m_weighted }) {
        bars->setWidth(0.35);
        bars->setBarsGroup(m_group);
    }
    styleCategoryAxis(plot()->xAxis, labels);
    styleValueAxis(plot()->yAxis);
    plot()->yAxis->setLabel(tr("Amount"));
    plot()->yAxis->setRange(0, std::max(1.0, maxValue * 1.15));
    showLegend();
    setHasData(deals > 0);
}

std::optional<DrillDown> PipelineChart::drillDownAt(QCPAbstractPlottable *plottable,
                                                    int index) const
{
    if ((plottable != m_amount && plottable != m_weighted) || index < 0
        || static_cast<size_t>(index) >= data().pipeline.size())
        return std::nullopt;
    return DrillDowns::openDeals(data().pipeline[static_cast<size_t>(index)].stageId,
                                 scope(),
                                 tr("Open deals in %1").arg(stageLabel(index)));
}

QString PipelineChart::valueText(QCPAbstractPlottable *plottable, int index) const
{
    if ((plottable != m_amount && plottable != m_weighted) || index < 0
        || static_cast<size_t>(index) >= data().pipeline.size())
        return {};
    const auto &stage = data().pipeline[static_cast<size_t>(index)];
    return tr("<b>%1</b><br>%2 open deals<br>Amount: %3<br>Weighted: %4")
        .arg(stageLabel(index).toHtmlEscaped(), DashboardFormat::count(stage.deals),
             DashboardFormat::money(stage.amount), DashboardFormat::money(stage.weighted));
}

} // namespace Kizuna::Ui
