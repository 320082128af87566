// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demotime.h"

#include "core/demo/random.h"

namespace Kizuna::Demo {

namespace {

constexpr std::int64_t JstOffsetMs = 9 * Timeline::MsPerHour;
constexpr std::int64_t UnixEpochJulianDay = 2440588;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void putDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

} // namespace

Timeline::Timeline(QDate asOf)
    : m_asOfDay(static_cast<int>(asOf.toJulianDay() - UnixEpochJulianDay)),
      m_now(at(m_asOfDay, 18 * 60))
{}

std::int64_t Timeline::at(int day, int jstMinuteOfDay)
{
    return static_cast<std::int64_t>(day) * MsPerDay + jstMinuteOfDay * MsPerMinute - JstOffsetMs;
}

int Timeline::dayOf(std::int64_t ms)
{
    return static_cast<int>(floorDiv(ms + JstOffsetMs, MsPerDay));
}

int Timeline::monthOf(std::int64_t ms)
{
    int year = 0, month = 0, dayOfMonth = 0;
    civil(dayOf(ms), year, month, dayOfMonth);
    return month - 1;
}

// Days ↔ proleptic Gregorian dates (Howard Hinnant's algorithms).
void Timeline::civil(int day, int &year, int &month, int &dayOfMonth)
{
    const int z = day + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    dayOfMonth = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = yoe + era * 400 + (month <= 2 ? 1 : 0);
}

int Timeline::dayFromCivil(int year, int month, int dayOfMonth)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yoe = year - era * 400;
    const int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + dayOfMonth - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

IdText makeId(Random &random)
{
    static constexpr char Hex[] = "0123456789abcdef";
    std::uint64_t high = random.next();
    std::uint64_t low = random.next();
    high = (high & ~0xF000ULL) | 0x4000ULL;                          // version 4
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;     // variant 10xx
    IdText id{};
    int out = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            id.text[out++] = '-';
        const std::uint64_t word = nibble < 16 ? high : low;
        const int shift = 60 - 4 * (nibble % 16);
        id.text[out++] = Hex[(word >> shift) & 0xF];
    }
    return id;
}

StampText stampText(std::int64_t ms)
{
    const std::int64_t days = floorDiv(ms, Timeline::MsPerDay);
    auto rest = static_cast<int>(ms - days * Timeline::MsPerDay);
    int year = 0, month = 0, dayOfMonth = 0;
    Timeline::civil(static_cast<int>(days), year, month, dayOfMonth);
    StampText stamp{};
    char *t = stamp.text;
    putDigits(t, year, 4);
    t[4] = '-';
    putDigits(t + 5, month, 2);
    t[7] = '-';
    putDigits(t + 8, dayOfMonth, 2);
    t[10] = 'T';
    putDigits(t + 11, rest / 3'600'000, 2);
    rest %= 3'600'000;
    t[13] = ':';
    putDigits(t + 14, rest / 60'000, 2);
    rest %= 60'000;
    t[16] = ':';
    putDigits(t + 17, rest / 1000, 2);
    t[19] = '.';
    putDigits(t + 20, rest % 1000, 3);
    t[23] = 'Z';
    return stamp;
}

DateText dateText(int day)
{
    int year = 0, month = 0, dayOfMonth = 0;
    Timeline::civil(day, year, month, dayOfMonth);
    DateText date{};
    putDigits(date.text, year, 4);
    date.text[4] = '-';
    putDigits(date.text + 5, month, 2);
    date.text[7] = '-';
    putDigits(date.text + 8, dayOfMonth, 2);
    return date;
}

} // namespace Kizuna::Demo
