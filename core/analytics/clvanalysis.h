// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/bgnbdmodel.h"
#include "core/analytics/customerhistory.h"
#include "core/analytics/gammagammamodel.h"
#include "core/storage/result.h"

#include <QDate>

#include <atomic>
#include <optional>
#include <vector>

namespace Kizuna::Analytics {

struct ClvOptions
{
    QDate calibrationEnd;          // last day of the calibration period (inclusive)
    QDate holdoutEnd;              // last day of the hold-out period (inclusive); invalid: none
    double horizonWeeks = 52;      // CLV horizon
    double monthlyDiscountRate = 0.01;
};

struct CustomerValue
{
    QString contactId;
    BtydSummary summary;
    double probabilityAlive = 0;
    double expectedPurchases = 0;     // over the horizon
    double expectedAverageValue = 0;  // Gamma-Gamma E[M]
    double clv = 0;                   // discounted expected value over the horizon
    double holdoutPredicted = 0;      // E[repeat purchases in the hold-out period]
    double holdoutActual = 0;
    double revenue = 0;               // historic, up to the calibration end
    QDate lastPurchase;
    double recencyRisk = 0;           // share of all repeat-purchase gaps shorter than this silence
    double churnRisk = 0;             // max(1 − P(alive), recencyRisk)
};

// Cumulative repeat purchases of all customers by week since the first purchase in the data.
struct TrackingPoint
{
    int week = 0; // 1-based: the end of week `week`
    double actual = 0;
    double predicted = 0;
};

struct ClvReport
{
    BgNbdFit bgnbd;
    std::optional<GammaGammaFit> gammaGamma; // absent when too few repeat buyers with a value
    std::vector<CustomerValue> customers;
    std::optional<double> holdoutPredicted;
    std::optional<double> holdoutActual;
    std::vector<TrackingPoint> tracking; // weeks up to the hold-out end (or the calibration end)
};

// Predicted customer lifetime value: BG/NBD for the number of future purchases × Gamma-Gamma for
// their value, fitted on the orders up to the calibration end; with a hold-out period, the
// predictions are compared with what happened (per customer, in total, and week by week).
// CLV = Σ over the months of the horizon of E[purchases in month m] × E[M] / (1 + d)^m.
Result<ClvReport> analyseClv(Storage::Database &db, const ClvOptions &options,
                             const std::atomic<bool> *cancel = nullptr);

// Customers likely to have lapsed, most valuable first. Churn risk combines the model with
// recency: BG/NBD's 1 − P(alive) (which is 0 for one-time buyers by the model's assumption) and
// the recency risk — the share of all repeat purchases in the data that came sooner after the
// previous one than the time this customer has now been silent ("95 % of repeat purchases come
// within 180 days; it has been 200"). Those with a risk of at least `minRisk`, ranked by
// historic revenue (what the business stands to lose), then by risk.
std::vector<CustomerValue> churnRiskList(const ClvReport &report, double minRisk = 0.5);

// The discounted value over the horizon of one customer under fitted BG/NBD parameters, as
// analyseClv computes CustomerValue::clv (for scoring one customer against a cached fit).
double discountedClv(const BgNbdParams &params, const BtydSummary &summary, double averageValue,
                     const ClvOptions &options);

// The same on histories already loaded (tests, benchmarks).
Result<ClvReport> analyseClv(const std::vector<CustomerHistory> &histories, const ClvOptions &options,
                             const std::atomic<bool> *cancel = nullptr);

} // namespace Kizuna::Analytics
