// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/charts/chartwidget.h"

namespace Kizuna::Ui {

// Contacts by lifecycle stage, in funnel order from the top. A click lists the contacts of a stage.
class FunnelChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable, int index) const override;
    QString valueText(QCPAbstractPlottable *plottable, int index) const override;

    QCPBars *bars() const { return m_bars; }
    // The funnel stage of a data index of bars().
    int stageOf(int index) const;

protected:
    void draw() override;

private:
    QCPBars *m_bars = nullptr;
};

} // namespace Kizuna::Ui
