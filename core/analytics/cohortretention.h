// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QDate>

#include <atomic>
#include <vector>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Analytics {

// Customers grouped by the calendar month of their first order; for each later month, the share
// of the cohort with at least one order in that month (month 0 is always 100 %).
struct Cohort
{
    QDate month;                 // first day of the cohort's month
    qint64 customers = 0;
    std::vector<double> active;  // active[k] = share active in month + k, up to the last month
};

// Cohorts from `firstMonth` to `lastMonth` (any day in each; whole months), orders in the Trash
// ignored; a cohort's row runs up to `lastMonth`.
Result<std::vector<Cohort>> cohortRetention(Storage::Database &db, QDate firstMonth, QDate lastMonth,
                                            const std::atomic<bool> *cancel = nullptr);

} // namespace Kizuna::Analytics
