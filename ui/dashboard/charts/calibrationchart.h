// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/charts/chartwidget.h"

namespace Kizuna::Ui {

// The CLV model's check: cumulative repeat purchases week by week, actual against predicted by
// BG/NBD fitted on the calibration period (up to the day before the period); a dashed line marks
// the start of the hold-out. A click lists the orders of that week.
class CalibrationChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit CalibrationChart(QWidget *parent = nullptr);

    std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable, int index) const override;
    QString valueText(QCPAbstractPlottable *plottable, int index) const override;

    QCPGraph *actualLine() const { return m_actual; }
    QCPGraph *predictedLine() const { return m_predicted; }

protected:
    void draw() override;

private:
    Analytics::Period weekOf(int index) const;

    QCPGraph *m_actual = nullptr;
    QCPGraph *m_predicted = nullptr;
};

} // namespace Kizuna::Ui
