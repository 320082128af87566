// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/purchasehistory.h"
#include "core/storage/result.h"

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Sales {

// Purchase history of a contact or a company, read-only for any connection.
class PurchaseHistoryQuery final
{
public:
    explicit PurchaseHistoryQuery(Storage::Database &db) : m_db(db) {}

    // Totals and the `topCategories` best categories.
    Result<PurchaseSummary> summary(const PurchaseScope &scope, int topCategories = 3);
    // Up to `limit` orders after `after`, newest first.
    Result<OrderPage> orders(const PurchaseScope &scope, const OrderCursor &after, int limit);

private:
    Status addCategories(const PurchaseScope &scope, int topCategories, PurchaseSummary &summary);

    Storage::Database &m_db;
};

} // namespace Kizuna::Sales
