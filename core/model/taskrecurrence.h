// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Kizuna::Model {

// How a task repeats, as kept in tasks.recurrence (text, case-insensitive, canonical when
// written back by format()):
//   "daily"                       every day
//   "weekly"                      every 7 days (the weekday of the task)
//   "weekly:mon,thu"              on the listed weekdays (mon tue wed thu fri sat sun)
//   "monthly"                     the same day of the month, clamped to the month's end
//                                 (31 Jan → 28/29 Feb → 28 Mar: it drifts after a clamp)
//   "monthly:31"                  on that day of the month, clamped (31 Jan → 28 Feb → 31 Mar)
//   "monthly:last"                on the last day of the month
//   "yearly"                      the same date each year (29 Feb → 28 Feb)
//   "every:N:days|weeks|months"   every N days, weeks or months (N from 1 to 999)
// An empty text (or NULL) means the task does not repeat.
// Dates are computed on local calendar dates, never by adding seconds, so a task at 9:00 stays
// at 9:00 across daylight-saving changes.
class Recurrence final
{
public:
    enum class Unit { None, Day, Week, Month, Year };

    Recurrence() = default;
    static Result<Recurrence> parse(const QString &text);

    static Recurrence daily(int interval = 1);
    // `weekdays`: bit (1 << (dayOfWeek - 1)) for Monday (1) … Sunday (7); 0: the task's weekday.
    static Recurrence weekly(int interval = 1, int weekdays = 0);
    // `day`: 1…31 (clamped), 0: the task's day of month, LastDay: the month's last day.
    static constexpr int LastDay = -1;
    static Recurrence monthly(int interval = 1, int day = 0);
    static Recurrence yearly();

    bool isNone() const { return m_unit == Unit::None; }
    Unit unit() const { return m_unit; }
    int interval() const { return m_interval; }
    int weekdays() const { return m_weekdays; }
    int dayOfMonth() const { return m_day; }

    // The canonical stored text; an empty (null) string for none.
    QString format() const;
    // A translated description for people: "Every 2 weeks", "Weekly on Mon, Thu" …
    QString describe() const;

    // The first date after `from` (strictly later) on which the task is due again; invalid for none.
    QDate nextDate(QDate from) const;
    // The next occurrence after `from`: the next date at the same local wall-clock time in
    // `zone` (a time skipped by a daylight-saving jump moves forward as Qt does).
    QDateTime nextOccurrence(const QDateTime &from,
                             const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    // For a plain "monthly" rule on a day past the 28th: the same rule pinned to that day
    // ("monthly:31"), so it comes back to the 31st after a short month. Otherwise unchanged.
    Recurrence anchoredTo(QDate due) const;

    friend bool operator==(const Recurrence &, const Recurrence &) = default;

private:
    Recurrence(Unit unit, int interval, int weekdays, int day)
        : m_unit(unit), m_interval(interval), m_weekdays(weekdays), m_day(day)
    {}
    QDate nextMonthly(QDate from) const;

    Unit m_unit = Unit::None;
    int m_interval = 1;
    int m_weekdays = 0;
    int m_day = 0;
};

} // namespace Kizuna::Model
