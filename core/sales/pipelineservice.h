// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/sales/pipeline.h"
#include "core/storage/result.h"

#include <QStringList>

namespace Kizuna::Sales {

// Pipelines and their stages: listing in order, the default pipeline (created on demand with
// the six stages the demo data uses), creating, renaming, reordering and removing stages.
// Every write goes through the record store (one transaction, change-log rows).
class PipelineService final
{
public:
    explicit PipelineService(Model::RecordStore &store) : m_store(store) {}

    // Pipelines not in the Trash, by position then name.
    Result<QList<Pipeline>> pipelines();
    Result<Pipeline> pipeline(const QString &id);
    // The first pipeline; when there is none, creates the standard one (stages 初回接触 10 %
    // 14 days, ヒアリング 20 % 14, 提案 40 % 21, 見積提出 60 % 21, 交渉 80 % 30, 契約手続き 90 % 14
    // — named through translations, as in the demo data).
    Result<Pipeline> defaultPipeline();
    static QList<StageInput> standardStages();

    // Stages of a pipeline not in the Trash, by position.
    Result<QList<PipelineStage>> stages(const QString &pipelineId);
    // A stage not in the Trash; NotFound otherwise.
    Result<PipelineStage> stage(const QString &stageId);
    // The first stage of a pipeline (new deals start there); NotFound if it has none.
    Result<PipelineStage> firstStage(const QString &pipelineId);

    Result<QString> createPipeline(const QString &name, const QList<StageInput> &stages = {});
    Status renamePipeline(const QString &pipelineId, const QString &name);

    // Adds a stage at `position` (0-based among the current stages; -1 or past the end: last),
    // shifting the later stages.
    Result<QString> addStage(const QString &pipelineId, const StageInput &input, int position = -1);
    // Changes name, default probability and rotting limit.
    Status updateStage(const QString &stageId, const StageInput &input);
    // Puts the stages in the given order; `stageIds` must be exactly the pipeline's stages.
    Status reorderStages(const QString &pipelineId, const QStringList &stageIds);
    // Moves an empty stage to the Trash; refused while deals (any status) are in it.
    Status removeStage(const QString &stageId);

private:
    Status checkStageInput(const StageInput &input) const;
    Model::FieldValues stageValues(const StageInput &input) const;
    Status setPositions(const QStringList &stageIds);

    Model::RecordStore &m_store;
};

} // namespace Kizuna::Sales
