// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Kizuna::Ui::NumberInput {

// A number typed by a user in their locale ("1,200", "1200", "¥1,200", "15 %"); empty when the
// text is not one.
std::optional<double> parse(QString text);
// A number as a user would type it again (no grouping, up to 12 significant digits).
QString toText(double value);

} // namespace Kizuna::Ui::NumberInput
