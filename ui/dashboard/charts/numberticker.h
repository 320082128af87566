// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/qcp.h"

namespace Kizuna::Ui {

// Tick labels with thousands separators in the user's locale ("1,250,000"), or as percentages
// when the axis holds fractions.
class NumberTicker final : public QCPAxisTicker {
public:
    enum class Style { Number, Percent };
    // `integers`: counts, never a tick between two whole numbers.
    explicit NumberTicker(Style style = Style::Number, bool integers = false)
        : m_style(style)
        , m_integers(integers)
    {
    }

protected:
    double getTickStep(const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;

private:
    Style m_style;
    bool m_integers;
};

} // namespace Kizuna::Ui
