// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/clvanalysis.h"
#include "core/analytics/cohortretention.h"
#include "core/analytics/dashboardseries.h"
#include "core/analytics/kpivalues.h"
#include "core/analytics/period.h"
#include "core/analytics/rfm.h"
#include "core/storage/result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>
#include <vector>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Analytics {

// What the dashboard shows: a period and an optional owner.
struct DashboardRequest {
    Period period;
    QString ownerId; // empty: everybody
    // Only these contacts: a table of the computing connection with a column contact_id (a
    // segment's members, see KpiFilter::contactTable); empty: every contact.
    QString contactTable = {};
};

// Customers of one RFM class (scored as of the period's last day).
struct RfmClassCount {
    RfmClass rfmClass = RfmClass::Lost;
    qint64 customers = 0;
    QStringList contactIds; // the most valuable first, at most the sample cap
};

// Customers whose predicted CLV falls in [from, to) (the last bin has no upper end).
struct ClvBin {
    double from = 0;
    double to = 0;
    bool open = false;
    qint64 customers = 0;
    QStringList contactIds; // highest CLV first, at most the sample cap
};

// The model check behind the CLV: BG/NBD fitted on the orders up to the day before the period,
// the period as hold-out.
struct ClvSummary {
    QDate calibrationEnd;
    QDate holdoutEnd;
    QDate trackingStart; // first day of week 1 of the tracking curve
    std::vector<TrackingPoint> tracking;
    std::optional<double> holdoutPredicted;
    std::optional<double> holdoutActual;
    std::vector<ClvBin> bins;
    double horizonWeeks = 52;
    QString error; // why there is nothing to show (too little history to fit), else empty
};

// How long one part of the dashboard computation took (benchmarks, diagnostics).
struct DashboardTiming {
    QString part;
    double seconds = 0;
};

// Everything the dashboard draws, computed in one background job.
struct DashboardData {
    DashboardRequest request;
    KpiValues current;
    KpiValues previous; // of the previous period of equal length
    BucketSize bucketSize = BucketSize::Month;
    std::vector<Period> buckets;
    std::vector<Period> previousBuckets; // the same buckets one period earlier
    std::vector<SalesPoint> sales;
    std::vector<SalesPoint> previousSales;
    std::vector<QMap<QString, qint64>> newLeads;
    std::vector<NpsPoint> nps;
    std::vector<DealOutcomePoint> dealOutcomes;
    std::vector<StageCount> funnel;
    std::vector<PipelineStageTotal> pipeline;
    std::vector<LostReasonCount> lostReasons;
    std::vector<Cohort>
        cohorts; // months of first order up to the period's last month (12 at least)
    std::vector<RfmClassCount> rfm; // every class in display order
    ClvSummary clv;
    std::vector<UserEntry> users;
    double seconds = 0; // how long the computation took
    // The parts of `seconds` in the order computed; those marked "beside the series" ran on a
    // second thread at the same time as the series.
    std::vector<DashboardTiming> timings;
};

// The cohort months the dashboard shows for a period: the period's months, widened to the 12
// months that end with its last month.
Period cohortRange(const Period &period);

// Histogram bins for CLV values: equal-width "nice" steps up to about the 95th percentile, and an
// open-ended last bin for the long tail.
std::vector<ClvBin> clvHistogram(std::vector<std::pair<double, QString>> values, int sampleCap);

// Computes the dashboard on one connection (call it on a worker thread). Per-customer analytics
// (RFM, CLV) keep the customers of the owner when an owner is set; cohorts and the CLV tracking
// curve are over all customers. `sampleCap` bounds the contact ids kept per RFM class / CLV bin
// for drilling down.
Result<DashboardData> computeDashboard(Storage::Database &db, const DashboardRequest &request,
                                       const std::atomic<bool> *cancel = nullptr,
                                       int sampleCap = 5000);

} // namespace Kizuna::Analytics
