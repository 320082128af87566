// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/stagereader.h"

#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/storage/database.h"

namespace Kizuna::Sales::Support {

namespace {

const QString Columns = QStringLiteral("id, pipeline_id, name, position, probability, rotting_days");

PipelineStage readStage(const Storage::Statement &row)
{
    PipelineStage stage;
    stage.id = row.columnText(0);
    stage.pipelineId = row.columnText(1);
    stage.name = row.columnText(2);
    stage.position = row.columnInt(3);
    stage.probability = row.columnDouble(4);
    if (!row.isNull(5))
        stage.rottingDays = row.columnInt(5);
    return stage;
}

} // namespace

Result<QList<PipelineStage>> stagesOf(Storage::Database &db, const QString &pipelineId)
{
    auto select = prepareWith(db,
                              QStringLiteral("SELECT %1 FROM pipeline_stages WHERE pipeline_id = ?1 AND "
                                             "deleted_at IS NULL ORDER BY position, name, id")
                                  .arg(Columns),
                              {pipelineId});
    if (!select.ok())
        return select.error();
    QList<PipelineStage> result;
    KIZUNA_TRY(select->forEachRow([&] { result.append(readStage(*select)); }));
    return result;
}

Result<PipelineStage> stageById(Storage::Database &db, const QString &stageId)
{
    auto select = prepareWith(db,
                              QStringLiteral("SELECT %1 FROM pipeline_stages WHERE id = ?1 AND deleted_at IS NULL")
                                  .arg(Columns),
                              {stageId});
    if (!select.ok())
        return select.error();
    auto row = select->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error::notFound(Tr::tr("no pipeline stage with id %1").arg(stageId));
    return readStage(*select);
}

} // namespace Kizuna::Sales::Support
