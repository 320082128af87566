// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Kizuna::Analytics {

// The KPIs of PRODUCT.md for one period. Rates are fractions (0.25 = 25 %); a value is empty
// when the KPI has no data in the period (no orders → no AOV, no closed deals → no win rate).
struct KpiValues
{
    double revenue = 0;
    qint64 orders = 0;
    std::optional<double> aov;
    qint64 activeCustomers = 0;
    qint64 newCustomers = 0;
    std::optional<double> repeatRate;
    std::optional<double> retentionRate;
    std::optional<double> churnRate;
    qint64 newLeads = 0;
    QMap<QString, qint64> newLeadsBySource; // source channel key ("" when not set) → count
    std::optional<double> leadConversionRate;
    std::optional<double> winRate;
    double pipelineValue = 0;
    double weightedPipelineValue = 0;
    std::optional<double> salesCycleDays;
    QMap<QString, qint64> lostReasons; // reason name ("" when not given) → deals lost in the period
    std::optional<double> nps;          // points, −100 … 100
    std::optional<double> crossSellRate;
    std::optional<double> cac;
    std::optional<double> historicLtv;
};

} // namespace Kizuna::Analytics
