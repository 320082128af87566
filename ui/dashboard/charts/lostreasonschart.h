// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/charts/chartwidget.h"

namespace Kizuna::Ui {

// The win rate of the period (in the subtitle, against the previous period) and the deals lost
// by reason, most frequent at the top. A click lists the deals lost for that reason.
class LostReasonsChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit LostReasonsChart(QWidget *parent = nullptr);

    std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable, int index) const override;
    QString valueText(QCPAbstractPlottable *plottable, int index) const override;
    Kpi kpiOf(QCPAbstractPlottable *) const override { return Kpi::LostReasons; }

    QCPBars *bars() const { return m_bars; }
    int reasonOf(int index) const;

protected:
    void draw() override;

private:
    QCPBars *m_bars = nullptr;
};

} // namespace Kizuna::Ui
