// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/dashboarddata.h"

#include "core/analytics/analyticstr.h"
#include "core/analytics/customerhistory.h"
#include "core/analytics/kpiengine.h"
#include "core/analytics/ordertimelines.h"
#include "core/analytics/timelineanalytics.h"
#include "core/analytics/timelineleads.h"

#include <QElapsedTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <future>
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

// Records the time since the previous lap as one part of the computation.
class Laps final
{
public:
    explicit Laps(DashboardData &data) : m_data(data) { m_timer.start(); }
    void operator()(const char *part)
    {
        const qint64 now = m_timer.nsecsElapsed();
        m_data.timings.push_back({ QString::fromLatin1(part), static_cast<double>(now - m_last) / 1e9 });
        m_last = now;
    }

private:
    DashboardData &m_data;
    QElapsedTimer m_timer;
    qint64 m_last = 0;
};

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

// The customers the filter keeps (an owner's, a segment's members); empty without a filter.
Result<CustomerMask> filterMask(Storage::Database &db, const OrderTimelines &timelines, const KpiFilter &filter)
{
    if (filter.isEmpty())
        return CustomerMask();
    return timelines.mask(db, applyKpiFilter(QStringLiteral("SELECT c.id FROM contacts c WHERE 1 {owner:c}"), filter),
                          filter.ownerId);
}

// KPIs of one period: the order KPIs from the timelines, the rest (leads, deals, NPS, CAC) in SQL.
Result<KpiValues> periodKpis(Storage::Database &db, const OrderTimelines &timelines, const CustomerMask &keep,
                             const LeadCounts &leads, const Period &period, const KpiFilter &filter,
                             const std::atomic<bool> *cancel)
{
    KpiValues values;
    timelineOrderKpis(timelines, period, keep, values);
    applyLeadCounts(leads, values);
    KIZUNA_TRY(KpiEngine(db).computeInto(values, period, filter, cancel,
                                         KpiEngine::DealKpis | KpiEngine::SurveyKpis | KpiEngine::CostKpis));
    return values;
}

Status loadSeries(Storage::Database &db, const DashboardRequest &request, const OrderTimelines &timelines,
                  const CustomerMask &keep, const std::atomic<bool> *cancel, DashboardData &data)
{
    const KpiFilter filter { request.ownerId, request.contactTable };
    const Period &period = request.period;
    data.bucketSize = bucketSizeFor(period);
    data.buckets = bucketsOf(period, data.bucketSize);
    data.previousBuckets = shiftBuckets(data.buckets, -period.days());

    Laps lap(data);
    auto leads = timelineLeads(db, timelines, filter, period, data.buckets);
    if (!leads.ok())
        return leads.error();
    data.newLeads = leads->buckets;
    lap("new leads, both periods and by bucket");
    auto current = periodKpis(db, timelines, keep, leads->current, period, filter, cancel);
    if (!current.ok())
        return current.error();
    data.current = *current;
    lap("kpis");
    auto previous = periodKpis(db, timelines, keep, leads->previous, period.previous(), filter, cancel);
    if (!previous.ok())
        return previous.error();
    data.previous = *previous;
    lap("kpis previous period");

    data.sales = timelineSalesSeries(timelines, data.buckets, keep);
    data.previousSales = timelineSalesSeries(timelines, data.previousBuckets, keep);
    lap("sales by bucket, both periods");
    auto nps = npsSeries(db, data.buckets, filter, cancel);
    if (!nps.ok())
        return nps.error();
    data.nps = *nps;
    lap("nps");
    auto outcomes = dealOutcomeSeries(db, data.buckets, filter, cancel);
    if (!outcomes.ok())
        return outcomes.error();
    data.dealOutcomes = *outcomes;
    lap("won and lost deals");
    if (cancelled(cancel))
        return cancelledError();

    auto funnel = lifecycleFunnel(db, filter);
    if (!funnel.ok())
        return funnel.error();
    data.funnel = *funnel;
    lap("lifecycle funnel");
    auto pipeline = openPipeline(db, filter);
    if (!pipeline.ok())
        return pipeline.error();
    data.pipeline = *pipeline;
    lap("pipeline by stage");
    auto reasons = lostReasonCounts(db, period, filter);
    if (!reasons.ok())
        return reasons.error();
    data.lostReasons = *reasons;
    lap("lost reasons");
    auto users = activeUsers(db);
    if (!users.ok())
        return users.error();
    data.users = *users;
    lap("users");
    return {};
}

Status loadCustomerAnalytics(const DashboardRequest &request, const OrderTimelines &timelines,
                             const CustomerMask &keep, const std::atomic<bool> *cancel, int sampleCap,
                             DashboardData &data)
{
    Laps lap(data);
    const Period &period = request.period;
    const Period cohorts = cohortRange(period);
    data.cohorts = timelineCohorts(timelines, cohorts.first, cohorts.last);
    lap("cohort retention");
    const auto counts = [&](size_t customer) { return keep.empty() || keep[customer]; };

    std::vector<size_t> rfmIndexes;
    const std::vector<RfmCustomer> rfm = timelineRfm(timelines, period.last, &rfmIndexes);
    lap("rfm scores");
    // Each class's customers, and a sample of its most valuable ones (by revenue, then in
    // customer order) for the drill-down: a partial sort per class, not a sort of everyone.
    std::vector<std::vector<size_t>> members(rfmClasses().size());
    for (size_t i = 0; i < rfm.size(); ++i) {
        if (counts(rfmIndexes[i]))
            members[static_cast<size_t>(rfm[i].rfmClass)].push_back(i);
    }
    const auto moreValuable = [&rfm](size_t a, size_t b) {
        return rfm[a].monetary != rfm[b].monetary ? rfm[a].monetary > rfm[b].monetary : a < b;
    };
    for (RfmClass rfmClass : rfmClasses()) {
        std::vector<size_t> &inClass = members[static_cast<size_t>(rfmClass)];
        RfmClassCount count { rfmClass, static_cast<qint64>(inClass.size()), {} };
        const size_t sample = std::min(inClass.size(), static_cast<size_t>(std::max(0, sampleCap)));
        std::partial_sort(inClass.begin(), inClass.begin() + static_cast<std::ptrdiff_t>(sample), inClass.end(),
                          moreValuable);
        for (size_t k = 0; k < sample; ++k)
            count.contactIds.push_back(rfm[inClass[k]].contactId);
        data.rfm.push_back(std::move(count));
    }
    lap("rfm classes");
    if (cancelled(cancel))
        return cancelledError();

    // The model check: calibration up to the day before the period, the period as hold-out.
    ClvSummary &clv = data.clv;
    clv.calibrationEnd = period.first.addDays(-1);
    clv.holdoutEnd = period.last;
    std::vector<size_t> historyIndexes;
    std::vector<CustomerHistory> histories
        = timelineHistories(timelines, clv.calibrationEnd, clv.holdoutEnd, &historyIndexes);
    lap("clv order histories");
    // A customer whose first purchase is on the calibration end day has no time to observe
    // (T = 0), which the model cannot take: leave such customers out of the fit.
    size_t kept = 0;
    for (size_t i = 0; i < histories.size(); ++i) {
        if (histories[i].calibration.age <= 0)
            continue;
        historyIndexes[kept] = historyIndexes[i];
        histories[kept++] = std::move(histories[i]);
    }
    histories.resize(kept);
    historyIndexes.resize(kept);
    for (const CustomerHistory &h : histories) {
        if (!clv.trackingStart.isValid() || h.firstPurchase < clv.trackingStart)
            clv.trackingStart = h.firstPurchase;
    }
    ClvOptions options;
    options.calibrationEnd = clv.calibrationEnd;
    options.holdoutEnd = clv.holdoutEnd;
    options.horizonWeeks = clv.horizonWeeks;
    auto report = histories.empty()
        ? Result<ClvReport>(Error::badInput(Tr::tr("no orders before the period")))
        : analyseClv(histories, options, cancel);
    lap("clv fit and predictions");
    if (!report.ok()) {
        if (report.error().kind == ErrorKind::Cancelled)
            return report.error();
        clv.error = Tr::tr("Too little order history before %1 to fit the model.")
                        .arg(period.first.toString(Qt::ISODate));
        return {};
    }
    clv.tracking = report->tracking;
    clv.holdoutPredicted = report->holdoutPredicted;
    clv.holdoutActual = report->holdoutActual;
    std::vector<std::pair<double, QString>> values;
    for (size_t i = 0; i < report->customers.size(); ++i) {
        if (counts(historyIndexes[i]))
            values.emplace_back(report->customers[i].clv, report->customers[i].contactId);
    }
    clv.bins = clvHistogram(std::move(values), sampleCap);
    lap("clv histogram");
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
    if (!request.contactTable.isEmpty() && !isPlainTableName(request.contactTable))
        return Error::badInput(Tr::tr("\"%1\" is not a table name").arg(request.contactTable));
    Laps lap(data);
    auto timelines = OrderTimelines::load(db, cancel);
    if (!timelines.ok())
        return timelines.error();
    lap("order timelines");
    auto keep = filterMask(db, *timelines, KpiFilter { request.ownerId, request.contactTable });
    if (!keep.ok())
        return keep.error();
    if (!request.ownerId.isEmpty() || !request.contactTable.isEmpty())
        lap("filtered customers");
    // The customer analytics work on the timelines in memory only: they run on a thread of their
    // own beside the series, which read the database on this one.
    std::atomic<bool> stopAnalytics = false;
    DashboardData analytics;
    auto analyticsDone = std::async(std::launch::async, [&] {
        return loadCustomerAnalytics(request, *timelines, *keep, &stopAnalytics, sampleCap, analytics);
    });
    const Status series = loadSeries(db, request, *timelines, *keep, cancel, data);
    while (analyticsDone.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready) {
        if (!series.ok() || cancelled(cancel))
            stopAnalytics = true;
    }
    const Status analysed = analyticsDone.get();
    KIZUNA_TRY(series);
    if (cancelled(cancel))
        return cancelledError();
    KIZUNA_TRY(analysed);
    data.cohorts = std::move(analytics.cohorts);
    data.rfm = std::move(analytics.rfm);
    data.clv = std::move(analytics.clv);
    for (DashboardTiming &timing : analytics.timings)
        data.timings.push_back({timing.part + QStringLiteral(" (beside the series)"), timing.seconds});
    data.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return data;
}

} // namespace Kizuna::Analytics
