// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/sales/product.h"
#include "core/storage/result.h"

#include <QList>
#include <QStringList>

namespace Kizuna::Sales {

// The product catalogue: list, read, add, edit, activate/deactivate, Trash and restore, each
// through the record store. A catalogue holds hundreds to a few thousand products, so lists
// are read whole (by category, then name).
class ProductCatalogue final
{
public:
    explicit ProductCatalogue(Model::RecordStore &store) : m_store(store) {}

    Result<QList<Product>> products(const ProductFilter &filter = {});
    Result<Product> product(const QString &id);
    // The product (not in the Trash) with this SKU; NotFound if none.
    Result<Product> productBySku(const QString &sku);
    // Categories in use by products not in the Trash, sorted.
    Result<QStringList> categories();

    // Checks what a user entered (name required, unit price a number ≥ 0, SKU not used by another
    // product outside the Trash), the error naming the field; add() and update() check the same.
    Status validate(const ProductInput &input, const QString &exceptId = {});
    // The stored values of an input: texts trimmed, an empty SKU or category as NULL.
    static Model::FieldValues storedValues(const ProductInput &input);

    Result<QString> add(const ProductInput &input);
    Status update(const QString &id, const ProductInput &input);
    Status setActive(const QString &id, bool active);
    Status remove(const QString &id);
    // Refused when another product took the SKU in the meantime.
    Status restore(const QString &id);

private:
    Status checkInput(const ProductInput &input, const QString &exceptId);
    Status checkSkuFree(const QString &sku, const QString &exceptId);

    Model::RecordStore &m_store;
};

} // namespace Kizuna::Sales
