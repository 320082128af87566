// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/kpiengine.h"
#include "core/analytics/period.h"
#include "core/storage/result.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <atomic>
#include <optional>
#include <vector>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Analytics {

// The data series behind the dashboard's charts. Each is a handful of SQL aggregates over the
// indexed time columns (orders.ordered_at, contacts.created_at, survey_answers.answered_at);
// records in the Trash never count; an owner filter applies through the contact (or the deal).

enum class BucketSize { Month, Week };

// The size of the buckets a period is shown in: weeks for periods up to 62 days (a month shown
// as one bar says little), calendar months otherwise.
BucketSize bucketSizeFor(const Period &period);

// The period cut into buckets: at calendar month boundaries (the first and last bucket may be
// partial months) or into 7-day weeks from the first day (the last may be shorter).
std::vector<Period> bucketsOf(const Period &period, BucketSize size);

// The same buckets moved by `days` (negative: earlier), so the previous period of equal length
// lines up bucket by bucket with the current one.
std::vector<Period> shiftBuckets(const std::vector<Period> &buckets, qint64 days);

// Orders of one bucket (the order KPIs of PRODUCT.md on that bucket).
struct SalesPoint {
    double revenue = 0;
    qint64 orders = 0;
    qint64 activeCustomers = 0;
    qint64 newCustomers = 0; // first order ever in the bucket

    std::optional<double> aov() const;
    std::optional<double> repeatRate() const; // (active − new) / active
};

Result<std::vector<SalesPoint>> salesSeries(Storage::Database &db,
                                            const std::vector<Period> &buckets,
                                            const KpiFilter &filter = {},
                                            const std::atomic<bool> *cancel = nullptr);

// Survey answers of one bucket; NPS in points (−100 … 100).
struct NpsPoint {
    qint64 answers = 0;
    qint64 promoters = 0; // 9–10
    qint64 detractors = 0; // 0–6

    std::optional<double> nps() const;
};

Result<std::vector<NpsPoint>> npsSeries(Storage::Database &db, const std::vector<Period> &buckets,
                                        const KpiFilter &filter = {},
                                        const std::atomic<bool> *cancel = nullptr);

// New leads per bucket by source channel ("" when not set), read as the KPI engine does: contacts
// of kind lead or customer created in the bucket before any order of theirs.
Result<std::vector<QMap<QString, qint64>>>
newLeadsSeries(Storage::Database &db, const std::vector<Period> &buckets,
               const KpiFilter &filter = {}, const std::atomic<bool> *cancel = nullptr);

// Won and lost deals closed in each bucket.
struct DealOutcomePoint {
    qint64 won = 0;
    qint64 lost = 0;

    std::optional<double> winRate() const;
};

Result<std::vector<DealOutcomePoint>> dealOutcomeSeries(Storage::Database &db,
                                                        const std::vector<Period> &buckets,
                                                        const KpiFilter &filter = {},
                                                        const std::atomic<bool> *cancel = nullptr);

// Contacts (not in the Trash) by their current lifecycle stage, every stage of the catalogue in
// funnel order, zeros included.
struct StageCount {
    QString stage; // lifecycle stage key
    qint64 contacts = 0;
};

Result<std::vector<StageCount>> lifecycleFunnel(Storage::Database &db,
                                                const KpiFilter &filter = {});

// Open deals now, by pipeline stage in pipeline and stage order (stages without deals included).
struct PipelineStageTotal {
    QString stageId;
    QString pipelineName;
    QString stageName;
    qint64 deals = 0;
    double amount = 0;
    double weighted = 0; // amount × (deal probability, else the stage's)
};

Result<std::vector<PipelineStageTotal>> openPipeline(Storage::Database &db,
                                                     const KpiFilter &filter = {});

// Deals lost in the period by lost reason, most frequent first (reasonId empty: none given).
struct LostReasonCount {
    QString reasonId;
    QString reason;
    qint64 deals = 0;
};

Result<std::vector<LostReasonCount>> lostReasonCounts(Storage::Database &db, const Period &period,
                                                      const KpiFilter &filter = {});

// Active users for the owner filter, by name.
struct UserEntry {
    QString id;
    QString name;
};

Result<std::vector<UserEntry>> activeUsers(Storage::Database &db);

// Ids of the contacts owned by a user (for filtering per-customer analytics such as RFM).
Result<QSet<QString>> contactIdsOfOwner(Storage::Database &db, const QString &ownerId);
// Ids of the contacts that pass a filter (owner and/or contact table).
Result<QSet<QString>> contactIdsOf(Storage::Database &db, const KpiFilter &filter);

} // namespace Kizuna::Analytics
