// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"

#include <QString>

namespace Kizuna::Sales {

// A stage move of a deal as done, so that it can be undone and redone exactly: the deal's
// fields before and after (stage_id, pipeline_id, stage_entered_at, probability) and the stage
// history row written for it.
struct StageMove
{
    QString dealId;
    QString historyId;
    QString fromStageId;
    QString toStageId;
    Model::FieldValues before;
    Model::FieldValues after;
    Model::FieldValues historyValues; // the history row's fields, to write it again on redo
};

// A change of a deal's status (won, lost, reopened): the fields before and after (status,
// lost_reason_id, closed_at, probability).
struct StatusChange
{
    QString dealId;
    Model::FieldValues before;
    Model::FieldValues after;
};

} // namespace Kizuna::Sales
