// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardformat.h"

namespace Kizuna::Ui {

QLocale DashboardFormat::locale()
{
    QLocale l;
    l.setNumberOptions(l.numberOptions() & ~QLocale::OmitGroupSeparator);
    return l;
}

bool DashboardFormat::isJapanese()
{
    return QLocale().language() == QLocale::Japanese;
}

QString DashboardFormat::number(double value, int decimals)
{
    return locale().toString(value, 'f', decimals);
}

QString DashboardFormat::count(qint64 value)
{
    return locale().toString(value);
}

QString DashboardFormat::money(double value)
{
    return number(value, 0);
}

QString DashboardFormat::percent(std::optional<double> fraction, int decimals)
{
    if (!fraction)
        return QStringLiteral("–");
    return tr("%1 %", "percentage").arg(number(*fraction * 100.0, decimals));
}

QString DashboardFormat::optionalNumber(std::optional<double> value, int decimals)
{
    return value ? number(*value, decimals) : QStringLiteral("–");
}

QString DashboardFormat::days(std::optional<double> value)
{
    return value ? tr("%1 days").arg(number(*value, 1)) : QStringLiteral("–");
}

QString DashboardFormat::points(std::optional<double> value)
{
    return value ? number(*value, 1) : QStringLiteral("–");
}

QString DashboardFormat::date(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString DashboardFormat::period(const Analytics::Period &period)
{
    return tr("%1 – %2", "date range").arg(date(period.first), date(period.last));
}

QString DashboardFormat::month(QDate month, bool withYear)
{
    if (isJapanese()) {
        const QString name
            = QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat); // "4月"
        return withYear
            ? tr("%1 %2", "year and short month name on a chart axis").arg(month.year()).arg(name)
            : name;
    }
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString DashboardFormat::bucketLabel(const Analytics::Period &bucket, Analytics::BucketSize size,
                                     bool first)
{
    // The year on January and on the first tick — unless that is December: January, right next
    // to it, carries the year, and two long labels side by side would overlap.
    if (size == Analytics::BucketSize::Month)
        return month(bucket.first, (first && bucket.first.month() != 12) || bucket.first.month() == 1);
    if (isJapanese())
        return QStringLiteral("%1/%2").arg(bucket.first.month()).arg(bucket.first.day());
    return bucket.first.toString(QStringLiteral("MM-dd"));
}

QString DashboardFormat::bucketRange(const Analytics::Period &bucket)
{
    return period(bucket);
}

} // namespace Kizuna::Ui
