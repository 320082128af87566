// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kizuna::Sales {

// A line of an order as stored (price is the price paid per piece).
struct OrderLine
{
    QString id;
    QString orderId;
    QString productId;
    QString productName;
    QString sku;
    QString category;
    double quantity = 1.0;
    double unitPrice = 0.0;
    int position = 0;

    double amount() const { return quantity * unitPrice; }
};

// A line as a user enters it: a catalogue product, a quantity, optionally a price (the
// product's unit price otherwise) and a discount (0…1). The line stores the price paid per
// piece: unit price × (1 − discount), rounded to 0.01.
struct OrderLineInput
{
    QString productId;
    double quantity = 1.0;
    std::optional<double> unitPrice;
    double discount = 0.0;
};

// A purchase entered by hand. The total is computed from the lines.
struct OrderInput
{
    QString contactId;
    QDateTime orderedAt; // invalid: now
    QString orderNumber;
    QString channel;
    QString currency;    // empty: JPY
    QString notes;
    QList<OrderLineInput> lines;
};

// An order as listed in a purchase history.
struct OrderSummary
{
    QString id;
    QString contactId;
    QString contactName;
    QString orderNumber;
    QDateTime orderedAt;
    QString channel;
    double total = 0.0;
    QString currency;
    qint64 lineCount = 0;
};

} // namespace Kizuna::Sales
