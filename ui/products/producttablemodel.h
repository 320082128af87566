// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/product.h"

#include <QAbstractTableModel>
#include <QList>

namespace Kizuna::Ui {

// The rows of the product catalogue screen (SKU, name, category, unit price, active). The
// "Active" cell is a check box: ticking it only asks (activeChangeRequested), the screen makes
// the change through the undo stack and reloads.
class ProductTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SkuColumn, NameColumn, CategoryColumn, PriceColumn, ActiveColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ProductTableModel(QObject *parent = nullptr);

    void setProducts(const QList<Sales::Product> &products);
    const QList<Sales::Product> &products() const { return m_products; }
    const Sales::Product &product(int row) const { return m_products.at(row); }
    // The row of a product, -1 if it is not listed.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void activeChangeRequested(const QString &productId, bool active);

private:
    QList<Sales::Product> m_products;
};

} // namespace Kizuna::Ui
