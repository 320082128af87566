// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Kizuna::Sales {

// A sales pipeline (a kanban board): its stages are PipelineStage rows.
struct Pipeline
{
    QString id;
    QString name;
    int position = 0;
};

// One column of a pipeline, in `position` order. `probability` (0…1) is the default win
// probability of a deal in the stage; a deal idle in the stage for more than `rottingDays` is
// "rotting" (no limit when empty).
struct PipelineStage
{
    QString id;
    QString pipelineId;
    QString name;
    int position = 0;
    double probability = 0.0;
    std::optional<int> rottingDays;
};

// What a user sets on a stage.
struct StageInput
{
    QString name;
    double probability = 0.0;
    std::optional<int> rottingDays;
};

} // namespace Kizuna::Sales
