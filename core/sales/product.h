// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kizuna::Sales {

// A catalogue product.
struct Product
{
    QString id;
    QString sku;
    QString name;
    QString category;
    double unitPrice = 0.0;
    bool active = true;
    bool deleted = false;
};

// What a user enters for a product. The SKU is optional but unique among products not in
// the Trash.
struct ProductInput
{
    QString sku;
    QString name;
    QString category;
    double unitPrice = 0.0;
    bool active = true;
};

// Which products a list shows: text in name or SKU (case-insensitive), one category, only
// active ones.
struct ProductFilter
{
    QString text;
    QString category;
    bool activeOnly = false;
};

} // namespace Kizuna::Sales
