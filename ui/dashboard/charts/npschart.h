// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/charts/chartwidget.h"

namespace Kizuna::Ui {

// NPS per bucket (line, −100 … 100) over the number of answers (light bars, right axis). A click
// lists the survey answers of that bucket.
class NpsChart final : public ChartWidget {
    Q_OBJECT

public:
    explicit NpsChart(QWidget *parent = nullptr);

    std::optional<DrillDown> drillDownAt(QCPAbstractPlottable *plottable, int index) const override;
    QString valueText(QCPAbstractPlottable *plottable, int index) const override;

    QCPGraph *npsLine() const { return m_nps; }
    QCPBars *answerBars() const { return m_answers; }

protected:
    void draw() override;

private:
    int bucketOf(QCPAbstractPlottable *plottable, int index) const;

    QCPGraph *m_nps = nullptr;
    QCPBars *m_answers = nullptr;
};

} // namespace Kizuna::Ui
