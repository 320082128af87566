// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Demo {

struct DemoOptions
{
    qint64 contacts = 1000;
    quint64 seed = 1;
    QDate asOf; // history ends on this day; invalid → today
};

// Rows written per table.
struct DemoSummary
{
    qint64 users = 0, companies = 0, contacts = 0, products = 0, activities = 0, orders = 0,
           orderLines = 0, deals = 0, stageChanges = 0, tasks = 0, campaigns = 0,
           campaignMembers = 0, surveyAnswers = 0, tags = 0;
};

// Reports progress (units done, units in all); return false to cancel (nothing is written then).
using DemoProgress = std::function<bool(qint64 done, qint64 total)>;

// Fills an empty Kizuna database with realistic, deterministic demo data: the same options
// give byte-identical data. Refuses a database that already has contacts. All in one
// transaction: a failure or cancel leaves the database as it was.
Result<DemoSummary> generateDemo(Storage::Database &db, const DemoOptions &options,
                                 const DemoProgress &progress = {});

} // namespace Kizuna::Demo
