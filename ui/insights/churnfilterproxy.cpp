// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/churnfilterproxy.h"

#include "ui/insights/insightsroles.h"

namespace Kizuna::Ui {

ChurnFilterProxy::ChurnFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
}

void ChurnFilterProxy::setMinimumRiskClass(Analytics::ChurnRiskClass riskClass)
{
    if (riskClass == m_minimumClass)
        return;
    m_minimumClass = riskClass;
    invalidateFilter();
}

void ChurnFilterProxy::setMinimumRevenue(double revenue)
{
    if (revenue == m_minimumRevenue)
        return;
    m_minimumRevenue = revenue;
    invalidateFilter();
}

bool ChurnFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ChurnRiskClassRole).toInt() >= static_cast<int>(m_minimumClass)
           && index.data(RevenueRole).toDouble() >= m_minimumRevenue;
}

} // namespace Kizuna::Ui
