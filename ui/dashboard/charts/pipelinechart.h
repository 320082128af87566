// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/charts/chartwidget.h"

namespace Kizuna::Ui {

// The open pipeline now, per stage in pipeline order: amount (light) and weighted amount (solid).
// A click lists the open deals of a stage.
class PipelineChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit PipelineChart(QWidget *parent = nullptr);

    std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable, int index) const override;
    QString valueText(QCPAbstractPlottable *plottable, int index) const override;

    QCPBars *amountBars() const { return m_amount; }
    QCPBars *weightedBars() const { return m_weighted; }

protected:
    void draw() override;

private:
    QString stageLabel(int index) const;

    QCPBarsGroup *m_group = nullptr;
    QCPBars *m_amount = nullptr;
    QCPBars *m_weighted = nullptr;
};

} // namespace Kizuna::Ui
