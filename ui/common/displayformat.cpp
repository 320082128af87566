// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/displayformat.h"

#include <QLocale>
#include <QSettings>

namespace Kizuna::Ui {

namespace {

const auto DateKey = QStringLiteral("ui/dateFormat");
const auto CurrencyKey = QStringLiteral("ui/currency");

// Read once per process and kept in step by the setters: formatting is called per painted row.
struct Cache
{
    bool loaded = false;
    DisplayFormat::DateStyle style = DisplayFormat::DateStyle::Locale;
    QString currency;
};

Cache &cache()
{
    static Cache c;
    if (!c.loaded) {
        const QSettings settings;
        const QString style = settings.value(DateKey).toString();
        c.style = style == u"iso"        ? DisplayFormat::DateStyle::Iso
                  : style == u"japanese" ? DisplayFormat::DateStyle::Japanese
                                         : DisplayFormat::DateStyle::Locale;
        c.currency = settings.value(CurrencyKey, QStringLiteral("JPY")).toString();
        c.loaded = true;
    }
    return c;
}

} // namespace

DisplayFormat::DateStyle DisplayFormat::dateStyle()
{
    return cache().style;
}

void DisplayFormat::setDateStyle(DateStyle style)
{
    cache().style = style;
    QSettings().setValue(DateKey, style == DateStyle::Iso        ? QStringLiteral("iso")
                                  : style == DateStyle::Japanese ? QStringLiteral("japanese")
                                                                 : QStringLiteral("locale"));
}

QString DisplayFormat::currency()
{
    return cache().currency;
}

void DisplayFormat::setCurrency(const QString &code)
{
    cache().currency = code;
    QSettings().setValue(CurrencyKey, code);
}

QString DisplayFormat::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    switch (dateStyle()) {
    case DateStyle::Iso:
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case DateStyle::Japanese:
        return local.toString(QStringLiteral("yyyy年M月d日 H:mm"));
    case DateStyle::Locale:
        break;
    }
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString DisplayFormat::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    switch (dateStyle()) {
    case DateStyle::Iso:
        return date.toString(Qt::ISODate);
    case DateStyle::Japanese:
        return date.toString(QStringLiteral("yyyy年M月d日"));
    case DateStyle::Locale:
        break;
    }
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString DisplayFormat::money(double amount)
{
    const QString code = currency();
    const QString symbol = code == u"USD" ? QStringLiteral("$") : code == u"EUR" ? QStringLiteral("€")
                                                                                 : QStringLiteral("¥");
    return QLocale().toCurrencyString(amount, symbol, code == u"JPY" ? 0 : 2);
}

QList<QPair<QString, QString>> DisplayFormat::currencies()
{
    return {{QStringLiteral("JPY"), tr("Japanese yen (¥)")},
            {QStringLiteral("USD"), tr("US dollar ($)")},
            {QStringLiteral("EUR"), tr("Euro (€)")}};
}

} // namespace Kizuna::Ui
