// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/sales/deal.h"
#include "core/sales/dealchange.h"
#include "core/storage/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Kizuna::Sales {

// Deals: create, read, edit, move between stages (with stage history), mark won or lost,
// reopen — each in one transaction through the record store, so every change is in the change
// log. Moves and status changes return what they did; undo…/redo… replay them exactly (the
// desktop's undo stack calls them) and refuse when the deal was changed in between.
//
// Undo of a move puts back stage, pipeline, stage_entered_at and probability and deletes the
// history row for good (Trash + purge, both logged, like undoing any creation); redo writes the
// same row again with the same id and time, so history, funnel and velocity stay exact.
class DealService final
{
public:
    explicit DealService(Model::RecordStore &store) : m_store(store) {}

    // Creates a deal in its stage (first stage of the pipeline when none is given) and writes
    // the first history row (from no stage). `at` is the creation time (invalid: now); `id`
    // fixes the new id (redo of a creation).
    Result<QString> create(const DealInput &input, const QDateTime &at = {}, const QString &id = {});
    Result<Deal> deal(const QString &id);
    // Edits plain fields (title, contact_id, company_id, amount, currency, probability,
    // expected_close_date, owner_id, notes). Stage and status change only through moveToStage,
    // markWon/markLost/reopen; amount is refused while the deal has line items.
    Status update(const QString &id, const Model::FieldValues &changes);
    // Deletes a deal for good with its stage history and line items (undo of its creation);
    // refused while activities, tasks or orders refer to it.
    Status discard(const QString &id);

    // Stage history, oldest first.
    Result<QList<StageChange>> history(const QString &dealId);

    // Moves an open deal to a stage (of its pipeline or another one): stage_id, pipeline_id,
    // stage_entered_at = `at` (invalid: now), probability = `probability` if given else the new
    // stage's default, and a history row with author and time.
    Result<StageMove> moveToStage(const QString &dealId, const QString &stageId,
                                  std::optional<double> probability = {}, const QDateTime &at = {});
    Status undoMove(const StageMove &move);
    Status redoMove(const StageMove &move);

    // Won: status won, closed_at = `at`, probability 1. Lost: status lost with a reason from the
    // lost-reason list (may be empty), closed_at, probability 0. Both only for open deals.
    // Reopen: status open, no closed_at or reason, probability back to the stage's default.
    Result<StatusChange> markWon(const QString &dealId, const QDateTime &at = {});
    Result<StatusChange> markLost(const QString &dealId, const QString &lostReasonId,
                                  const QDateTime &at = {});
    Result<StatusChange> reopen(const QString &dealId);
    Status undoStatusChange(const StatusChange &change);
    Status redoStatusChange(const StatusChange &change);

private:
    Result<Model::Record> openDeal(const QString &dealId, const QString &action);
    Result<StatusChange> changeStatus(const QString &dealId, const Model::FieldValues &after,
                                      bool fromOpen, const QString &action);
    Status checkNoReferences(const QString &dealId);

    Model::RecordStore &m_store;
};

} // namespace Kizuna::Sales
