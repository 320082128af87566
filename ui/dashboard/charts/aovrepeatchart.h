// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/charts/chartwidget.h"

namespace Kizuna::Ui {

// Average order value (left axis; previous period light and dashed) and repeat rate (right axis)
// per bucket. A click lists the orders of that bucket.
class AovRepeatChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit AovRepeatChart(QWidget *parent = nullptr);

    std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable, int index) const override;
    QString valueText(QCPAbstractPlottable *plottable, int index) const override;
    Kpi kpiOf(QCPAbstractPlottable *plottable) const override;

    QCPGraph *aovLine() const { return m_aov; }
    QCPGraph *repeatLine() const { return m_repeat; }

protected:
    void draw() override;

private:
    // The bucket of a data index (points of empty buckets are left out of the lines).
    int bucketOf(QCPAbstractPlottable *plottable, int index) const;

    QCPGraph *m_aov = nullptr;
    QCPGraph *m_previousAov = nullptr;
    QCPGraph *m_repeat = nullptr;
};

} // namespace Kizuna::Ui
