// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/churnrisklist.h"

#include <QAbstractTableModel>

#include <vector>

namespace Kizuna::Ui {

// The churn risk list as a table: one row per customer, in the order computed (highest value at
// risk first). Sort and filter through ChurnFilterProxy (SortRole holds numbers).
class ChurnListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RiskColumn,
        AliveColumn,
        DaysColumn,
        OrdersColumn,
        RevenueColumn,
        ValueAtRiskColumn,
        ClvColumn,
        ColumnCount
    };

    explicit ChurnListModel(QObject *parent = nullptr);

    void setCustomers(std::vector<Analytics::ChurnCustomer> customers);
    const std::vector<Analytics::ChurnCustomer> &customers() const { return m_customers; }
    const Analytics::ChurnCustomer &customer(int row) const { return m_customers[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Analytics::ChurnCustomer &c, int column) const;
    QVariant sortValue(const Analytics::ChurnCustomer &c, int column) const;
    QString toolTip(const Analytics::ChurnCustomer &c, int column) const;

    std::vector<Analytics::ChurnCustomer> m_customers;
};

} // namespace Kizuna::Ui
