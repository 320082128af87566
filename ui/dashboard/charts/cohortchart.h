// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/charts/chartwidget.h"

namespace Kizuna::Ui {

// Cohort retention as a heat map: one row per month of first order (oldest at the top), one
// column per month since, each cell the share of the cohort with an order in that month. A click
// lists the customers of the cohort active in that month.
class CohortChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit CohortChart(QWidget *parent = nullptr);

    std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable, int index) const override;
    QString valueText(QCPAbstractPlottable *plottable, int index) const override;
    std::optional<std::pair<QCPAbstractPlottable *, int>> hitAt(const QPointF &pos) const override;

    QCPColorMap *colorMap() const { return m_map; }
    // A cell as a data index for drillDownAt/valueText: cohort × columns + months since.
    int cellIndex(int cohort, int monthsSince) const { return cohort * m_columns + monthsSince; }

protected:
    void draw() override;
    void activate(QCPAbstractPlottable *plottable, int index, QMouseEvent *event) override;

private:
    // The (cohort, months since) of a cell index, if the cell holds data.
    std::optional<std::pair<int, int>> cellOf(int index) const;

    QCPColorMap *m_map = nullptr;
    int m_columns = 0;
};

} // namespace Kizuna::Ui
