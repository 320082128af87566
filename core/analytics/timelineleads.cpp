// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/timelineleads.h"

#include "core/analytics/contactkeyindex.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QDateTime>

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Kizuna::Analytics {

namespace {

// Milliseconds since 1970 of a stored UTC timestamp "YYYY-MM-DDTHH:MM:SS.mmmZ" (other shapes
// through QDateTime).
qint64 storedMs(std::string_view text)
{
    const auto digits = [&](size_t at, size_t n, int &out) {
        out = 0;
        for (size_t i = at; i < at + n; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return false;
            out = out * 10 + (c - '0');
        }
        return true;
    };
    int y, mo, d, h, mi, s, ms;
    if (text.size() == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':'
        && text[16] == ':' && text[19] == '.' && text[23] == 'Z' && digits(0, 4, y) && digits(5, 2, mo)
        && digits(8, 2, d) && digits(11, 2, h) && digits(14, 2, mi) && digits(17, 2, s) && digits(20, 3, ms)) {
        const qint64 days = QDate(1970, 1, 1).daysTo(QDate(y, mo, d));
        return ((days * 24 + h) * 60 + mi) * 60'000 + s * 1000 + ms;
    }
    const QString other = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    return QDateTime::fromString(other, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// Each contact's first order and first won deal (UTC ms; Never: none), found by contact id.
class ConversionTimes final
{
public:
    explicit ConversionTimes(const OrderTimelines &timelines)
        : m_index(timelines.size() + 1024)
    {
        m_firstOrder.reserve(timelines.size());
        for (size_t c = 0; c < timelines.size(); ++c) {
            m_index.insert(timelines.contactKey(c)); // position c
            const auto orders = timelines.orders(c);
            m_firstOrder.push_back(orders.empty() ? OrderTimelines::Never : orders.front().at);
        }
        m_firstWon.assign(m_firstOrder.size(), OrderTimelines::Never);
    }

    void addWon(std::string_view contactId, qint64 at)
    {
        size_t position = m_index.find(contactId);
        if (position == ContactKeyIndex::NotFound) {
            m_ownKeys.emplace_back(contactId); // a deque: the index keeps views of its strings
            position = m_index.insert(m_ownKeys.back());
            m_firstOrder.push_back(OrderTimelines::Never);
            m_firstWon.push_back(OrderTimelines::Never);
        }
        m_firstWon[position] = std::min(m_firstWon[position], at);
    }

    // (first order, first won deal) of a contact.
    std::pair<qint64, qint64> of(std::string_view contactId) const
    {
        const size_t at = m_index.find(contactId);
        if (at == ContactKeyIndex::NotFound)
            return {OrderTimelines::Never, OrderTimelines::Never};
        return {m_firstOrder[at], m_firstWon[at]};
    }

private:
    ContactKeyIndex m_index;
    std::deque<std::string> m_ownKeys;
    std::vector<qint64> m_firstOrder;
    std::vector<qint64> m_firstWon;
};

// Lead sources met so far, each with a small number, so rows are counted in arrays and the
// sources become QStrings once.
class SourceNames final
{
public:
    size_t numberOf(std::string_view source)
    {
        for (size_t i = 0; i < m_bytes.size(); ++i) {
            if (m_bytes[i] == source)
                return i;
        }
        m_bytes.emplace_back(source);
        return m_bytes.size() - 1;
    }

    QMap<QString, qint64> counts(const std::vector<qint64> &perSource) const
    {
        QMap<QString, qint64> out;
        for (size_t i = 0; i < perSource.size(); ++i) {
            if (perSource[i] > 0)
                out[QString::fromStdString(m_bytes[i])] += perSource[i];
        }
        return out;
    }

private:
    std::vector<std::string> m_bytes;
};

struct PeriodTally
{
    std::vector<qint64> bySource;
    qint64 leads = 0;
    qint64 converted = 0;

    void add(size_t source, bool isConverted)
    {
        if (bySource.size() <= source)
            bySource.resize(source + 1, 0);
        bySource[source]++;
        leads++;
        if (isConverted)
            converted++;
    }

    LeadCounts counts(const SourceNames &names) const { return {names.counts(bySource), leads, converted}; }
};

} // namespace

const char *const WonDealsSql = "SELECT contact_id, closed_at FROM deals WHERE deleted_at IS NULL "
                                "AND status = 'won' AND contact_id IS NOT NULL";
const char *const NewContactsSql =
    "SELECT c.id, c.created_at, coalesce(c.source, '') FROM contacts c WHERE c.deleted_at IS NULL "
    "AND c.created_at >= :ps AND c.created_at < :e AND +c.kind IN ('lead', 'customer') {owner:c}";

Result<DashboardLeads> timelineLeads(Storage::Database &db, const OrderTimelines &timelines, const KpiFilter &filter,
                                     const Period &period, const std::vector<Period> &buckets)
{
    ConversionTimes conversions(timelines);
    // The first won deal of each contact (KpiEngine: a won deal closed before the period's end):
    // addWon keeps each contact's earliest.
    auto won = db.prepare(QString::fromLatin1(WonDealsSql));
    if (!won.ok())
        return won.error();
    KIZUNA_TRY(won->forEachRow([&] {
        if (!won->isNull(1))
            conversions.addWon(won->columnUtf8(0), storedMs(won->columnUtf8(1)));
    }));

    const Period previous = period.previous();
    const qint64 sMs = startOfDayMs(period.first), eMs = startOfDayMs(period.last.addDays(1));
    std::vector<qint64> bucketEnds;
    for (const Period &bucket : buckets)
        bucketEnds.push_back(startOfDayMs(bucket.last.addDays(1)));
    auto leads = db.prepare(applyKpiFilter(QString::fromLatin1(NewContactsSql), filter));
    if (!leads.ok())
        return leads.error();
    leads->bind(leads->parameterIndex(":ps"), previous.startStamp());
    leads->bind(leads->parameterIndex(":e"), period.endStamp());
    if (const int owner = leads->parameterIndex(":owner"); owner > 0)
        leads->bind(owner, filter.ownerId);
    SourceNames sources;
    PeriodTally current, before;
    std::vector<std::vector<qint64>> bucketCounts(buckets.size());
    KIZUNA_TRY(leads->forEachRow([&] {
        const qint64 created = storedMs(leads->columnUtf8(1));
        const auto [firstOrder, firstWon] = conversions.of(leads->columnUtf8(0));
        if (firstOrder < created)
            return; // a customer already when entered: not a lead
        const bool inPeriod = created >= sMs;
        const qint64 endMs = inPeriod ? eMs : sMs;
        const size_t source = sources.numberOf(leads->columnUtf8(2));
        (inPeriod ? current : before).add(source, firstOrder < endMs || firstWon < endMs);
        if (inPeriod && !bucketEnds.empty()) {
            size_t b = 0;
            while (b + 1 < bucketEnds.size() && created >= bucketEnds[b])
                ++b;
            std::vector<qint64> &counts = bucketCounts[b];
            if (counts.size() <= source)
                counts.resize(source + 1, 0);
            counts[source]++;
        }
    }));
    DashboardLeads result;
    result.current = current.counts(sources);
    result.previous = before.counts(sources);
    for (const std::vector<qint64> &counts : bucketCounts)
        result.buckets.push_back(sources.counts(counts));
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
