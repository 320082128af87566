// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Kizuna::Storage {

// Timestamps are stored as UTC ISO-8601 text with milliseconds ("2026-11-22T17:39:34.123Z"),
// dates as "YYYY-MM-DD": both sort correctly as text and work with SQLite's date functions.
QString toStoredTimestamp(const QDateTime &time);
QString toStoredDate(QDate date);
QDateTime fromStoredTimestamp(const QString &text);
QString nowTimestamp();

// An SQLite date-function modifier that shifts a stored UTC stamp to local time by the current
// UTC offset ("+32400 seconds" in Japan). Much faster than 'localtime' over millions of rows; in
// zones with daylight saving, stamps within the hour around midnight may land on the neighbouring
// day.
QString localOffsetModifier();

} // namespace Kizuna::Storage
