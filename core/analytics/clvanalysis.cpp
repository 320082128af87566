// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/clvanalysis.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace Kizuna::Analytics {

namespace {

constexpr double DaysPerWeek = 7.0;
constexpr double WeeksPerMonth = 365.25 / 12.0 / DaysPerWeek;

double discountedValue(const BgNbdParams &params, const BtydSummary &summary, double averageValue,
                       const ClvOptions &options)
{
    const int months = std::max(1, static_cast<int>(std::lround(options.horizonWeeks / WeeksPerMonth)));
    double value = 0;
    double before = 0;
    for (int m = 1; m <= months; ++m) {
        const double upTo = BgNbdModel::expectedPurchases(params, summary, m * WeeksPerMonth);
        value += (upTo - before) * averageValue / std::pow(1.0 + options.monthlyDiscountRate, m);
        before = upTo;
    }
    return value;
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

double shareBelow(const std::vector<qint64> &sorted, qint64 days)
{
    if (sorted.empty())
        return 0;
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), days) - sorted.begin();
    return static_cast<double>(below) / static_cast<double>(sorted.size());
}

} // namespace

double discountedClv(const BgNbdParams &params, const BtydSummary &summary, double averageValue,
                     const ClvOptions &options)
{
    return discountedValue(params, summary, averageValue, options);
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
    double predictedTotal = 0;
    double actualTotal = 0;
    report.customers.reserve(histories.size());
    for (const CustomerHistory &h : histories) {
        CustomerValue v;
        v.contactId = h.contactId;
        v.summary = h.calibration;
        v.revenue = h.revenue;
        v.lastPurchase = h.lastPurchase;
        v.recencyRisk = shareBelow(gaps, h.lastPurchase.daysTo(options.calibrationEnd));
        v.probabilityAlive = BgNbdModel::probabilityAlive(report.bgnbd.params, h.calibration);
        v.expectedPurchases = BgNbdModel::expectedPurchases(report.bgnbd.params, h.calibration, options.horizonWeeks);
        v.expectedAverageValue = report.gammaGamma
                                     ? GammaGammaModel::expectedAverageValue(report.gammaGamma->params, h.calibration)
                                     : h.calibration.monetary;
        v.clv = discountedValue(report.bgnbd.params, h.calibration, v.expectedAverageValue, options);
        v.churnRisk = std::max(1.0 - v.probabilityAlive, v.recencyRisk);
        if (holdout) {
            v.holdoutPredicted = BgNbdModel::expectedPurchases(report.bgnbd.params, h.calibration, holdoutWeeks);
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
