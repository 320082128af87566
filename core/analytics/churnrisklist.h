// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/churnrisk.h"
#include "core/analytics/contactinsights.h"
#include "core/storage/result.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Analytics {

// One customer of the churn risk list, scored as the contact page's Insights tab scores it.
struct ChurnCustomer
{
    QString contactId;
    QString name;                  // Model::displayName (family first for Japanese names)
    qint64 orders = 0;             // up to the as-of day
    double revenue = 0;            // historic value: all orders up to the as-of day
    QDate lastPurchase;            // local calendar day
    qint64 daysSinceLastPurchase = 0;
    double expectedAverageValue = 0;
    double clv = 0;                // predicted, over InsightsOptions::clvWeeks, discounted
    ChurnRisk churn;               // P(alive), recency risk, risk and class
    double valueAtRisk = 0;        // revenue × churn risk
};

struct ChurnRiskList
{
    QDate asOf;
    qint64 populationCustomers = 0; // customers the population model was computed over
    // Every customer with an order up to the as-of day (contacts in the Trash left out), highest
    // value at risk first, then higher risk, then contact id.
    std::vector<ChurnCustomer> customers;
};

enum class ChurnListStage { PopulationModel, Purchases, Scoring };
// Called on the computing thread as the work advances; `fraction` (0–1) is known while scoring
// only (−1 otherwise).
using ChurnListProgress = std::function<void(ChurnListStage stage, double fraction)>;

// Churn risk of every customer against the day's cached population model (computed first if
// needed, which takes seconds on a big file): one pass over the orders grouped by customer and
// purchase day (loadCustomerHistories) and the names from the contacts table, then the model per
// customer. Run on a worker; `cancel` is checked between chunks
// (returns ErrorKind::Cancelled). BadInput when the file has too few repeat purchases to fit
// BG/NBD.
Result<ChurnRiskList> computeChurnRiskList(Storage::Database &db, const InsightsOptions &options = {},
                                           const std::atomic<bool> *cancel = nullptr,
                                           const ChurnListProgress &progress = {});

} // namespace Kizuna::Analytics
