// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Kizuna::Ui::ChartPalette {

// One calm palette for every chart: the current period solid, the previous one light.
QColor series(int index); // categorical colours, cycling
QColor light(const QColor &color); // the same hue, lighter (previous period, backgrounds)
QColor primary();
QColor accent(); // a second measure on the same chart
QColor positive(); // better than before
QColor negative(); // worse than before
QColor muted(); // grid, secondary text
QColor text();

} // namespace Kizuna::Ui::ChartPalette
