// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/dashboarddata.h"

#include "core/analytics/analyticstr.h"
#include "core/analytics/customerhistory.h"
#include "core/analytics/kpiengine.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <map>

namespace Kizuna::Analytics {

namespace {

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return Error::cancelled(Tr::tr("dashboard calculation cancelled"));
}

// 1, 2, 2.5 or 5 × 10^k: the smallest such step ≥ raw.
double niceStep(double raw)
{
    if (raw <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

Status loadSeries(Storage::Database &db, const DashboardRequest &request,
                  const std::atomic<bool> *cancel, DashboardData &data)
{
    const KpiFilter filter { request.ownerId, request.contactTable };
    const Period &period = request.period;
    data.bucketSize = bucketSizeFor(period);
    data.buckets = bucketsOf(period, data.bucketSize);
    data.previousBuckets = shiftBuckets(data.buckets, -period.days());

    KpiEngine engine(db);
    auto current = engine.compute(period, filter, cancel);
    if (!current.ok())
        return current.error();
    data.current = *current;
    auto previous = engine.compute(period.previous(), filter, cancel);
    if (!previous.ok())
        return previous.error();
    data.previous = *previous;

    auto sales = salesSeries(db, data.buckets, filter, cancel);
    if (!sales.ok())
        return sales.error();
    data.sales = *sales;
    auto previousSales = salesSeries(db, data.previousBuckets, filter, cancel);
    if (!previousSales.ok())
        return previousSales.error();
    data.previousSales = *previousSales;
    auto leads = newLeadsSeries(db, data.buckets, filter, cancel);
    if (!leads.ok())
        return leads.error();
    data.newLeads = *leads;
    auto nps = npsSeries(db, data.buckets, filter, cancel);
    if (!nps.ok())
        return nps.error();
    data.nps = *nps;
    auto outcomes = dealOutcomeSeries(db, data.buckets, filter, cancel);
    if (!outcomes.ok())
        return outcomes.error();
    data.dealOutcomes = *outcomes;
    if (cancelled(cancel))
        return cancelledError();

    auto funnel = lifecycleFunnel(db, filter);
    if (!funnel.ok())
        return funnel.error();
    data.funnel = *funnel;
    auto pipeline = openPipeline(db, filter);
    if (!pipeline.ok())
        return pipeline.error();
    data.pipeline = *pipeline;
    auto reasons = lostReasonCounts(db, period, filter);
    if (!reasons.ok())
        return reasons.error();
    data.lostReasons = *reasons;
    auto users = activeUsers(db);
    if (!users.ok())
        return users.error();
    data.users = *users;
    return {};
}

Status loadCustomerAnalytics(Storage::Database &db, const DashboardRequest &request,
                             const std::atomic<bool> *cancel, int sampleCap, DashboardData &data)
{
    const Period &period = request.period;
    const Period cohorts = cohortRange(period);
    auto cohortRows = cohortRetention(db, cohorts.first, cohorts.last, cancel);
    if (!cohortRows.ok())
        return cohortRows.error();
    data.cohorts = *cohortRows;

    std::optional<QSet<QString>> owned;
    if (!request.ownerId.isEmpty() || !request.contactTable.isEmpty()) {
        auto ids = contactIdsOf(db, KpiFilter { request.ownerId, request.contactTable });
        if (!ids.ok())
            return ids.error();
        owned = *ids;
    }
    const auto keep = [&](const QString &id) { return !owned || owned->contains(id); };

    auto rfm = computeRfm(db, period.last, cancel);
    if (!rfm.ok())
        return rfm.error();
    std::vector<const RfmCustomer *> byValue;
    for (const RfmCustomer &customer : *rfm) {
        if (keep(customer.contactId))
            byValue.push_back(&customer);
    }
    std::stable_sort(
        byValue.begin(), byValue.end(),
        [](const RfmCustomer *a, const RfmCustomer *b) { return a->monetary > b->monetary; });
    for (RfmClass rfmClass : rfmClasses())
        data.rfm.push_back({ rfmClass, 0, {} });
    for (const RfmCustomer *customer : byValue) {
        RfmClassCount &count = data.rfm[static_cast<size_t>(customer->rfmClass)];
        count.customers++;
        if (count.contactIds.size() < sampleCap)
            count.contactIds.push_back(customer->contactId);
    }
    if (cancelled(cancel))
        return cancelledError();

    // The model check: calibration up to the day before the period, the period as hold-out.
    ClvSummary &clv = data.clv;
    clv.calibrationEnd = period.first.addDays(-1);
    clv.holdoutEnd = period.last;
    auto histories = loadCustomerHistories(db, clv.calibrationEnd, clv.holdoutEnd, cancel);
    if (!histories.ok())
        return histories.error();
    // A customer whose first purchase is on the calibration end day has no time to observe
    // (T = 0), which the model cannot take: leave such customers out of the fit.
    std::erase_if(*histories, [](const CustomerHistory &h) { return h.calibration.age <= 0; });
    for (const CustomerHistory &h : *histories) {
        if (!clv.trackingStart.isValid() || h.firstPurchase < clv.trackingStart)
            clv.trackingStart = h.firstPurchase;
    }
    ClvOptions options;
    options.calibrationEnd = clv.calibrationEnd;
    options.holdoutEnd = clv.holdoutEnd;
    options.horizonWeeks = clv.horizonWeeks;
    auto report = histories->empty()
        ? Result<ClvReport>(Error::badInput(Tr::tr("no orders before the period")))
        : analyseClv(*histories, options);
    if (!report.ok()) {
        clv.error = Tr::tr("Too little order history before %1 to fit the model.")
                        .arg(period.first.toString(Qt::ISODate));
        return {};
    }
    clv.tracking = report->tracking;
    clv.holdoutPredicted = report->holdoutPredicted;
    clv.holdoutActual = report->holdoutActual;
    std::vector<std::pair<double, QString>> values;
    for (const CustomerValue &value : report->customers) {
        if (keep(value.contactId))
            values.emplace_back(value.clv, value.contactId);
    }
    clv.bins = clvHistogram(std::move(values), sampleCap);
    return {};
}

} // namespace

Period cohortRange(const Period &period)
{
    const QDate lastMonth(period.last.year(), period.last.month(), 1);
    const QDate firstMonth
        = std::min(QDate(period.first.year(), period.first.month(), 1), lastMonth.addMonths(-11));
    return { firstMonth, lastMonth.addMonths(1).addDays(-1) };
}

std::vector<ClvBin> clvHistogram(std::vector<std::pair<double, QString>> values, int sampleCap)
{
    std::vector<ClvBin> bins;
    if (values.empty())
        return bins;
    std::sort(values.begin(), values.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    const size_t n = values.size();
    const double top = values.front().first;
    const double p95
        = values[std::min(n - 1, static_cast<size_t>(std::floor(0.05 * static_cast<double>(n))))]
              .first;
    const double step = niceStep(std::max(p95, 1e-9) / 10.0);
    int binCount = std::max(1, static_cast<int>(std::ceil(p95 / step)));
    const bool tail = top >= binCount * step;
    for (int i = 0; i < binCount; ++i)
        bins.push_back({ i * step, (i + 1) * step, false, 0, {} });
    if (tail)
        bins.push_back({ binCount * step, top, true, 0, {} });
    for (const auto &[value, id] : values) {
        const size_t index = std::min(bins.size() - 1,
                                      static_cast<size_t>(std::max(0.0, std::floor(value / step))));
        ClvBin &bin = bins[index];
        bin.customers++;
        if (bin.contactIds.size() < sampleCap)
            bin.contactIds.push_back(id);
    }
    return bins;
}

Result<DashboardData> computeDashboard(Storage::Database &db, const DashboardRequest &request,
                                       const std::atomic<bool> *cancel, int sampleCap)
{
    if (!request.period.isValid())
        return Error::badInput(
            Tr::tr("the period must have a first day on or before its last day"));
    QElapsedTimer timer;
    timer.start();
    DashboardData data;
    data.request = request;
    KIZUNA_TRY(loadSeries(db, request, cancel, data));
    KIZUNA_TRY(loadCustomerAnalytics(db, request, cancel, sampleCap, data));
    data.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return data;
}

} // namespace Kizuna::Analytics
