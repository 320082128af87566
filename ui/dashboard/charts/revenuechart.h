// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/charts/chartwidget.h"

namespace Kizuna::Ui {

// Revenue (bars) and orders (lines) per bucket, the current period solid and the previous period
// of equal length light, bucket by bucket. A click lists the orders of that bucket.
class RevenueChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit RevenueChart(QWidget *parent = nullptr);

    std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable, int index) const override;
    QString valueText(QCPAbstractPlottable *plottable, int index) const override;
    Kpi kpiOf(QCPAbstractPlottable *plottable) const override;

    QCPBars *revenueBars() const { return m_revenue; }
    QCPBars *previousRevenueBars() const { return m_previousRevenue; }
    QCPGraph *ordersLine() const { return m_orders; }

protected:
    void draw() override;

private:
    bool isPrevious(QCPAbstractPlottable *plottable) const;

    QCPBarsGroup *m_group = nullptr;
    QCPBars *m_revenue = nullptr;
    QCPBars *m_previousRevenue = nullptr;
    QCPGraph *m_orders = nullptr;
    QCPGraph *m_previousOrders = nullptr;
};

} // namespace Kizuna::Ui
