// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <Qt>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// One line of the company list.
struct CompanyRow
{
    QString id; // the keyset tie-breaker (every sort index ends with it)
    QString name;
    QString nameReading; // null when the company has no reading
    QString phone;
    QString prefecture;
    QString city;
    QString industry;
    qint64 contacts = 0;
    QVariantList sortKey; // the values of the list order's key expressions (keyset pagination)
};

// What the company list can be sorted by; each has its index (schema step 7).
enum class CompanySortKey {
    Name, // the reading, else the name, folded (Text::nameSortKey): 五十音順, Latin A–Z
    Contacts, // the number of contacts not in the Trash
    Phone,
    Place, // prefecture, then city
    Industry // industry, then name
};

struct CompanyListOrder
{
    CompanySortKey key = CompanySortKey::Name;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const CompanyListOrder &) const = default;
};

// Reads the company list page by page in the chosen order with keyset pagination (the pattern
// and helpers of ContactPageQuery: ui/common/keysetpage.h), companies in the Trash left out.
// Contact counts come from schema step 7's company_contact_counts, refreshed first when
// contacts changed. No widgets: a reader thread runs it on its own connection.
class CompanyPageQuery final
{
public:
    // Up to `limit` rows after `after` (the last row of the previous page read in the same
    // order; nullptr: from the start).
    static Result<QList<CompanyRow>> page(Storage::Database &db, const CompanyListOrder &order,
                                          const CompanyRow *after, int limit);
    // Name order.
    static Result<QList<CompanyRow>> page(Storage::Database &db, const CompanyRow *after, int limit)
    {
        return page(db, {}, after, limit);
    }
    // The SQL of a page (for EXPLAIN QUERY PLAN in tests and benchmarks).
    static QString pageSql(const CompanyListOrder &order, bool after);
};

} // namespace Kizuna::Ui
