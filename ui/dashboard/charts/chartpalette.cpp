// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts/chartpalette.h"

#include <array>

namespace Kizuna::Ui::ChartPalette {

QColor series(int index)
{
    static const std::array<QColor, 9> colors { QColor(0x3b, 0x6e, 0xa8), QColor(0x3a, 0x9e, 0x95),
                                                QColor(0xe0, 0xa0, 0x3a), QColor(0xc8, 0x56, 0x6b),
                                                QColor(0x7d, 0x68, 0xb3), QColor(0x5e, 0x9e, 0x4e),
                                                QColor(0x6b, 0xae, 0xd6), QColor(0xc9, 0xa6, 0x6b),
                                                QColor(0x8a, 0x94, 0xa6) };
    const auto n = static_cast<int>(colors.size());
    return colors[static_cast<size_t>(((index % n) + n) % n)];
}

QColor light(const QColor &color)
{
    // Blend toward white, keeping the hue.
    const auto mix = [](int c) { return c + (255 - c) * 3 / 5; };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

QColor primary()
{
    return series(0);
}

QColor accent()
{
    return series(2);
}

QColor positive()
{
    return QColor(0x2e, 0x8b, 0x57);
}

QColor negative()
{
    return QColor(0xc0, 0x39, 0x2b);
}

QColor muted()
{
    return QColor(0x9a, 0xa3, 0xae);
}

QColor text()
{
    return QColor(0x33, 0x3d, 0x4a);
}

} // namespace Kizuna::Ui::ChartPalette
