// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/churnrisk.h"

#include <QSortFilterProxyModel>

namespace Kizuna::Ui {

// Filters the churn list by risk class (this class or higher) and minimum revenue, and sorts by
// the model's SortRole (numbers, not the formatted text).
class ChurnFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ChurnFilterProxy(QObject *parent = nullptr);

    void setMinimumRiskClass(Analytics::ChurnRiskClass riskClass);
    Analytics::ChurnRiskClass minimumRiskClass() const { return m_minimumClass; }
    void setMinimumRevenue(double revenue);
    double minimumRevenue() const { return m_minimumRevenue; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Analytics::ChurnRiskClass m_minimumClass = Analytics::ChurnRiskClass::Medium;
    double m_minimumRevenue = 0;
};

} // namespace Kizuna::Ui
