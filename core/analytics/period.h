// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Kizuna::Analytics {

// A period of whole calendar days, first and last day inclusive, as users pick it
// (2025-04-01 … 2025-06-30). In time it is [start of first day, start of the day after last)
// in local time; stored timestamps are compared in UTC.
struct Period
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    qint64 days() const { return first.daysTo(last) + 1; }
    // The period of equal length just before this one.
    Period previous() const;
    // UTC timestamps of the start (inclusive) and end (exclusive), as stored.
    QString startStamp() const;
    QString endStamp() const;
};

} // namespace Kizuna::Analytics
