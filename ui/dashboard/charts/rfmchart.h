// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/charts/chartwidget.h"

namespace Kizuna::Ui {

// Customers per RFM class, scored as of the period's last day. A click lists the customers of
// a class (the most valuable first).
class RfmChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit RfmChart(QWidget *parent = nullptr);

    std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable, int index) const override;
    QString valueText(QCPAbstractPlottable *plottable, int index) const override;

    QCPBars *bars() const { return m_bars; }
    // The class (index into DashboardData::rfm) of a data index of bars().
    int classOf(int index) const;

protected:
    void draw() override;

private:
    QCPBars *m_bars = nullptr;
};

} // namespace Kizuna::Ui
