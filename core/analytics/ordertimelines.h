// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <atomic>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Analytics {

// One live order of a customer: ordered_at in UTC milliseconds since 1970, and its total.
struct TimelineOrder
{
    qint64 at = 0;
    double total = 0;
};

// Which customers of an OrderTimelines count (by customer index); empty: all of them.
using CustomerMask = std::vector<bool>;

// Every customer's orders in memory, read from the per-customer summary of schema step 6
// (order_timelines, kept fresh by triggers and refreshed here first): about one row per customer
// instead of one per order. Customers come in contact_id order (byte order, as SQL's ORDER BY
// contact_id), each customer's orders by time.
class OrderTimelines final
{
public:
    static Result<OrderTimelines> load(Storage::Database &db, const std::atomic<bool> *cancel = nullptr);

    size_t size() const { return m_crossAt.size(); }
    std::string_view contactKey(size_t customer) const;
    QString contactId(size_t customer) const;
    std::span<const TimelineOrder> orders(size_t customer) const;
    // When the customer's orders first spanned two product categories (UTC ms); never: max.
    qint64 crossAt(size_t customer) const { return m_crossAt[customer]; }

    // The customers among the contacts `sql` selects (one column of contact ids).
    Result<CustomerMask> mask(Storage::Database &db, const QString &sql, const QString &ownerId) const;

    static constexpr qint64 Never = std::numeric_limits<qint64>::max();

private:
    std::string m_ids;              // every contact id, back to back
    std::vector<size_t> m_idEnds;   // end of each customer's id in m_ids
    std::vector<TimelineOrder> m_orders;
    std::vector<size_t> m_orderEnds; // end of each customer's orders in m_orders
    std::vector<qint64> m_crossAt;
};

// Milliseconds since 1970 (UTC) of the start of a local day, as the stored period bounds.
qint64 startOfDayMs(QDate day);
// The local calendar day of a UTC time, shifted by the offset SQL uses
// (Storage::localOffsetModifier: the current offset from UTC, for every date).
class LocalDays final
{
public:
    LocalDays();
    QDate day(qint64 utcMs) const { return Epoch.addDays(dayNumber(utcMs)); }
    qint64 dayNumber(qint64 utcMs) const;
    int monthIndex(qint64 utcMs) const; // year × 12 + month − 1

private:
    static inline const QDate Epoch = QDate(1970, 1, 1);
    qint64 m_offset = 0;
};

} // namespace Kizuna::Analytics
