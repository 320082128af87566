// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"

#include <QList>
#include <QString>

#include <optional>

namespace Kizuna::Sales {

// A line item of a deal: a product (or free text) × quantity at a unit price with a discount
// (0…1). Its amount is quantity × unit price × (1 − discount).
struct DealLine
{
    QString id;
    QString dealId;
    QString productId;
    QString productName; // from the catalogue (empty for free-text lines)
    QString sku;
    QString description;
    double quantity = 1.0;
    double unitPrice = 0.0;
    double discount = 0.0;
    int position = 0;

    double amount() const;
};

// What a user enters for a line. Without a unit price the product's catalogue price is used.
struct DealLineInput
{
    QString productId;
    QString description;
    double quantity = 1.0;
    std::optional<double> unitPrice;
    double discount = 0.0;
};

// Σ quantity × unit price × (1 − discount), rounded to 0.01.
double dealLinesTotal(const QList<DealLine> &lines);

// One change of a deal's lines as done, to undo or redo it exactly: the line's fields before
// and after (empty before: added; empty after: removed) and the deal amount before and after.
struct DealLineEdit
{
    enum class Kind { Added, Changed, Removed };
    Kind kind = Kind::Added;
    QString dealId;
    QString lineId;
    Model::FieldValues before;
    Model::FieldValues after;
    double amountBefore = 0.0;
    double amountAfter = 0.0;
};

} // namespace Kizuna::Sales
