// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ordertimelines.h"

#include "core/analytics/analyticstr.h"
#include "core/storage/database.h"
#include "core/storage/migrations/m0006_order_timelines.h"

#include <QDateTime>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <memory>

namespace Kizuna::Analytics {

namespace {

using StatementPtr = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

Result<StatementPtr> prepareRaw(Storage::Database &db, const QByteArray &sql)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql.constData(), static_cast<int>(sql.size()), &raw, nullptr) != SQLITE_OK)
        return Error::storage(Tr::tr("could not read the order summaries: %1")
                                  .arg(QString::fromUtf8(sqlite3_errmsg(db.handle()))));
    return StatementPtr(raw, &sqlite3_finalize);
}

Error stepError(Storage::Database &db)
{
    return Error::storage(Tr::tr("could not read the order summaries: %1")
                              .arg(QString::fromUtf8(sqlite3_errmsg(db.handle()))));
}

std::string_view textOf(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(statement, column)))
                : std::string_view();
}

// "<ms> <total>;<ms> <total>…" → orders, appended in time order.
bool parseOrders(std::string_view text, std::vector<TimelineOrder> &out)
{
    const size_t begin = out.size();
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        TimelineOrder order;
        auto at = std::from_chars(p, end, order.at);
        if (at.ec != std::errc() || at.ptr >= end || *at.ptr != ' ')
            return false;
        auto total = std::from_chars(at.ptr + 1, end, order.total);
        if (total.ec != std::errc())
            return false;
        out.push_back(order);
        p = total.ptr;
        if (p < end && *p++ != ';')
            return false;
    }
    // group_concat keeps no order: sort by time (ties by total, so sums run the same way).
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end(),
              [](const TimelineOrder &a, const TimelineOrder &b) {
                  return a.at != b.at ? a.at < b.at : a.total < b.total;
              });
    return true;
}

} // namespace

Result<OrderTimelines> OrderTimelines::load(Storage::Database &db, const std::atomic<bool> *cancel)
{
    KIZUNA_TRY(Storage::refreshOrderTimelines(db));
    auto statement = prepareRaw(db, QByteArrayLiteral(
        "SELECT contact_id, orders, cross_at FROM order_timelines ORDER BY contact_id"));
    if (!statement.ok())
        return statement.error();
    sqlite3_stmt *s = statement->get();
    OrderTimelines t;
    for (qint64 row = 0;; ++row) {
        if (cancel && (row & 0xffff) == 0 && cancel->load(std::memory_order_relaxed))
            return Error::cancelled(Tr::tr("dashboard calculation cancelled"));
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return stepError(db);
        const std::string_view id = textOf(s, 0);
        if (!parseOrders(textOf(s, 1), t.m_orders))
            return Error::storage(Tr::tr("the order summary of contact %1 is damaged")
                                      .arg(QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()))));
        t.m_ids.append(id);
        t.m_idEnds.push_back(t.m_ids.size());
        t.m_orderEnds.push_back(t.m_orders.size());
        t.m_crossAt.push_back(sqlite3_column_type(s, 2) == SQLITE_NULL ? Never : sqlite3_column_int64(s, 2));
    }
    return t;
}

std::string_view OrderTimelines::contactKey(size_t customer) const
{
    const size_t begin = customer == 0 ? 0 : m_idEnds[customer - 1];
    return std::string_view(m_ids).substr(begin, m_idEnds[customer] - begin);
}

QString OrderTimelines::contactId(size_t customer) const
{
    const std::string_view key = contactKey(customer);
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

std::span<const TimelineOrder> OrderTimelines::orders(size_t customer) const
{
    const size_t begin = customer == 0 ? 0 : m_orderEnds[customer - 1];
    return std::span<const TimelineOrder>(m_orders).subspan(begin, m_orderEnds[customer] - begin);
}

Result<CustomerMask> OrderTimelines::mask(Storage::Database &db, const QString &sql, const QString &ownerId) const
{
    auto statement = prepareRaw(db, sql.toUtf8());
    if (!statement.ok())
        return statement.error();
    sqlite3_stmt *s = statement->get();
    if (const int index = sqlite3_bind_parameter_index(s, ":owner"); index > 0) {
        const QByteArray owner = ownerId.toUtf8();
        sqlite3_bind_text(s, index, owner.constData(), static_cast<int>(owner.size()), SQLITE_TRANSIENT);
    }
    CustomerMask keep(size(), false);
    for (;;) {
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return stepError(db);
        const std::string_view id = textOf(s, 0);
        // Customers are in byte order of their ids: binary search.
        size_t low = 0, high = size();
        while (low < high) {
            const size_t middle = low + (high - low) / 2;
            if (contactKey(middle) < id)
                low = middle + 1;
            else
                high = middle;
        }
        if (low < size() && contactKey(low) == id)
            keep[low] = true;
    }
    return keep;
}

qint64 startOfDayMs(QDate day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

LocalDays::LocalDays() : m_offset(QDateTime::currentDateTime().offsetFromUtc())
{
}

qint64 LocalDays::dayNumber(qint64 utcMs) const
{
    constexpr qint64 Day = 86'400'000;
    const qint64 local = utcMs + m_offset * 1000;
    return local >= 0 ? local / Day : -((-local + Day - 1) / Day);
}

int LocalDays::monthIndex(qint64 utcMs) const
{
    const QDate d = day(utcMs);
    return d.year() * 12 + d.month() - 1;
}

} // namespace Kizuna::Analytics
