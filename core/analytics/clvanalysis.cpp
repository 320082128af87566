// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/clvanalysis.h"

#include "core/analytics/churnrisk.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Kizuna::Analytics {

namespace {

constexpr double DaysPerWeek = 7.0;
constexpr double WeeksPerMonth = 365.25 / 12.0 / DaysPerWeek;

int horizonMonths(const ClvOptions &options)
{
    return std::max(1, static_cast<int>(std::lround(options.horizonWeeks / WeeksPerMonth)));
}

// E[purchases in the next t weeks | alive, x, T] at the times the analysis needs: the end of each
// month of the CLV horizon, then the horizon itself and the hold-out. Customers sharing x and T
// share one curve, so the hypergeometric function runs per distinct (x, T) — some ten thousand on
// a million customers — rather than a dozen times per customer.
class AliveCurves final
{
public:
    AliveCurves(const BgNbdParams &params, const ClvOptions &options, double holdoutWeeks)
        : m_params(params)
    {
        for (int m = 1; m <= horizonMonths(options); ++m)
            m_times.push_back(m * WeeksPerMonth);
        m_times.push_back(options.horizonWeeks);
        m_times.push_back(holdoutWeeks);
    }

    // Index of the horizon and of the hold-out in a curve; the months come first.
    size_t horizon() const { return m_times.size() - 2; }
    size_t holdout() const { return m_times.size() - 1; }

    const std::vector<double> &of(const BtydSummary &summary)
    {
        auto [it, added] = m_curves.try_emplace({summary.frequency, summary.age});
        if (added) {
            it->second.reserve(m_times.size());
            for (double t : m_times)
                it->second.push_back(BgNbdModel::expectedPurchasesIfAlive(m_params, summary.frequency, summary.age, t));
        }
        return it->second;
    }

private:
    BgNbdParams m_params;
    std::vector<double> m_times;
    struct KeyHash
    {
        size_t operator()(const std::pair<double, double> &key) const
        {
            return std::hash<double>()(key.first) * 1000003u ^ std::hash<double>()(key.second);
        }
    };
    std::unordered_map<std::pair<double, double>, std::vector<double>, KeyHash> m_curves;
};

// The discounted value of the purchases expected month by month over the horizon; `discounts`
// holds 1 / (1 + monthly rate)^m for each month m.
double discountedValue(const std::vector<double> &curve, const std::vector<double> &discounts,
                       double probabilityAlive, double averageValue)
{
    double value = 0;
    double before = 0;
    for (size_t m = 0; m < discounts.size(); ++m) {
        value += (curve[m] - before) * discounts[m];
        before = curve[m];
    }
    return value * probabilityAlive * averageValue;
}

std::vector<double> monthlyDiscounts(const ClvOptions &options)
{
    std::vector<double> discounts;
    for (int m = 1; m <= horizonMonths(options); ++m)
        discounts.push_back(1.0 / std::pow(1.0 + options.monthlyDiscountRate, m));
    return discounts;
}

// Week-by-week cumulative repeat purchases, actual and predicted by the population curve: a
// customer who first bought s weeks after the start contributes E[X(t − s)] at week t.
std::vector<TrackingPoint> tracking(const std::vector<CustomerHistory> &histories, const BgNbdParams &params,
                                    QDate lastDay)
{
    QDate start;
    for (const CustomerHistory &h : histories) {
        if (!start.isValid() || h.firstPurchase < start)
            start = h.firstPurchase;
    }
    if (!start.isValid())
        return {};
    const int weeks = static_cast<int>(std::ceil((start.daysTo(lastDay) + 1) / DaysPerWeek));
    std::vector<double> repeatsPerWeek(static_cast<size_t>(weeks) + 1, 0.0);
    QMap<qint64, int> cohortSizes; // first-purchase day offset → customers
    for (const CustomerHistory &h : histories) {
        cohortSizes[start.daysTo(h.firstPurchase)]++;
        for (const QDate &day : h.repeatDays) {
            const qint64 week = start.daysTo(day) / 7; // 0-based week of the purchase
            if (week < weeks)
                repeatsPerWeek[static_cast<size_t>(week)] += 1;
        }
    }
    // E[X(t)] only ever needs whole days: compute the population curve once per day.
    const qint64 lastDayOffset = static_cast<qint64>(weeks) * 7;
    std::vector<double> curve(static_cast<size_t>(lastDayOffset) + 1, 0.0);
    for (qint64 day = 1; day <= lastDayOffset; ++day)
        curve[static_cast<size_t>(day)] = BgNbdModel::expectedPurchasesNew(params, static_cast<double>(day) / DaysPerWeek);
    std::vector<TrackingPoint> points;
    double cumulative = 0;
    for (int week = 1; week <= weeks; ++week) {
        cumulative += repeatsPerWeek[static_cast<size_t>(week - 1)];
        double predicted = 0;
        for (auto it = cohortSizes.cbegin(); it != cohortSizes.cend(); ++it) {
            const qint64 days = static_cast<qint64>(week) * 7 - it.key();
            if (days > 0)
                predicted += it.value() * curve[static_cast<size_t>(days)];
        }
        points.push_back({week, cumulative, predicted});
    }
    return points;
}

// Days between consecutive purchase days within the calibration period, sorted.
std::vector<qint64> repeatGaps(const std::vector<CustomerHistory> &histories, QDate calibrationEnd)
{
    std::vector<qint64> gaps;
    for (const CustomerHistory &h : histories) {
        QDate previous = h.firstPurchase;
        for (const QDate &day : h.repeatDays) {
            if (day > calibrationEnd)
                break;
            gaps.push_back(previous.daysTo(day));
            previous = day;
        }
    }
    std::sort(gaps.begin(), gaps.end());
    return gaps;
}

} // namespace

double discountedClv(const BgNbdParams &params, const BtydSummary &summary, double averageValue,
                     const ClvOptions &options)
{
    AliveCurves curves(params, options, 0);
    return discountedValue(curves.of(summary), monthlyDiscounts(options), BgNbdModel::probabilityAlive(params, summary),
                           averageValue);
}

Result<ClvReport> analyseClv(const std::vector<CustomerHistory> &histories, const ClvOptions &options,
                             const std::atomic<bool> *cancel)
{
    std::vector<BtydSummary> summaries;
    summaries.reserve(histories.size());
    for (const CustomerHistory &h : histories)
        summaries.push_back(h.calibration);
    auto bgnbd = BgNbdModel::fit(summaries, cancel);
    if (!bgnbd.ok())
        return bgnbd.error();
    ClvReport report;
    report.bgnbd = *bgnbd;
    if (auto gg = GammaGammaModel::fit(summaries, cancel); gg.ok())
        report.gammaGamma = *gg;
    else if (gg.error().kind == ErrorKind::Cancelled)
        return gg.error();

    const bool holdout = options.holdoutEnd.isValid();
    const double holdoutWeeks = holdout ? options.calibrationEnd.daysTo(options.holdoutEnd) / DaysPerWeek : 0;
    const std::vector<qint64> gaps = repeatGaps(histories, options.calibrationEnd);
    AliveCurves curves(report.bgnbd.params, options, holdoutWeeks);
    const std::vector<double> discounts = monthlyDiscounts(options);
    double predictedTotal = 0;
    double actualTotal = 0;
    report.customers.reserve(histories.size());
    for (const CustomerHistory &h : histories) {
        CustomerValue v;
        v.contactId = h.contactId;
        v.summary = h.calibration;
        v.revenue = h.revenue;
        v.lastPurchase = h.lastPurchase;
        v.probabilityAlive = BgNbdModel::probabilityAlive(report.bgnbd.params, h.calibration);
        // The one churn formula of churnrisk.h, as the contact page and the churn list show it.
        const ChurnRisk churn = assessChurnRisk(
            v.probabilityAlive, recencyRisk(gaps, h.lastPurchase.daysTo(options.calibrationEnd)));
        v.recencyRisk = churn.recencyRisk;
        v.churnRisk = churn.value;
        const std::vector<double> &curve = curves.of(h.calibration);
        v.expectedPurchases = v.probabilityAlive * curve[curves.horizon()];
        v.expectedAverageValue = report.gammaGamma
                                     ? GammaGammaModel::expectedAverageValue(report.gammaGamma->params, h.calibration)
                                     : h.calibration.monetary;
        v.clv = discountedValue(curve, discounts, v.probabilityAlive, v.expectedAverageValue);
        if (holdout) {
            v.holdoutPredicted = v.probabilityAlive * curve[curves.holdout()];
            v.holdoutActual = h.holdoutRepeats;
            predictedTotal += v.holdoutPredicted;
            actualTotal += v.holdoutActual;
        }
        report.customers.push_back(std::move(v));
    }
    if (holdout) {
        report.holdoutPredicted = predictedTotal;
        report.holdoutActual = actualTotal;
    }
    report.tracking = tracking(histories, report.bgnbd.params, holdout ? options.holdoutEnd : options.calibrationEnd);
    return report;
}

std::vector<CustomerValue> churnRiskList(const ClvReport &report, double minRisk)
{
    std::vector<CustomerValue> atRisk;
    for (const CustomerValue &v : report.customers) {
        if (v.churnRisk >= minRisk)
            atRisk.push_back(v);
    }
    std::sort(atRisk.begin(), atRisk.end(), [](const CustomerValue &a, const CustomerValue &b) {
        if (a.revenue != b.revenue)
            return a.revenue > b.revenue;
        return a.churnRisk > b.churnRisk;
    });
    return atRisk;
}

Result<ClvReport> analyseClv(Storage::Database &db, const ClvOptions &options, const std::atomic<bool> *cancel)
{
    auto histories = loadCustomerHistories(db, options.calibrationEnd, options.holdoutEnd, cancel);
    if (!histories.ok())
        return histories.error();
    return analyseClv(*histories, options, cancel);
}

} // namespace Kizuna::Analytics
