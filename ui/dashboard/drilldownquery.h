// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"
#include "ui/dashboard/drilldown.h"

#include <QList>
#include <QVariantList>
#include <atomic>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

struct DrillDownRows {
    QList<QVariantList> rows;
    bool truncated = false; // more records than the cap exist
};

// Runs a drill-down query, at most `cap` rows (call it on a worker thread).
Result<DrillDownRows> runDrillDown(Storage::Database &db, const DrillDown &drillDown, int cap,
                                   const std::atomic<bool> *cancel = nullptr);

} // namespace Kizuna::Ui
