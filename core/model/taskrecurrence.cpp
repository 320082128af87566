// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/taskrecurrence.h"

#include "core/model/modeltr.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>

namespace Kizuna::Model {

namespace {

constexpr int MaxInterval = 999;

// Weekday keys in stored rules, Monday first (Qt::Monday == 1).
constexpr std::array<const char *, 7> WeekdayKeys = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

Error notUnderstood(const QString &text)
{
    return Error::badInput(
        Tr::tr("recurrence \"%1\" is not understood; use daily, weekly, weekly:mon,thu, monthly, "
               "monthly:15, monthly:last, yearly or every:N:days|weeks|months")
            .arg(text));
}

int weekdayBit(const QString &key)
{
    for (std::size_t i = 0; i < WeekdayKeys.size(); ++i) {
        if (key == QLatin1String(WeekdayKeys[i]))
            return 1 << i;
    }
    return 0;
}

int parseInterval(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 1 && value <= MaxInterval ? value : 0;
}

QDate clampedDate(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return QDate(year, month, day < 0 ? first.daysInMonth() : std::min(day, first.daysInMonth()));
}

} // namespace

Recurrence Recurrence::daily(int interval)
{
    return {Unit::Day, std::clamp(interval, 1, MaxInterval), 0, 0};
}

Recurrence Recurrence::weekly(int interval, int weekdays)
{
    return {Unit::Week, weekdays ? 1 : std::clamp(interval, 1, MaxInterval), weekdays & 0x7f, 0};
}

Recurrence Recurrence::monthly(int interval, int day)
{
    const int clampedInterval = std::clamp(interval, 1, MaxInterval);
    // A pinned day is only kept in the one-month form ("monthly:15"), which is what format() writes.
    return {Unit::Month, clampedInterval, 0, clampedInterval == 1 ? std::clamp(day, LastDay, 31) : 0};
}

Recurrence Recurrence::yearly()
{
    return {Unit::Year, 1, 0, 0};
}

Result<Recurrence> Recurrence::parse(const QString &text)
{
    const QString rule = text.trimmed().toLower();
    if (rule.isEmpty())
        return Recurrence();
    const QStringList parts = rule.split(u':');
    const QString &head = parts.constFirst();
    if (parts.size() == 1) {
        if (head == u"daily")
            return daily();
        if (head == u"weekly")
            return weekly();
        if (head == u"monthly")
            return monthly();
        if (head == u"yearly")
            return yearly();
        return notUnderstood(text);
    }
    if (head == u"weekly" && parts.size() == 2) {
        int bits = 0;
        for (const QString &key : parts.at(1).split(u',')) {
            const int bit = weekdayBit(key.trimmed());
            if (!bit)
                return notUnderstood(text);
            bits |= bit;
        }
        return weekly(1, bits);
    }
    if (head == u"monthly" && parts.size() == 2) {
        if (parts.at(1) == u"last")
            return monthly(1, LastDay);
        bool ok = false;
        const int day = parts.at(1).toInt(&ok);
        if (!ok || day < 1 || day > 31)
            return notUnderstood(text);
        return monthly(1, day);
    }
    if (head == u"every" && parts.size() == 3) {
        const int interval = parseInterval(parts.at(1));
        if (!interval)
            return notUnderstood(text);
        const QString &unit = parts.at(2);
        if (unit == u"days" || unit == u"day")
            return daily(interval);
        if (unit == u"weeks" || unit == u"week")
            return weekly(interval);
        if (unit == u"months" || unit == u"month")
            return monthly(interval);
    }
    return notUnderstood(text);
}

QString Recurrence::format() const
{
    const QString every = QStringLiteral("every:%1:%2").arg(m_interval);
    switch (m_unit) {
    case Unit::None:
        return {};
    case Unit::Day:
        return m_interval == 1 ? QStringLiteral("daily") : every.arg(u"days");
    case Unit::Week: {
        if (m_weekdays) {
            QStringList keys;
            for (std::size_t i = 0; i < WeekdayKeys.size(); ++i) {
                if (m_weekdays & (1 << i))
                    keys << QLatin1String(WeekdayKeys[i]);
            }
            return u"weekly:" + keys.join(u',');
        }
        return m_interval == 1 ? QStringLiteral("weekly") : every.arg(u"weeks");
    }
    case Unit::Month:
        if (m_interval > 1)
            return every.arg(u"months");
        if (m_day == LastDay)
            return QStringLiteral("monthly:last");
        return m_day > 0 ? QStringLiteral("monthly:%1").arg(m_day) : QStringLiteral("monthly");
    case Unit::Year:
        return QStringLiteral("yearly");
    }
    return {};
}

QString Recurrence::describe() const
{
    switch (m_unit) {
    case Unit::None:
        return Tr::tr("Does not repeat");
    case Unit::Day:
        return m_interval == 1 ? Tr::tr("Daily") : Tr::tr("Every %1 days").arg(m_interval);
    case Unit::Week: {
        if (!m_weekdays)
            return m_interval == 1 ? Tr::tr("Weekly") : Tr::tr("Every %1 weeks").arg(m_interval);
        QStringList names;
        for (int day = 1; day <= 7; ++day) {
            if (m_weekdays & (1 << (day - 1)))
                names << QLocale().dayName(day, QLocale::ShortFormat);
        }
        return Tr::tr("Weekly on %1").arg(names.join(QLocale().language() == QLocale::Japanese
                                                         ? QStringLiteral("・")
                                                         : QStringLiteral(", ")));
    }
    case Unit::Month:
        if (m_interval > 1)
            return Tr::tr("Every %1 months").arg(m_interval);
        if (m_day == LastDay)
            return Tr::tr("Monthly on the last day");
        return m_day > 0 ? Tr::tr("Monthly on day %1").arg(m_day) : Tr::tr("Monthly");
    case Unit::Year:
        return Tr::tr("Yearly");
    }
    return {};
}

QDate Recurrence::nextMonthly(QDate from) const
{
    const int wanted = m_day == 0 ? from.day() : m_day;
    const QDate thisMonth = clampedDate(from.year(), from.month(), wanted);
    if (thisMonth > from)
        return thisMonth;
    const QDate next = QDate(from.year(), from.month(), 1).addMonths(1);
    return clampedDate(next.year(), next.month(), wanted);
}

QDate Recurrence::nextDate(QDate from) const
{
    if (!from.isValid())
        return {};
    switch (m_unit) {
    case Unit::None:
        return {};
    case Unit::Day:
        return from.addDays(m_interval);
    case Unit::Week:
        if (!m_weekdays)
            return from.addDays(7 * qint64(m_interval));
        for (int step = 1; step <= 7; ++step) {
            const QDate candidate = from.addDays(step);
            if (m_weekdays & (1 << (candidate.dayOfWeek() - 1)))
                return candidate;
        }
        return {};
    case Unit::Month:
        return m_interval > 1 ? from.addMonths(m_interval) : nextMonthly(from);
    case Unit::Year:
        return from.addYears(1);
    }
    return {};
}

QDateTime Recurrence::nextOccurrence(const QDateTime &from, const QTimeZone &zone) const
{
    if (isNone() || !from.isValid())
        return {};
    const QDateTime local = from.toTimeZone(zone);
    const QDate date = nextDate(local.date());
    return date.isValid() ? QDateTime(date, local.time(), zone) : QDateTime();
}

Recurrence Recurrence::anchoredTo(QDate due) const
{
    if (m_unit == Unit::Month && m_interval == 1 && m_day == 0 && due.isValid() && due.day() > 28)
        return monthly(1, due.day());
    return *this;
}

} // namespace Kizuna::Model
