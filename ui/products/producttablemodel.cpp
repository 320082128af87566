// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/products/producttablemodel.h"

#include "ui/common/displayformat.h"

#include <QBrush>
#include <QColor>

namespace Kizuna::Ui {

ProductTableModel::ProductTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProductTableModel::setProducts(const QList<Sales::Product> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

int ProductTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).id == id)
            return row;
    }
    return -1;
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const Sales::Product &product = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SkuColumn:
            return product.sku;
        case NameColumn:
            return product.name;
        case CategoryColumn:
            return product.category;
        case PriceColumn:
            return DisplayFormat::money(product.unitPrice);
        case ActiveColumn:
            return product.active ? tr("Active") : tr("Inactive");
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == ActiveColumn)
            return product.active ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == PriceColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        return product.active ? QVariant() : QVariant(QBrush(QColor(0x80, 0x80, 0x80)));
    case Qt::ToolTipRole:
        return product.active ? QVariant()
                              : QVariant(tr("Inactive: kept for past orders, not offered for new ones"));
    case IdRole:
        return product.id;
    default:
        return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case PriceColumn:
        return tr("Unit price");
    case ActiveColumn:
        return tr("Active");
    default:
        return {};
    }
}

Qt::ItemFlags ProductTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ActiveColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

bool ProductTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ActiveColumn || role != Qt::CheckStateRole)
        return false;
    const Sales::Product &product = m_products.at(index.row());
    const bool active = value.toInt() == Qt::Checked;
    if (active != product.active)
        Q_EMIT activeChangeRequested(product.id, active);
    return false; // the screen reloads with the stored value
}

} // namespace Kizuna::Ui
