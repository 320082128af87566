// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/churnlistmodel.h"

#include "ui/common/displayformat.h"
#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/insights/insightsroles.h"

#include <QBrush>
#include <QLocale>

namespace Kizuna::Ui {

ChurnListModel::ChurnListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChurnListModel::setCustomers(std::vector<Analytics::ChurnCustomer> customers)
{
    beginResetModel();
    m_customers = std::move(customers);
    endResetModel();
}

int ChurnListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

int ChurnListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChurnListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Analytics::ChurnCustomer &c = customer(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        return toolTip(c, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == RiskColumn && c.churn.riskClass == Analytics::ChurnRiskClass::High)
            return QBrush(ChartPalette::negative());
        return {};
    case ContactIdRole:
        return c.contactId;
    case SortRole:
        return sortValue(c, index.column());
    case ChurnRiskClassRole:
        return static_cast<int>(c.churn.riskClass);
    case RevenueRole:
        return c.revenue;
    default:
        return {};
    }
}

QVariant ChurnListModel::display(const Analytics::ChurnCustomer &c, int column) const
{
    switch (column) {
    case NameColumn: return c.name;
    case RiskColumn:
        return tr("%1 (%2)").arg(Analytics::churnRiskClassName(c.churn.riskClass),
                                 DashboardFormat::percent(c.churn.value, 0));
    case AliveColumn: return DashboardFormat::percent(c.churn.probabilityAlive, 0);
    case DaysColumn: return QLocale().toString(c.daysSinceLastPurchase);
    case OrdersColumn: return QLocale().toString(c.orders);
    case RevenueColumn: return DisplayFormat::money(c.revenue);
    case ValueAtRiskColumn: return DisplayFormat::money(c.valueAtRisk);
    case ClvColumn: return DisplayFormat::money(c.clv);
    default: return {};
    }
}

QVariant ChurnListModel::sortValue(const Analytics::ChurnCustomer &c, int column) const
{
    switch (column) {
    case NameColumn: return c.name;
    case RiskColumn: return c.churn.value;
    case AliveColumn: return c.churn.probabilityAlive;
    case DaysColumn: return c.daysSinceLastPurchase;
    case OrdersColumn: return c.orders;
    case RevenueColumn: return c.revenue;
    case ValueAtRiskColumn: return c.valueAtRisk;
    case ClvColumn: return c.clv;
    default: return {};
    }
}

QString ChurnListModel::toolTip(const Analytics::ChurnCustomer &c, int column) const
{
    switch (column) {
    case RiskColumn:
        return tr("The higher of 1 − P(alive) (%1) and the share of all repeat purchases that came sooner than "
                  "this customer's %n day(s) of silence (%2).", nullptr, static_cast<int>(c.daysSinceLastPurchase))
            .arg(DashboardFormat::percent(1.0 - c.churn.probabilityAlive, 0),
                 DashboardFormat::percent(c.churn.recencyRisk, 0));
    case DaysColumn:
        return tr("Last purchase on %1").arg(DisplayFormat::date(c.lastPurchase));
    case ValueAtRiskColumn:
        return tr("Revenue × churn risk");
    case ClvColumn:
        return tr("Predicted value of the next year's purchases (BG/NBD × Gamma-Gamma, discounted)");
    default:
        return {};
    }
}

QVariant ChurnListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RiskColumn:
            return tr("Churn risk: high from 70 %, medium from 40 %, low below; the same figure as the contact's "
                      "Insights tab.");
        case AliveColumn:
            return tr("The BG/NBD model's probability that the customer is still buying.");
        case ValueAtRiskColumn:
            return tr("What the business stands to lose: revenue so far × churn risk. The list is ranked by it.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case RiskColumn: return tr("Churn risk");
    case AliveColumn: return tr("P(alive)");
    case DaysColumn: return tr("Days since last purchase");
    case OrdersColumn: return tr("Orders");
    case RevenueColumn: return tr("Revenue");
    case ValueAtRiskColumn: return tr("Value at risk");
    case ClvColumn: return tr("CLV (1 year)");
    default: return {};
    }
}

} // namespace Kizuna::Ui
