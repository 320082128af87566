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

} // namespace Kizuna::Storage
