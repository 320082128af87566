// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/order.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Kizuna::Sales {

// Whose purchases: one contact's, or a company's (the orders of its contacts not in the Trash).
struct PurchaseScope
{
    enum class Kind { Contact, Company };
    Kind kind = Kind::Contact;
    QString id;

    static PurchaseScope contact(const QString &id) { return {Kind::Contact, id}; }
    static PurchaseScope company(const QString &id) { return {Kind::Company, id}; }
};

// Revenue of a product category in a purchase history (Σ quantity × unit price of its lines);
// category is empty for lines without a categorised product.
struct CategoryRevenue
{
    QString category;
    double revenue = 0.0;
    qint64 orders = 0; // orders with at least one line of the category
};

// The totals of a purchase history (orders in the Trash left out): lifetime revenue is the sum
// of order totals, average order value = revenue / orders (0 without orders).
struct PurchaseSummary
{
    double lifetimeRevenue = 0.0;
    qint64 orders = 0;
    double averageOrderValue = 0.0;
    QDateTime firstPurchase;
    QDateTime lastPurchase;
    QList<CategoryRevenue> favouriteCategories; // by revenue, highest first
};

// Keyset position in an order list (newest first); default: from the newest.
struct OrderCursor
{
    QString orderedAt;
    QString id;
    bool atStart() const { return id.isEmpty(); }
};

struct OrderPage
{
    QList<OrderSummary> orders;
    OrderCursor next;
    bool atEnd = true;
};

} // namespace Kizuna::Sales
