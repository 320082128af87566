// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/numberticker.h"

#include "ui/dashboard/dashboardformat.h"

#include <algorithm>
#include <cmath>

namespace Kizuna::Ui {

double NumberTicker::getTickStep(const QCPRange &range)
{
    const double step = QCPAxisTicker::getTickStep(range);
    return m_integers ? std::max(1.0, std::round(step)) : step;
}

QString NumberTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    if (m_style == Style::Percent) {
        const double percent = tick * 100.0;
        return DashboardFormat::percent(tick,
                                        std::abs(percent - std::round(percent)) < 1e-9 ? 0 : 1);
    }
    // Enough decimals for small steps, none for whole numbers.
    const double rounded = std::round(tick);
    const int decimals = std::abs(tick - rounded) < 1e-9
        ? 0
        : (std::abs(tick * 10 - std::round(tick * 10)) < 1e-9 ? 1 : 2);
    return DashboardFormat::number(std::abs(tick) < 1e-12 ? 0.0 : tick, decimals);
}

} // namespace Kizuna::Ui
