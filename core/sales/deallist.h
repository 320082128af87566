// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/pipelineboard.h"

#include <QList>
#include <QString>

namespace Kizuna::Sales {

// The columns a deal list sorts by.
enum class DealListColumn {
    Title,
    Customer,      // company name, then the contact's name
    Stage,         // stage position
    Amount,
    Probability,   // the deal's, else the stage's default
    Weighted,      // amount × that probability
    ExpectedClose,
    Owner,
    DaysInStage,
};

struct DealListSort
{
    DealListColumn column = DealListColumn::DaysInStage;
    bool descending = true; // longest in the stage first
};

// The deals of a list: the open deals of a pipeline that the board shows with the same filter.
struct DealListFilter
{
    QString pipelineId;
    BoardFilter board;
};

// One row of the list: the board's card with its stage.
struct DealListRow
{
    DealCard card;
    QString stageId;
    QString stageName;
    int stagePosition = 0;
    double weighted = 0.0; // amount × effective probability
};

} // namespace Kizuna::Sales
