// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/dashboardseries.h"

#include "core/analytics/analyticstr.h"
#include "core/model/entities.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <algorithm>

namespace Kizuna::Analytics {

namespace {

// {owner:X} in the SQL becomes the filter's conditions on alias X (applyKpiFilter, :owner).
QString withOwner(const QString &sql, const KpiFilter &filter)
{
    return applyKpiFilter(sql, filter);
}

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return numerator / denominator;
}

void bindNamed(Storage::Statement &statement, const char *name, const QString &value)
{
    if (const int index = statement.parameterIndex(name); index > 0)
        statement.bind(index, value);
}

// Runs `sql` once per bucket with :s/:e bound to the bucket and :owner to the filter, handing
// each result row to `read(bucketIndex, statement)`.
template<typename Read>
Status perBucket(Storage::Database &db, const QString &sql, const std::vector<Period> &buckets,
                 const KpiFilter &filter, const std::atomic<bool> *cancel, Read read)
{
    auto statement = db.prepare(withOwner(sql, filter));
    if (!statement.ok())
        return statement.error();
    bindNamed(*statement, ":owner", filter.ownerId);
    for (size_t i = 0; i < buckets.size(); ++i) {
        if (cancelled(cancel))
            return Error::cancelled(Tr::tr("dashboard calculation cancelled"));
        statement->reset();
        bindNamed(*statement, ":s", buckets[i].startStamp());
        bindNamed(*statement, ":e", buckets[i].endStamp());
        KIZUNA_TRY(statement->forEachRow([&] { read(i, *statement); }));
    }
    return {};
}

// Runs a query without period parameters, handing each row to `read(statement)`.
template<typename Read>
Status eachRow(Storage::Database &db, const QString &sql, const KpiFilter &filter, Read read)
{
    auto statement = db.prepare(withOwner(sql, filter));
    if (!statement.ok())
        return statement.error();
    bindNamed(*statement, ":owner", filter.ownerId);
    return statement->forEachRow([&] { read(*statement); });
}

} // namespace

BucketSize bucketSizeFor(const Period &period)
{
    return period.days() <= 62 ? BucketSize::Week : BucketSize::Month;
}

std::vector<Period> bucketsOf(const Period &period, BucketSize size)
{
    std::vector<Period> buckets;
    if (!period.isValid())
        return buckets;
    QDate first = period.first;
    while (first <= period.last) {
        const QDate next = size == BucketSize::Week
            ? first.addDays(7)
            : QDate(first.year(), first.month(), 1).addMonths(1);
        const QDate last = std::min(next.addDays(-1), period.last);
        buckets.push_back({ first, last });
        first = next;
    }
    return buckets;
}

std::vector<Period> shiftBuckets(const std::vector<Period> &buckets, qint64 days)
{
    std::vector<Period> shifted;
    shifted.reserve(buckets.size());
    for (const Period &bucket : buckets)
        shifted.push_back({ bucket.first.addDays(days), bucket.last.addDays(days) });
    return shifted;
}

std::optional<double> SalesPoint::aov() const
{
    return ratio(revenue, static_cast<double>(orders));
}

std::optional<double> SalesPoint::repeatRate() const
{
    return ratio(static_cast<double>(activeCustomers - newCustomers),
                 static_cast<double>(activeCustomers));
}

std::optional<double> NpsPoint::nps() const
{
    if (answers <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(promoters - detractors) / static_cast<double>(answers);
}

std::optional<double> DealOutcomePoint::winRate() const
{
    return ratio(static_cast<double>(won), static_cast<double>(won + lost));
}

Result<std::vector<SalesPoint>> salesSeries(Storage::Database &db,
                                            const std::vector<Period> &buckets,
                                            const KpiFilter &filter,
                                            const std::atomic<bool> *cancel)
{
    // One pass over the bucket's orders (orders_ordered); "new" probes orders_contact for an
    // earlier order of each active customer.
    std::vector<SalesPoint> points(buckets.size());
    const QString sql = QStringLiteral(
        "SELECT coalesce(sum(total), 0), coalesce(sum(n), 0), count(*), coalesce(sum(NOT EXISTS "
        "(SELECT 1 "
        "FROM orders p WHERE p.contact_id = a.id AND p.deleted_at IS NULL AND p.ordered_at < :s)), "
        "0) "
        "FROM (SELECT o.contact_id AS id, sum(o.total) AS total, count(*) AS n FROM orders o "
        "JOIN contacts c ON c.id = o.contact_id {owner:c} WHERE o.deleted_at IS NULL "
        "AND o.ordered_at >= :s AND o.ordered_at < :e GROUP BY o.contact_id) a");
    KIZUNA_TRY(perBucket(db, sql, buckets, filter, cancel, [&](size_t i, Storage::Statement &row) {
        points[i].revenue = row.columnDouble(0);
        points[i].orders = row.columnInt64(1);
        points[i].activeCustomers = row.columnInt64(2);
        points[i].newCustomers = row.columnInt64(3);
    }));
    return points;
}

Result<std::vector<NpsPoint>> npsSeries(Storage::Database &db, const std::vector<Period> &buckets,
                                        const KpiFilter &filter, const std::atomic<bool> *cancel)
{
    std::vector<NpsPoint> points(buckets.size());
    // {contact-of:a} joins contacts only under a filter, and then as a CROSS JOIN that keeps the
    // answers' time index as the outer loop: the planner would otherwise walk all of the owner's
    // contacts for every bucket (22 s on a million contacts instead of milliseconds).
    const QString sql = QStringLiteral(
        "SELECT count(*), coalesce(sum(a.score >= 9), 0), coalesce(sum(a.score <= 6), 0) "
        "FROM survey_answers a {contact-of:a} "
        "WHERE a.deleted_at IS NULL AND a.answered_at >= :s AND a.answered_at < :e");
    KIZUNA_TRY(perBucket(db, sql, buckets, filter, cancel, [&](size_t i, Storage::Statement &row) {
        points[i].answers = row.columnInt64(0);
        points[i].promoters = row.columnInt64(1);
        points[i].detractors = row.columnInt64(2);
    }));
    return points;
}

Result<std::vector<QMap<QString, qint64>>> newLeadsSeries(Storage::Database &db,
                                                          const std::vector<Period> &buckets,
                                                          const KpiFilter &filter,
                                                          const std::atomic<bool> *cancel)
{
    std::vector<QMap<QString, qint64>> points(buckets.size());
    const QString sql = QStringLiteral(
        "SELECT coalesce(c.source, ''), count(*) FROM contacts c WHERE c.deleted_at IS NULL "
        "AND c.created_at >= :s AND c.created_at < :e AND c.kind IN ('lead', 'customer') {owner:c} "
        "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.contact_id = c.id AND o.deleted_at IS NULL "
        "AND o.ordered_at < c.created_at) GROUP BY 1");
    KIZUNA_TRY(perBucket(db, sql, buckets, filter, cancel, [&](size_t i, Storage::Statement &row) {
        const QString source = row.columnText(0);
        points[i].insert(source.isNull() ? QString(QStringLiteral("")) : source,
                         row.columnInt64(1));
    }));
    return points;
}

Result<std::vector<DealOutcomePoint>> dealOutcomeSeries(Storage::Database &db,
                                                        const std::vector<Period> &buckets,
                                                        const KpiFilter &filter,
                                                        const std::atomic<bool> *cancel)
{
    std::vector<DealOutcomePoint> points(buckets.size());
    const QString sql = QStringLiteral(
        "SELECT coalesce(sum(d.status = 'won'), 0), coalesce(sum(d.status = 'lost'), 0) FROM deals "
        "d "
        "WHERE d.deleted_at IS NULL AND d.status IN ('won', 'lost') AND d.closed_at >= :s "
        "AND d.closed_at < :e {owner:d}");
    KIZUNA_TRY(perBucket(db, sql, buckets, filter, cancel, [&](size_t i, Storage::Statement &row) {
        points[i].won = row.columnInt64(0);
        points[i].lost = row.columnInt64(1);
    }));
    return points;
}

Result<std::vector<StageCount>> lifecycleFunnel(Storage::Database &db, const KpiFilter &filter)
{
    QMap<QString, qint64> counts;
    KIZUNA_TRY(eachRow(db,
                       QStringLiteral("SELECT c.lifecycle_stage, count(*) FROM contacts c "
                                      "WHERE c.deleted_at IS NULL {owner:c} GROUP BY 1"),
                       filter, [&](Storage::Statement &row) {
                           counts.insert(row.columnText(0), row.columnInt64(1));
                       }));
    std::vector<StageCount> funnel;
    for (const QString &stage : Model::Choices::lifecycleStages())
        funnel.push_back({ stage, counts.value(stage) });
    return funnel;
}

Result<std::vector<PipelineStageTotal>> openPipeline(Storage::Database &db, const KpiFilter &filter)
{
    std::vector<PipelineStageTotal> stages;
    KIZUNA_TRY(eachRow(
        db,
        QStringLiteral("SELECT s.id, p.name, s.name, count(d.id), coalesce(sum(d.amount), 0), "
                       "coalesce(sum(d.amount * coalesce(d.probability, s.probability, 0)), 0) "
                       "FROM pipeline_stages s JOIN pipelines p ON p.id = s.pipeline_id AND "
                       "p.deleted_at IS NULL "
                       "LEFT JOIN deals d ON d.stage_id = s.id AND d.deleted_at IS NULL AND "
                       "d.status = 'open' {owner:d} "
                       "WHERE s.deleted_at IS NULL GROUP BY s.id ORDER BY p.position, p.name, "
                       "s.position, s.name"),
        filter, [&](Storage::Statement &row) {
            stages.push_back({ row.columnText(0), row.columnText(1), row.columnText(2),
                               row.columnInt64(3), row.columnDouble(4), row.columnDouble(5) });
        }));
    return stages;
}

Result<std::vector<LostReasonCount>> lostReasonCounts(Storage::Database &db, const Period &period,
                                                      const KpiFilter &filter)
{
    std::vector<LostReasonCount> reasons;
    KIZUNA_TRY(perBucket(
        db,
        QStringLiteral("SELECT coalesce(r.id, ''), coalesce(r.name, ''), count(*) FROM deals d "
                       "LEFT JOIN lost_reasons r ON r.id = d.lost_reason_id "
                       "WHERE d.deleted_at IS NULL AND d.status = 'lost' AND d.closed_at >= :s "
                       "AND d.closed_at < :e {owner:d} GROUP BY 1 ORDER BY 3 DESC, 2"),
        { period }, filter, nullptr, [&](size_t, Storage::Statement &row) {
            reasons.push_back({ row.columnText(0), row.columnText(1), row.columnInt64(2) });
        }));
    return reasons;
}

Result<std::vector<UserEntry>> activeUsers(Storage::Database &db)
{
    std::vector<UserEntry> users;
    KIZUNA_TRY(
        eachRow(db,
                QStringLiteral("SELECT id, name FROM users WHERE deleted_at IS NULL AND active = 1 "
                               "ORDER BY name, id"),
                {}, [&](Storage::Statement &row) {
                    users.push_back({ row.columnText(0), row.columnText(1) });
                }));
    return users;
}

Result<QSet<QString>> contactIdsOfOwner(Storage::Database &db, const QString &ownerId)
{
    return contactIdsOf(db, KpiFilter { ownerId, {} });
}

Result<QSet<QString>> contactIdsOf(Storage::Database &db, const KpiFilter &filter)
{
    QSet<QString> ids;
    KIZUNA_TRY(eachRow(db, QStringLiteral("SELECT c.id FROM contacts c WHERE 1 {owner:c}"), filter,
                       [&](Storage::Statement &row) { ids.insert(row.columnText(0)); }));
    return ids;
}

} // namespace Kizuna::Analytics
