// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/pipelineboard.h"
#include "core/storage/result.h"

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Sales {

// The kanban board of a pipeline, read-only, for any connection (the desktop runs it in a
// worker with its own). Only open deals not in the Trash are on the board. Cards of a column
// come in keyset pages in the order they entered the stage (longest waiting first, then id), so
// a column of 30,000 deals loads only what is visible; the index deals_board (schema step 3)
// serves that order, the rotting count and the column totals.
//
// "Now" is passed in: a deal is rotting when it has been in its stage for longer than the
// stage's rotting_days, i.e. stage_entered_at < now − rotting_days.
class PipelineBoardQuery final
{
public:
    explicit PipelineBoardQuery(Storage::Database &db) : m_db(db) {}

    // Every stage of the pipeline in order with its totals.
    Result<QList<BoardColumn>> columns(const QString &pipelineId, const BoardFilter &filter,
                                       const QDateTime &now);
    // Up to `limit` cards of a stage after `after`.
    Result<BoardPage> cards(const QString &stageId, const BoardFilter &filter, const BoardCursor &after,
                            int limit, const QDateTime &now);
    // One card of a stage (the board pins a card it has just moved there on top of the column);
    // std::nullopt when the deal is not open in that stage or does not pass the filter.
    Result<std::optional<DealCard>> card(const QString &stageId, const QString &dealId, const BoardFilter &filter,
                                         const QDateTime &now);

private:
    // Up to `limit` cards of a stage with extra conditions, in board order.
    Result<QList<DealCard>> readCards(const QString &stageId, const QString &conditions, QList<QVariant> values,
                                      int limit, const QDateTime &now);
    Status addTotals(BoardColumn &column, const BoardFilter &filter);
    Status addRottingCount(BoardColumn &column, const BoardFilter &filter, const QDateTime &now);

    Storage::Database &m_db;
};

} // namespace Kizuna::Sales
