// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/pipelineservice.h"

#include "core/model/entities.h"
#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/sales/stagereader.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QSet>

namespace Kizuna::Sales {

namespace {

const Model::EntityDef &pipelineEntity()
{
    return Model::entity(u"pipeline");
}

const Model::EntityDef &stageEntity()
{
    return Model::entity(u"pipeline_stage");
}

} // namespace

QList<StageInput> PipelineService::standardStages()
{
    return {{Tr::tr("First contact"), 0.1, 14}, {Tr::tr("Needs assessment"), 0.2, 14},
            {Tr::tr("Proposal"), 0.4, 21},      {Tr::tr("Quote sent"), 0.6, 21},
            {Tr::tr("Negotiation"), 0.8, 30},   {Tr::tr("Contracting"), 0.9, 14}};
}

Result<QList<Pipeline>> PipelineService::pipelines()
{
    auto select = m_store.database().prepare(QStringLiteral(
        "SELECT id, name, position FROM pipelines WHERE deleted_at IS NULL ORDER BY position, name, id"));
    if (!select.ok())
        return select.error();
    QList<Pipeline> result;
    KIZUNA_TRY(select->forEachRow([&] {
        result.append({select->columnText(0), select->columnText(1), select->columnInt(2)});
    }));
    return result;
}

Result<Pipeline> PipelineService::pipeline(const QString &id)
{
    auto record = m_store.get(pipelineEntity(), id);
    if (!record.ok())
        return record.error();
    return Pipeline{record->id, record->value(QStringLiteral("name")).toString(),
                    record->value(QStringLiteral("position")).toInt()};
}

Result<Pipeline> PipelineService::defaultPipeline()
{
    auto existing = pipelines();
    if (!existing.ok())
        return existing.error();
    if (!existing->isEmpty())
        return existing->first();
    auto created = createPipeline(Tr::tr("Standard pipeline"), standardStages());
    if (!created.ok())
        return created.error();
    return pipeline(*created);
}

Result<QList<PipelineStage>> PipelineService::stages(const QString &pipelineId)
{
    return Support::stagesOf(m_store.database(), pipelineId);
}

Result<PipelineStage> PipelineService::stage(const QString &stageId)
{
    return Support::stageById(m_store.database(), stageId);
}

Result<PipelineStage> PipelineService::firstStage(const QString &pipelineId)
{
    auto all = stages(pipelineId);
    if (!all.ok())
        return all.error();
    if (all->isEmpty())
        return Error::notFound(Tr::tr("pipeline %1 has no stages").arg(pipelineId));
    return all->first();
}

Status PipelineService::checkStageInput(const StageInput &input) const
{
    const QString entity = stageEntity().name;
    KIZUNA_TRY(Support::checkNotEmpty(entity, QStringLiteral("name"), input.name));
    KIZUNA_TRY(Support::checkProbability(entity, QStringLiteral("probability"), input.probability));
    if (input.rottingDays && *input.rottingDays < 1)
        return Support::fieldError(entity, QStringLiteral("rotting_days"),
                                   Tr::tr("%1 is not a number of days of 1 or more").arg(*input.rottingDays));
    return {};
}

Model::FieldValues PipelineService::stageValues(const StageInput &input) const
{
    return {{QStringLiteral("name"), input.name.trimmed()},
            {QStringLiteral("probability"), input.probability},
            {QStringLiteral("rotting_days"),
             input.rottingDays ? QVariant::fromValue<qint64>(*input.rottingDays) : QVariant()}};
}

Result<QString> PipelineService::createPipeline(const QString &name, const QList<StageInput> &stageInputs)
{
    KIZUNA_TRY(Support::checkNotEmpty(pipelineEntity().name, QStringLiteral("name"), name));
    for (const StageInput &input : stageInputs)
        KIZUNA_TRY(checkStageInput(input));
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto position = Support::countOf(m_store.database(),
                                     QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM pipelines "
                                                    "WHERE deleted_at IS NULL"),
                                     {});
    if (!position.ok())
        return position.error();
    auto id = m_store.insert(pipelineEntity(), {{QStringLiteral("name"), name.trimmed()},
                                                {QStringLiteral("position"), *position}});
    if (!id.ok())
        return id.error();
    for (const StageInput &input : stageInputs) {
        auto stageId = addStage(*id, input);
        if (!stageId.ok())
            return stageId.error();
    }
    KIZUNA_TRY(transaction.commit());
    return *id;
}

Status PipelineService::renamePipeline(const QString &pipelineId, const QString &name)
{
    KIZUNA_TRY(Support::checkNotEmpty(pipelineEntity().name, QStringLiteral("name"), name));
    return m_store.update(pipelineEntity(), pipelineId, {{QStringLiteral("name"), name.trimmed()}});
}

Result<QString> PipelineService::addStage(const QString &pipelineId, const StageInput &input, int position)
{
    KIZUNA_TRY(checkStageInput(input));
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto owner = pipeline(pipelineId);
    if (!owner.ok())
        return owner.error();
    auto current = stages(pipelineId);
    if (!current.ok())
        return current.error();
    QStringList order;
    for (const PipelineStage &s : *current)
        order << s.id;
    Model::FieldValues values = stageValues(input);
    values.insert(QStringLiteral("pipeline_id"), pipelineId);
    values.insert(QStringLiteral("position"), static_cast<qint64>(order.size()));
    auto id = m_store.insert(stageEntity(), values);
    if (!id.ok())
        return id.error();
    if (position >= 0 && position < order.size()) {
        order.insert(position, *id);
        KIZUNA_TRY(setPositions(order));
    }
    KIZUNA_TRY(transaction.commit());
    return *id;
}

Status PipelineService::updateStage(const QString &stageId, const StageInput &input)
{
    KIZUNA_TRY(checkStageInput(input));
    return m_store.update(stageEntity(), stageId, stageValues(input));
}

Status PipelineService::setPositions(const QStringList &stageIds)
{
    for (qsizetype i = 0; i < stageIds.size(); ++i)
        KIZUNA_TRY(m_store.update(stageEntity(), stageIds.at(i),
                                  {{QStringLiteral("position"), static_cast<qint64>(i)}}));
    return {};
}

Status PipelineService::reorderStages(const QString &pipelineId, const QStringList &stageIds)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto current = stages(pipelineId);
    if (!current.ok())
        return current.error();
    QSet<QString> expected;
    for (const PipelineStage &s : *current)
        expected.insert(s.id);
    const QSet<QString> given(stageIds.cbegin(), stageIds.cend());
    if (given != expected || stageIds.size() != current->size())
        return Error::badInput(Tr::tr("the new order of pipeline %1 must list each of its %2 stages once")
                                   .arg(pipelineId)
                                   .arg(current->size()));
    KIZUNA_TRY(setPositions(stageIds));
    return transaction.commit();
}

Status PipelineService::removeStage(const QString &stageId)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto found = stage(stageId);
    if (!found.ok())
        return found.error();
    auto deals = Support::countOf(m_store.database(),
                                  QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ?1 AND "
                                                 "deleted_at IS NULL"),
                                  {stageId});
    if (!deals.ok())
        return deals.error();
    if (*deals > 0)
        return Error::badInput(Tr::tr("stage \"%1\" still holds %n deal(s); move them to another stage first",
                                      nullptr, static_cast<int>(*deals))
                                   .arg(found->name));
    KIZUNA_TRY(m_store.remove(stageEntity(), stageId));
    return transaction.commit();
}

} // namespace Kizuna::Sales
