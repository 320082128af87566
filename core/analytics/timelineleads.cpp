// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/timelineleads.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QDateTime>

#include <string>
#include <string_view>
#include <unordered_map>

namespace Kizuna::Analytics {

namespace {

// Milliseconds since 1970 of a stored UTC timestamp "YYYY-MM-DDTHH:MM:SS.mmmZ" (other shapes
// through QDateTime).
qint64 storedMs(const QString &text)
{
    const auto digits = [&](qsizetype at, qsizetype n, int &out) {
        out = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            out = out * 10 + (c - u'0');
        }
        return true;
    };
    int y, mo, d, h, mi, s, ms;
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':'
        && text[16] == u':' && text[19] == u'.' && text[23] == u'Z' && digits(0, 4, y) && digits(5, 2, mo)
        && digits(8, 2, d) && digits(11, 2, h) && digits(14, 2, mi) && digits(17, 2, s) && digits(20, 3, ms)) {
        const qint64 days = QDate(1970, 1, 1).daysTo(QDate(y, mo, d));
        return ((days * 24 + h) * 60 + mi) * 60'000 + s * 1000 + ms;
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

void count(LeadCounts &counts, const QString &source, bool converted)
{
    counts.bySource[source]++;
    counts.leads++;
    if (converted)
        counts.converted++;
}

} // namespace

Result<DashboardLeads> timelineLeads(Storage::Database &db, const OrderTimelines &timelines, const KpiFilter &filter,
                                     const Period &period, const std::vector<Period> &buckets)
{
    std::unordered_map<std::string_view, qint64> firstOrder;
    firstOrder.reserve(timelines.size());
    for (size_t c = 0; c < timelines.size(); ++c) {
        if (!timelines.orders(c).empty())
            firstOrder.emplace(timelines.contactKey(c), timelines.orders(c).front().at);
    }
    // The first won deal of each contact (KpiEngine: a won deal closed before the period's end).
    std::unordered_map<std::string, QString> firstWon;
    auto won = db.prepare(QStringLiteral("SELECT contact_id, min(closed_at) FROM deals WHERE deleted_at IS NULL "
                                         "AND status = 'won' AND contact_id IS NOT NULL GROUP BY contact_id"));
    if (!won.ok())
        return won.error();
    KIZUNA_TRY(won->forEachRow([&] {
        if (!won->isNull(1))
            firstWon.emplace(won->columnText(0).toStdString(), won->columnText(1));
    }));

    const Period previous = period.previous();
    const QString ps = previous.startStamp(), s = period.startStamp(), e = period.endStamp();
    const qint64 sMs = startOfDayMs(period.first), eMs = startOfDayMs(period.last.addDays(1));
    std::vector<QString> bucketEnds;
    for (const Period &bucket : buckets)
        bucketEnds.push_back(bucket.endStamp());
    auto leads = db.prepare(applyKpiFilter(
        QStringLiteral("SELECT c.id, c.created_at, coalesce(c.source, '') FROM contacts c WHERE c.deleted_at IS NULL "
                       "AND c.created_at >= :ps AND c.created_at < :e AND +c.kind IN ('lead', 'customer') {owner:c}"),
        filter));
    if (!leads.ok())
        return leads.error();
    leads->bind(leads->parameterIndex(":ps"), ps);
    leads->bind(leads->parameterIndex(":e"), e);
    if (const int owner = leads->parameterIndex(":owner"); owner > 0)
        leads->bind(owner, filter.ownerId);
    DashboardLeads result;
    result.buckets.resize(buckets.size());
    KIZUNA_TRY(leads->forEachRow([&] {
        const QString id = leads->columnText(0);
        const QString created = leads->columnText(1);
        const QString source = leads->columnText(2);
        const std::string key = id.toStdString();
        const auto first = firstOrder.find(key);
        if (first != firstOrder.end() && first->second < storedMs(created))
            return; // a customer already when entered: not a lead
        const auto deal = firstWon.find(key);
        const bool inPeriod = created >= s;
        const qint64 endMs = inPeriod ? eMs : sMs;
        const QString &end = inPeriod ? e : s;
        const bool converted = (first != firstOrder.end() && first->second < endMs)
            || (deal != firstWon.end() && deal->second < end);
        count(inPeriod ? result.current : result.previous, source, converted);
        if (inPeriod && !bucketEnds.empty()) {
            size_t b = 0;
            while (b + 1 < bucketEnds.size() && created >= bucketEnds[b])
                ++b;
            result.buckets[b][source]++;
        }
    }));
    return result;
}

void applyLeadCounts(const LeadCounts &counts, KpiValues &values)
{
    values.newLeadsBySource = counts.bySource;
    values.newLeads = counts.leads;
    values.leadConversionRate.reset();
    if (counts.leads > 0)
        values.leadConversionRate = static_cast<double>(counts.converted) / static_cast<double>(counts.leads);
}

} // namespace Kizuna::Analytics
