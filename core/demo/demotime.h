// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>

#include <cstdint>

namespace Kizuna::Demo {

class Random;

// The demo's clock. Instants are milliseconds since the Unix epoch (UTC); "days" are Japanese
// calendar days (JST, UTC+9) counted from 1970-01-01, because the shop lives in Japan. "Now"
// is 18:00 JST on the as-of day; the history starts HistoryDays before it.
class Timeline final
{
public:
    static constexpr int HistoryDays = 4 * 365 + 1;
    static constexpr std::int64_t MsPerMinute = 60'000;
    static constexpr std::int64_t MsPerHour = 3'600'000;
    static constexpr std::int64_t MsPerDay = 86'400'000;

    explicit Timeline(QDate asOf);

    int firstDay() const { return m_asOfDay - HistoryDays; }
    int asOfDay() const { return m_asOfDay; }
    std::int64_t now() const { return m_now; }
    std::int64_t start() const { return at(firstDay(), 0); }

    // The instant of a JST wall-clock minute on a day.
    static std::int64_t at(int day, int jstMinuteOfDay);
    static int dayOf(std::int64_t ms);   // JST day of an instant
    static int monthOf(std::int64_t ms); // JST month, 0 = January
    static void civil(int day, int &year, int &month, int &dayOfMonth);
    static int dayFromCivil(int year, int month, int dayOfMonth);

private:
    int m_asOfDay;
    std::int64_t m_now;
};

// Fixed-size text of a UUID (version 4, lower-case), a timestamp ("2026-11-22T17:39:34.123Z",
// as the storage layer writes them) and a date ("2026-11-22"). bytes() points into the object.
struct IdText
{
    char text[36];
    QByteArray bytes() const { return QByteArray::fromRawData(text, sizeof text); }
};
struct StampText
{
    char text[24];
    QByteArray bytes() const { return QByteArray::fromRawData(text, sizeof text); }
};
struct DateText
{
    char text[10];
    QByteArray bytes() const { return QByteArray::fromRawData(text, sizeof text); }
};

IdText makeId(Random &random);
StampText stampText(std::int64_t ms);
DateText dateText(int day);

} // namespace Kizuna::Demo
