// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/product.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLineEdit;
class QWidget;

namespace Kizuna::Ui {

// "SKU · name" (the name alone for a product without a SKU), as product lists show a product.
QString productLabel(const Sales::Product &product);

// The inputs of a line taken from the product catalogue, as the deal page and the order entry
// both ask for one: the product picked by SKU or name (completion on any part of the label),
// the quantity, the unit price (empty: the catalogue's) and a discount in per cent.
struct ProductLineInputs
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::ProductLineInputs)

public:
    QComboBox *product = nullptr;
    QDoubleSpinBox *quantity = nullptr;
    QLineEdit *unitPrice = nullptr;
    QDoubleSpinBox *discount = nullptr;

    // Creates the inputs in `parent`, named prefix + "Product", "Quantity", "UnitPrice" and
    // "Discount"; the quantity starts at 1 and may not go below `minimumQuantity`.
    static ProductLineInputs create(QWidget *parent, const QString &objectNamePrefix, double minimumQuantity);
    // Lays them out as "Product: [product] × [quantity] at [price] less [discount]".
    void addTo(QHBoxLayout *layout, QWidget *parent) const;
    // Lists `products`, keeping the product chosen if it is still among them.
    void setProducts(const QList<Sales::Product> &products) const;
    // Back to an empty entry: no product, quantity 1, no price, no discount.
    void clear() const;
};

} // namespace Kizuna::Ui
