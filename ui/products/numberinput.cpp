// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/products/numberinput.h"

#include <QLocale>

#include <cmath>

namespace Kizuna::Ui::NumberInput {

std::optional<double> parse(QString text)
{
    for (const QString &symbol : {QStringLiteral("¥"), QStringLiteral("￥"), QStringLiteral("$"),
                                  QStringLiteral("€"), QStringLiteral("%")})
        text.remove(symbol);
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString toText(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 12);
}

} // namespace Kizuna::Ui::NumberInput
