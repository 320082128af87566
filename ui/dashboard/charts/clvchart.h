// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/charts/chartwidget.h"

namespace Kizuna::Ui {

// Distribution of predicted CLV over customers (histogram). A click lists the customers of a bin
// (highest CLV first).
class ClvChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit ClvChart(QWidget *parent = nullptr);

    std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable, int index) const override;
    QString valueText(QCPAbstractPlottable *plottable, int index) const override;

    QCPBars *bars() const { return m_bars; }

protected:
    void draw() override;

private:
    QString binLabel(int index) const;

    QCPBars *m_bars = nullptr;
};

} // namespace Kizuna::Ui
