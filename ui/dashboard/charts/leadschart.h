// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/charts/chartwidget.h"

#include <QStringList>

namespace Kizuna::Ui {

// New leads per bucket, stacked by source channel (largest source at the bottom). A click lists
// the leads of that source in that bucket.
class LeadsChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit LeadsChart(QWidget *parent = nullptr);

    std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable, int index) const override;
    QString valueText(QCPAbstractPlottable *plottable, int index) const override;

    // The stacked bars, one per source, bottom first.
    const QList<QCPBars *> &sourceBars() const { return m_bars; }
    const QStringList &sources() const { return m_sources; }

protected:
    void draw() override;

private:
    int sourceIndex(QCPAbstractPlottable *plottable) const;

    QStringList m_sources;
    QList<QCPBars *> m_bars;
};

} // namespace Kizuna::Ui
