// SPDX-License-Identifier: GPL-3.0-or-later
// Reading stages with only a connection (shared by the service and the read-only queries).
#pragma once

#include "core/sales/pipeline.h"
#include "core/storage/result.h"

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Sales::Support {

// Stages of a pipeline not in the Trash, by position.
Result<QList<PipelineStage>> stagesOf(Storage::Database &db, const QString &pipelineId);
// A stage not in the Trash; NotFound otherwise.
Result<PipelineStage> stageById(Storage::Database &db, const QString &stageId);

} // namespace Kizuna::Sales::Support
