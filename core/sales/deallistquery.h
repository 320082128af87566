// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/deallist.h"
#include "core/storage/result.h"

#include <QDateTime>
#include <QStringList>

#include <atomic>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Sales {

// The open deals of a pipeline as a sortable list, read-only for any connection (the desktop runs
// it on a worker with its own). A list is read in two steps so that any column can be sorted
// without an index per column: orderedIds() reads only the ids in list order (one pass over the
// pipeline's open deals, the sort key computed in SQL; ~0.3 s for 34,000 open deals of the
// reference data, 1 s when sorted by customer), and rows() then reads a page of rows by id as the
// list scrolls (a few ms each). The ids of 100,000 deals take about 10 MB.
class DealListQuery final
{
public:
    explicit DealListQuery(Storage::Database &db) : m_db(db) {}

    // Ids of the filter's deals in the sort order (ties broken by id in the same direction).
    // Stops with a Cancelled error when `cancel` is set.
    Result<QStringList> orderedIds(const DealListFilter &filter, const DealListSort &sort,
                                   const std::atomic<bool> *cancel = nullptr);
    // The rows of these deals in the order given; a deal deleted since is left out.
    Result<QList<DealListRow>> rows(const QStringList &ids, const QDateTime &now);

private:
    Storage::Database &m_db;
};

} // namespace Kizuna::Sales
