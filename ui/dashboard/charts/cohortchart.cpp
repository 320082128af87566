// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/cohortchart.h"

#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/drilldowns.h"

#include <cmath>
#include <limits>

namespace Kizuna::Ui {

CohortChart::CohortChart(QWidget *parent)
    : ChartWidget(Kpi::CohortRetention, parent)
{
}

void CohortChart::draw()
{
    const auto &cohorts = data().cohorts;
    const int rows = static_cast<int>(cohorts.size());
    m_columns = 0;
    double top = 0; // the colour scale ends at the highest share after month 0
    for (const auto &cohort : cohorts) {
        m_columns = std::max(m_columns, static_cast<int>(cohort.active.size()));
        for (size_t k = 1; k < cohort.active.size(); ++k)
            top = std::max(top, cohort.active[k]);
    }
    setTitles(
        KpiDefinitions::name(Kpi::CohortRetention),
        tr("Share of each month's new customers ordering again, by months since the first order"));
    m_map = new QCPColorMap(plot()->xAxis, plot()->yAxis);
    m_map->setName(tr("Retention"));
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    if (rows == 0 || m_columns == 0) {
        setHasData(false);
        return;
    }
    m_map->data()->setSize(m_columns, rows);
    // Cell (k, r) is centred on x = k, y = rows − r (cohort 0 at the top).
    m_map->data()->setRange(QCPRange(0, m_columns - 1), QCPRange(1, rows));
    QStringList labels;
    for (int r = 0; r < rows; ++r) {
        const auto &cohort = cohorts[static_cast<size_t>(r)];
        for (int k = 0; k < m_columns; ++k) {
            const bool has = static_cast<size_t>(k) < cohort.active.size();
            m_map->data()->setCell(k, rows - 1 - r,
                                   has ? cohort.active[static_cast<size_t>(k)]
                                       : std::numeric_limits<double>::quiet_NaN());
            if (has && (rows * m_columns) <= 400) {
                auto *text = new QCPItemText(plot());
                text->position->setCoords(k, rows - r);
                text->setText(
                    QString::number(std::lround(cohort.active[static_cast<size_t>(k)] * 100)));
                QFont small = font();
                small.setPointSizeF(small.pointSizeF() * 0.75);
                text->setFont(small);
                const double share
                    = top > 0 ? std::min(1.0, cohort.active[static_cast<size_t>(k)] / top) : 0;
                text->setColor(share > 0.55 ? QColor(Qt::white) : ChartPalette::text());
            }
        }
    }
    for (int r = rows - 1; r >= 0; --r) {
        const auto &cohort = cohorts[static_cast<size_t>(r)];
        labels.append(tr("%1 (%2)", "cohort month (customers)")
                          .arg(DashboardFormat::month(cohort.month, true),
                               DashboardFormat::count(cohort.customers)));
    }
    QCPColorGradient gradient;
    gradient.setColorStopAt(0, QColor(0xf4, 0xf7, 0xfb));
    gradient.setColorStopAt(1, ChartPalette::primary());
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(gradient);
    m_map->setDataRange(QCPRange(0, top > 0 ? top : 1));

    styleCategoryAxis(plot()->yAxis, labels);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setRange(-0.5, m_columns - 0.5);
    plot()->xAxis->setLabel(tr("Months since the first order (cells: % of the cohort)"));
    plot()->xAxis->setBasePen(Qt::NoPen);
    plot()->xAxis->setTickPen(Qt::NoPen);
    plot()->xAxis->setSubTickPen(Qt::NoPen);
    plot()->xAxis->grid()->setVisible(false);
    plot()->yAxis->setRange(0.5, rows + 0.5);
    setHasData(true);
}

std::optional<std::pair<int, int>> CohortChart::cellOf(int index) const
{
    if (m_columns <= 0 || index < 0)
        return std::nullopt;
    const int cohort = index / m_columns;
    const int since = index % m_columns;
    const auto &cohorts = data().cohorts;
    if (static_cast<size_t>(cohort) >= cohorts.size()
        || static_cast<size_t>(since) >= cohorts[static_cast<size_t>(cohort)].active.size())
        return std::nullopt;
    return std::make_pair(cohort, since);
}

std::optional<std::pair<QCPAbstractPlottable *, int>> CohortChart::hitAt(const QPointF &pos) const
{
    if (!m_map || m_columns <= 0 || !plot()->axisRect()->rect().contains(pos.toPoint()))
        return std::nullopt;
    const double x = plot()->xAxis->pixelToCoord(pos.x());
    const double y = plot()->yAxis->pixelToCoord(pos.y());
    const int since = static_cast<int>(std::lround(x));
    const int cohort = static_cast<int>(data().cohorts.size()) - static_cast<int>(std::lround(y));
    if (since < 0 || since >= m_columns || cohort < 0)
        return std::nullopt;
    const int index = cellIndex(cohort, since);
    if (!cellOf(index))
        return std::nullopt;
    return std::make_pair(static_cast<QCPAbstractPlottable *>(m_map), index);
}

void CohortChart::activate(QCPAbstractPlottable *plottable, int index, QMouseEvent *event)
{
    // QCustomPlot does not say which cell was clicked: find it from the mouse position.
    if (event) {
        if (const auto hit = hitAt(event->position()))
            ChartWidget::activate(hit->first, hit->second, event);
        return;
    }
    ChartWidget::activate(plottable, index, event);
}

std::optional<DrillDown> CohortChart::drillDownAt(QCPAbstractPlottable *plottable, int index) const
{
    const auto cell = cellOf(index);
    if (plottable != m_map || !cell)
        return std::nullopt;
    const QDate month = data().cohorts[static_cast<size_t>(cell->first)].month;
    const QDate active = month.addMonths(cell->second);
    return DrillDowns::cohortCustomers(
        month, active,
        tr("Customers who first ordered in %1 and ordered in %2")
            .arg(DashboardFormat::month(month, true), DashboardFormat::month(active, true)));
}

QString CohortChart::valueText(QCPAbstractPlottable *plottable, int index) const
{
    const auto cell = cellOf(index);
    if (plottable != m_map || !cell)
        return {};
    const auto &cohort = data().cohorts[static_cast<size_t>(cell->first)];
    const double share = cohort.active[static_cast<size_t>(cell->second)];
    return tr("<b>Cohort %1</b> (%2 customers)<br>Month %3 (%4): %5 active (%6)")
        .arg(DashboardFormat::month(cohort.month, true), DashboardFormat::count(cohort.customers))
        .arg(cell->second)
        .arg(DashboardFormat::month(cohort.month.addMonths(cell->second), true),
             DashboardFormat::count(std::llround(share * static_cast<double>(cohort.customers))),
             DashboardFormat::percent(share));
}

} // namespace Kizuna::Ui
