// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commands/commandoptions.h"

#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"

#include <QLocale>

#include <cmath>

namespace Kizuna::Cli {

std::optional<QDate> dateOption(const CommandContext &context, const QString &name, QDate fallback)
{
    if (!context.has(name))
        return fallback;
    const QString text = context.option(name);
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        context.usageError(Tr::tr("--%1 needs a date YYYY-MM-DD, not \"%2\"").arg(name, text));
        return std::nullopt;
    }
    return date;
}

std::optional<double> numberOption(const CommandContext &context, const QString &name, double fallback,
                                   double minimum, double maximum)
{
    if (!context.has(name))
        return fallback;
    const QString text = context.option(name);
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value) || value < minimum || value > maximum) {
        context.usageError(Tr::tr("--%1 needs a number from %2 to %3, not \"%4\"")
                               .arg(name)
                               .arg(minimum)
                               .arg(maximum)
                               .arg(text));
        return std::nullopt;
    }
    return value;
}

QJsonValue jsonNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace Kizuna::Cli
