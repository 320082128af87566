// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Kizuna::Cli {

class CommandContext;

// Option values shared by the analysis commands. Each prints a usage error naming the option
// and returns nothing when the value is malformed.

// A date YYYY-MM-DD; `fallback` when the option is absent.
std::optional<QDate> dateOption(const CommandContext &context, const QString &name, QDate fallback = {});
// A finite decimal number in [minimum, maximum]; `fallback` when absent.
std::optional<double> numberOption(const CommandContext &context, const QString &name, double fallback,
                                   double minimum, double maximum);

// JSON null for an empty value.
QJsonValue jsonNumber(std::optional<double> value);

} // namespace Kizuna::Cli
