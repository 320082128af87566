// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/rfm.h"

#include "core/analytics/analyticstr.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace Kizuna::Analytics {

namespace {
constexpr std::array AllClasses{RfmClass::Champions, RfmClass::Loyal, RfmClass::PotentialLoyalist,
                                RfmClass::New, RfmClass::Promising, RfmClass::NeedAttention,
                                RfmClass::AboutToSleep, RfmClass::AtRisk, RfmClass::CantLoseThem,
                                RfmClass::Hibernating, RfmClass::Lost};
}

std::span<const RfmClass> rfmClasses()
{
    return AllClasses;
}

QString rfmClassKey(RfmClass c)
{
    switch (c) {
    case RfmClass::Champions: return QStringLiteral("champions");
    case RfmClass::Loyal: return QStringLiteral("loyal");
    case RfmClass::PotentialLoyalist: return QStringLiteral("potential_loyalist");
    case RfmClass::New: return QStringLiteral("new");
    case RfmClass::Promising: return QStringLiteral("promising");
    case RfmClass::NeedAttention: return QStringLiteral("need_attention");
    case RfmClass::AboutToSleep: return QStringLiteral("about_to_sleep");
    case RfmClass::AtRisk: return QStringLiteral("at_risk");
    case RfmClass::CantLoseThem: return QStringLiteral("cant_lose_them");
    case RfmClass::Hibernating: return QStringLiteral("hibernating");
    case RfmClass::Lost: return QStringLiteral("lost");
    }
    return {};
}

QString rfmClassName(RfmClass c)
{
    switch (c) {
    case RfmClass::Champions: return Tr::tr("Champions");
    case RfmClass::Loyal: return Tr::tr("Loyal");
    case RfmClass::PotentialLoyalist: return Tr::tr("Potential loyalist");
    case RfmClass::New: return Tr::tr("New");
    case RfmClass::Promising: return Tr::tr("Promising");
    case RfmClass::NeedAttention: return Tr::tr("Need attention");
    case RfmClass::AboutToSleep: return Tr::tr("About to sleep");
    case RfmClass::AtRisk: return Tr::tr("At risk");
    case RfmClass::CantLoseThem: return Tr::tr("Can't lose them");
    case RfmClass::Hibernating: return Tr::tr("Hibernating");
    case RfmClass::Lost: return Tr::tr("Lost");
    }
    return {};
}

std::vector<int> quintileScores(std::span<const double> values, bool higherIsBetter)
{
    const size_t n = values.size();
    // Ascending by goodness: rank 1 is the worst. Equal values form one block with one score,
    // so the order within a block does not matter and a plain sort of (goodness, index) pairs,
    // with no indirection in the comparisons, serves.
    std::vector<std::pair<double, size_t>> order;
    order.reserve(n);
    for (size_t i = 0; i < n; ++i)
        order.emplace_back(higherIsBetter ? values[i] : -values[i], i);
    std::sort(order.begin(), order.end());
    std::vector<int> scores(n, 0);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j + 1 < n && order[j + 1].first == order[i].first)
            ++j;
        const double meanRank = (static_cast<double>(i + 1) + static_cast<double>(j + 1)) / 2.0;
        const double percentile = (meanRank - 0.5) / static_cast<double>(n); // middle of the block
        const int score = std::clamp(static_cast<int>(std::ceil(5.0 * percentile)), 1, 5);
        for (size_t k = i; k <= j; ++k)
            scores[order[k].second] = score;
        i = j + 1;
    }
    return scores;
}

RfmClass classifyRfm(int r, int f, int m)
{
    if (r >= 4 && f >= 4 && m >= 4)
        return RfmClass::Champions;
    if (r >= 3 && f >= 4)
        return RfmClass::Loyal;
    if (r >= 4 && f >= 2)
        return RfmClass::PotentialLoyalist;
    if (r == 5)
        return RfmClass::New;
    if (r == 4)
        return RfmClass::Promising;
    if (r == 3)
        return f >= 2 ? RfmClass::NeedAttention : RfmClass::AboutToSleep;
    if (f >= 4 && m >= 4)
        return RfmClass::CantLoseThem;
    if (f >= 3)
        return RfmClass::AtRisk;
    return r == 2 ? RfmClass::Hibernating : RfmClass::Lost;
}

void scoreRfm(std::vector<RfmCustomer> &customers)
{
    std::vector<double> recency, frequency, monetary;
    recency.reserve(customers.size());
    frequency.reserve(customers.size());
    monetary.reserve(customers.size());
    for (const RfmCustomer &c : customers) {
        recency.push_back(c.recencyDays);
        frequency.push_back(c.frequency);
        monetary.push_back(c.monetary);
    }
    const std::vector<int> r = quintileScores(recency, false);
    const std::vector<int> f = quintileScores(frequency, true);
    const std::vector<int> m = quintileScores(monetary, true);
    for (size_t i = 0; i < customers.size(); ++i) {
        customers[i].r = r[i];
        customers[i].f = f[i];
        customers[i].m = m[i];
        customers[i].rfmClass = classifyRfm(r[i], f[i], m[i]);
    }
}

Result<std::vector<RfmCustomer>> computeRfm(Storage::Database &db, QDate asOf, const std::atomic<bool> *cancel)
{
    if (!asOf.isValid())
        return Error::badInput(Tr::tr("RFM needs a valid as-of date"));
    auto statement = db.prepare(QStringLiteral(
        "SELECT contact_id, julianday(?2) - julianday(date(max(ordered_at), ?3)), count(*), "
        "sum(total) "
        "FROM orders WHERE deleted_at IS NULL AND ordered_at < ?1 GROUP BY contact_id ORDER BY contact_id"));
    if (!statement.ok())
        return statement.error();
    const QString end = Storage::toStoredTimestamp(asOf.addDays(1).startOfDay());
    statement->bind(1, end);
    statement->bind(2, Storage::toStoredDate(asOf));
    statement->bind(3, Storage::localOffsetModifier());
    std::vector<RfmCustomer> customers;
    qint64 row = 0;
    KIZUNA_TRY(statement->forEachRow([&]() -> Status {
        if (cancel && (row++ & 0xfff) == 0 && cancel->load(std::memory_order_relaxed))
            return Error::cancelled(Tr::tr("RFM calculation cancelled"));
        RfmCustomer c;
        c.contactId = statement->columnText(0);
        c.recencyDays = statement->columnDouble(1); // whole days from the last order day to asOf
        c.frequency = statement->columnDouble(2);
        c.monetary = statement->columnDouble(3);
        customers.push_back(std::move(c));
        return {};
    }));
    scoreRfm(customers);
    return customers;
}

} // namespace Kizuna::Analytics
