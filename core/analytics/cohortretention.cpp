// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/cohortretention.h"

#include "core/analytics/analyticstr.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"

#include <map>
#include <set>

namespace Kizuna::Analytics {

namespace {
int monthIndex(QDate d)
{
    return d.year() * 12 + d.month() - 1;
}
} // namespace

Result<std::vector<Cohort>> cohortRetention(Storage::Database &db, QDate firstMonth, QDate lastMonth,
                                            const std::atomic<bool> *cancel)
{
    if (!firstMonth.isValid() || !lastMonth.isValid() || lastMonth < firstMonth)
        return Error::badInput(Tr::tr("the cohort months must be valid and in order"));
    const QDate first(firstMonth.year(), firstMonth.month(), 1);
    const QDate endExclusive = QDate(lastMonth.year(), lastMonth.month(), 1).addMonths(1);
    auto statement = db.prepare(QStringLiteral(
        "SELECT contact_id, strftime('%Y-%m-01', ordered_at, ?2) AS month FROM orders "
        "WHERE deleted_at IS NULL AND ordered_at < ?1 GROUP BY contact_id, month ORDER BY contact_id, month"));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, Storage::toStoredTimestamp(endExclusive.startOfDay()));
    statement->bind(2, Storage::localOffsetModifier());

    const int lastIndex = monthIndex(lastMonth);
    std::map<int, qint64> sizes;                     // cohort month index → customers
    std::map<int, std::map<int, qint64>> activeByCohort; // cohort → offset → customers
    QString current;
    int cohort = -1;
    std::set<int> months;
    const auto flush = [&] {
        if (cohort >= monthIndex(first)) {
            sizes[cohort]++;
            for (int m : months)
                activeByCohort[cohort][m - cohort]++;
        }
        months.clear();
    };
    for (qint64 row = 0;; ++row) {
        if (cancel && (row & 0xfff) == 0 && cancel->load(std::memory_order_relaxed))
            return Error::cancelled(Tr::tr("cancelled"));
        auto next = statement->step();
        if (!next.ok())
            return next.error();
        const QString contact = *next ? statement->columnText(0) : QString();
        if (!*next || contact != current) {
            if (!current.isNull())
                flush();
            current = contact;
            cohort = -1;
        }
        if (!*next)
            break;
        const int m = monthIndex(QDate::fromString(statement->columnText(1), Qt::ISODate));
        if (cohort < 0)
            cohort = m; // rows come in month order: the first is the first order's month
        months.insert(m);
    }
    std::vector<Cohort> cohorts;
    for (const auto &[index, size] : sizes) {
        Cohort c;
        c.month = QDate(index / 12, index % 12 + 1, 1);
        c.customers = size;
        for (int offset = 0; index + offset <= lastIndex; ++offset) {
            const auto &active = activeByCohort[index];
            const auto it = active.find(offset);
            c.active.push_back(it == active.end() ? 0.0 : static_cast<double>(it->second) / static_cast<double>(size));
        }
        cohorts.push_back(std::move(c));
    }
    return cohorts;
}

} // namespace Kizuna::Analytics
