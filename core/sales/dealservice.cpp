// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/dealservice.h"

#include "core/model/entities.h"
#include "core/sales/pipelineservice.h"
#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

namespace Kizuna::Sales {

namespace {

const Model::EntityDef &dealEntity()
{
    return Model::entity(u"deal");
}

const Model::EntityDef &historyEntity()
{
    return Model::entity(u"deal_stage_change");
}

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

Deal dealFromRecord(const Model::Record &r)
{
    const auto text = [&r](const char *name) { return r.value(field(name)).toString(); };
    Deal deal;
    deal.id = r.id;
    deal.title = text("title");
    deal.contactId = text("contact_id");
    deal.companyId = text("company_id");
    deal.pipelineId = text("pipeline_id");
    deal.stageId = text("stage_id");
    deal.amount = r.value(field("amount")).toDouble();
    deal.currency = text("currency");
    deal.probability = Support::toOptionalDouble(r.value(field("probability")));
    deal.expectedCloseDate = Support::toDate(text("expected_close_date"));
    deal.status = dealStatusFromKey(text("status"));
    deal.lostReasonId = text("lost_reason_id");
    deal.closedAt = Support::toDateTime(text("closed_at"));
    deal.stageEnteredAt = Support::toDateTime(text("stage_entered_at"));
    deal.ownerId = text("owner_id");
    deal.notes = text("notes");
    deal.createdAt = Support::toDateTime(r.createdAt);
    deal.updatedAt = Support::toDateTime(r.updatedAt);
    deal.deleted = r.isDeleted();
    return deal;
}

Model::FieldValues currentValues(const Model::Record &record, const Model::FieldValues &keys)
{
    Model::FieldValues values;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        values.insert(it.key(), record.value(it.key()));
    return values;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The deal's stage fields go from `current` back or forward to `target` (undo and redo of a
// move), refused if the deal no longer has `current` — the stage first, as "has moved since" is
// what the user needs to hear.
Status swapStageValues(Model::RecordStore &store, const QString &dealId, const Model::FieldValues &current,
                       const Model::FieldValues &target, const QString &action)
{
    auto record = store.get(dealEntity(), dealId);
    if (!record.ok())
        return record.error();
    const QString stageKey = field("stage_id");
    KIZUNA_TRY(Support::expectValues(*record, {{stageKey, current.value(stageKey)}}, action));
    KIZUNA_TRY(Support::expectValues(*record, current, action));
    return store.update(dealEntity(), dealId, target);
}

} // namespace

Result<QString> DealService::create(const DealInput &input, const QDateTime &at, const QString &id)
{
    const QString entity = dealEntity().name;
    KIZUNA_TRY(Support::checkNotEmpty(entity, field("title"), input.title));
    KIZUNA_TRY(Support::checkNotNegative(entity, field("amount"), input.amount));
    if (input.probability)
        KIZUNA_TRY(Support::checkProbability(entity, field("probability"), *input.probability));

    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    PipelineService pipelines(m_store);
    PipelineStage stage;
    if (!input.stageId.isEmpty()) {
        auto found = pipelines.stage(input.stageId);
        if (!found.ok())
            return Support::fieldError(entity, field("stage_id"), found.error().message);
        if (!input.pipelineId.isEmpty() && found->pipelineId != input.pipelineId)
            return Support::fieldError(entity, field("stage_id"),
                                       Tr::tr("stage \"%1\" is not in pipeline %2").arg(found->name, input.pipelineId));
        stage = *found;
    } else {
        QString pipelineId = input.pipelineId;
        if (pipelineId.isEmpty()) {
            auto fallback = pipelines.defaultPipeline();
            if (!fallback.ok())
                return fallback.error();
            pipelineId = fallback->id;
        }
        auto first = pipelines.firstStage(pipelineId);
        if (!first.ok())
            return Support::fieldError(entity, field("pipeline_id"), first.error().message);
        stage = *first;
    }

    const QString when = Support::stampOrNow(at);
    Model::FieldValues values{
        {field("title"), input.title.trimmed()},
        {field("contact_id"), textOrNull(input.contactId)},
        {field("company_id"), textOrNull(input.companyId)},
        {field("pipeline_id"), stage.pipelineId},
        {field("stage_id"), stage.id},
        {field("amount"), input.amount},
        {field("probability"), input.probability.value_or(stage.probability)},
        {field("status"), dealStatusKey(DealStatus::Open)},
        {field("stage_entered_at"), when},
        {field("owner_id"), textOrNull(input.ownerId)},
        {field("notes"), textOrNull(input.notes)},
    };
    if (!input.currency.isEmpty())
        values.insert(field("currency"), input.currency);
    if (input.expectedCloseDate.isValid())
        values.insert(field("expected_close_date"), input.expectedCloseDate);
    auto dealId = m_store.insert(dealEntity(), values, id);
    if (!dealId.ok())
        return dealId.error();
    auto historyId = m_store.insert(historyEntity(), {{field("deal_id"), *dealId},
                                                      {field("to_stage_id"), stage.id},
                                                      {field("changed_at"), when},
                                                      {field("author"), textOrNull(m_store.context().author)}});
    if (!historyId.ok())
        return historyId.error();
    KIZUNA_TRY(transaction.commit());
    return *dealId;
}

Result<Deal> DealService::deal(const QString &id)
{
    auto record = m_store.get(dealEntity(), id);
    if (!record.ok())
        return record.error();
    return dealFromRecord(*record);
}

Status DealService::update(const QString &id, const Model::FieldValues &changes)
{
    const QString entity = dealEntity().name;
    static const QStringList managed{field("stage_id"), field("pipeline_id"), field("status"),
                                     field("closed_at"), field("lost_reason_id"), field("stage_entered_at")};
    for (const QString &name : managed) {
        if (changes.contains(name))
            return Support::fieldError(entity, name,
                                       Tr::tr("changes only by moving the deal or marking it won, lost or open"));
    }
    for (const char *name : {"probability", "amount"}) {
        const QVariant value = changes.value(field(name));
        bool number = false;
        const double parsed = value.toString().trimmed().toDouble(&number);
        if (!number)
            continue; // empty clears the field; text that is not a number is reported by the store
        KIZUNA_TRY(qstrcmp(name, "amount") == 0 ? Support::checkNotNegative(entity, field(name), parsed)
                                                 : Support::checkProbability(entity, field(name), parsed));
    }
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    if (changes.contains(field("amount"))) {
        auto lines = Support::countOf(m_store.database(),
                                      QStringLiteral("SELECT count(*) FROM deal_lines WHERE deal_id = ?1 "
                                                     "AND deleted_at IS NULL"),
                                      {id});
        if (!lines.ok())
            return lines.error();
        if (*lines > 0)
            return Support::fieldError(entity, field("amount"),
                                       Tr::tr("is the sum of the deal's %n line item(s); edit those instead",
                                              nullptr, static_cast<int>(*lines)));
    }
    KIZUNA_TRY(m_store.update(dealEntity(), id, changes));
    return transaction.commit();
}

Status DealService::checkNoReferences(const QString &dealId)
{
    for (const char *table : {"activities", "tasks"}) {
        auto count = Support::countOf(m_store.database(),
                                      QStringLiteral("SELECT count(*) FROM %1 WHERE deal_id = ?1")
                                          .arg(QString::fromLatin1(table)),
                                      {dealId});
        if (!count.ok())
            return count.error();
        if (*count > 0)
            return Error::badInput(Tr::tr("deal %1 has %2 %3 now; move it to the Trash instead of deleting it")
                                       .arg(dealId)
                                       .arg(*count)
                                       .arg(QString::fromLatin1(table)));
    }
    return {};
}

Status DealService::discard(const QString &id)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto record = m_store.get(dealEntity(), id);
    if (!record.ok())
        return record.error();
    KIZUNA_TRY(checkNoReferences(id));
    for (const auto &[table, entityName] : {std::pair{"deal_lines", u"deal_line"},
                                            std::pair{"deal_stage_history", u"deal_stage_change"}}) {
        auto rows = Support::prepareWith(m_store.database(),
                                         QStringLiteral("SELECT id FROM %1 WHERE deal_id = ?1 ORDER BY id")
                                             .arg(QString::fromLatin1(table)),
                                         {id});
        if (!rows.ok())
            return rows.error();
        QStringList ids;
        KIZUNA_TRY(rows->forEachRow([&] { ids << rows->columnText(0); }));
        for (const QString &rowId : ids)
            KIZUNA_TRY(Support::purgeRecord(m_store, Model::entity(entityName), rowId));
    }
    KIZUNA_TRY(Support::purgeRecord(m_store, dealEntity(), id));
    return transaction.commit();
}

Result<QList<StageChange>> DealService::history(const QString &dealId)
{
    auto select = Support::prepareWith(
        m_store.database(),
        QStringLiteral("SELECT h.id, h.from_stage_id, fs.name, h.to_stage_id, ts.name, h.changed_at, h.author "
                       "FROM deal_stage_history h "
                       "LEFT JOIN pipeline_stages fs ON fs.id = h.from_stage_id "
                       "LEFT JOIN pipeline_stages ts ON ts.id = h.to_stage_id "
                       "WHERE h.deal_id = ?1 AND h.deleted_at IS NULL ORDER BY h.changed_at, h.rowid"),
        {dealId});
    if (!select.ok())
        return select.error();
    QList<StageChange> changes;
    KIZUNA_TRY(select->forEachRow([&] {
        changes.append({select->columnText(0), select->columnText(1), select->columnText(2),
                        select->columnText(3), select->columnText(4),
                        Support::toDateTime(select->columnText(5)), select->columnText(6)});
    }));
    return changes;
}

Result<Model::Record> DealService::openDeal(const QString &dealId, const QString &action)
{
    auto record = m_store.get(dealEntity(), dealId);
    if (!record.ok())
        return record.error();
    if (record->isDeleted())
        return Error::badInput(Tr::tr("cannot %1: deal \"%2\" is in the Trash")
                                   .arg(action, record->value(field("title")).toString()));
    const QString status = record->value(field("status")).toString();
    if (status != dealStatusKey(DealStatus::Open))
        return Error::badInput(Tr::tr("cannot %1: deal \"%2\" is %3; reopen it first")
                                   .arg(action, record->value(field("title")).toString(), status));
    return record;
}

Result<StageMove> DealService::moveToStage(const QString &dealId, const QString &stageId,
                                           std::optional<double> probability, const QDateTime &at)
{
    if (probability)
        KIZUNA_TRY(Support::checkProbability(dealEntity().name, field("probability"), *probability));
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto record = openDeal(dealId, Tr::tr("move the deal"));
    if (!record.ok())
        return record.error();
    auto target = PipelineService(m_store).stage(stageId);
    if (!target.ok())
        return target.error();
    const QString currentStage = record->value(field("stage_id")).toString();
    if (currentStage == stageId)
        return Error::badInput(Tr::tr("deal \"%1\" is already in stage \"%2\"")
                                   .arg(record->value(field("title")).toString(), target->name));

    const QString when = Support::stampOrNow(at);
    StageMove move;
    move.dealId = dealId;
    move.fromStageId = currentStage;
    move.toStageId = stageId;
    move.after = {{field("stage_id"), stageId},
                  {field("pipeline_id"), target->pipelineId},
                  {field("stage_entered_at"), when},
                  {field("probability"), probability.value_or(target->probability)}};
    move.before = currentValues(*record, move.after);
    move.historyValues = {{field("deal_id"), dealId},
                          {field("from_stage_id"), textOrNull(currentStage)},
                          {field("to_stage_id"), stageId},
                          {field("changed_at"), when},
                          {field("author"), textOrNull(m_store.context().author)}};
    KIZUNA_TRY(m_store.update(dealEntity(), dealId, move.after));
    auto historyId = m_store.insert(historyEntity(), move.historyValues);
    if (!historyId.ok())
        return historyId.error();
    move.historyId = *historyId;
    KIZUNA_TRY(transaction.commit());
    return move;
}

Status DealService::undoMove(const StageMove &move)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    KIZUNA_TRY(swapStageValues(m_store, move.dealId, move.after, move.before, Tr::tr("undo the stage move")));
    KIZUNA_TRY(Support::purgeRecord(m_store, historyEntity(), move.historyId));
    return transaction.commit();
}

Status DealService::redoMove(const StageMove &move)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    KIZUNA_TRY(swapStageValues(m_store, move.dealId, move.before, move.after, Tr::tr("redo the stage move")));
    auto historyId = m_store.insert(historyEntity(), move.historyValues, move.historyId);
    if (!historyId.ok())
        return historyId.error();
    return transaction.commit();
}

Result<StatusChange> DealService::changeStatus(const QString &dealId, const Model::FieldValues &after,
                                               bool fromOpen, const QString &action)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto record = fromOpen ? openDeal(dealId, action) : m_store.get(dealEntity(), dealId);
    if (!record.ok())
        return record.error();
    StatusChange change{dealId, currentValues(*record, after), after};
    KIZUNA_TRY(m_store.update(dealEntity(), dealId, after));
    KIZUNA_TRY(transaction.commit());
    return change;
}

Result<StatusChange> DealService::markWon(const QString &dealId, const QDateTime &at)
{
    return changeStatus(dealId,
                        {{field("status"), dealStatusKey(DealStatus::Won)},
                         {field("lost_reason_id"), QVariant()},
                         {field("closed_at"), Support::stampOrNow(at)},
                         {field("probability"), 1.0}},
                        true, Tr::tr("mark the deal won"));
}

Result<StatusChange> DealService::markLost(const QString &dealId, const QString &lostReasonId, const QDateTime &at)
{
    if (!lostReasonId.isEmpty()) {
        auto known = Support::countOf(m_store.database(),
                                      QStringLiteral("SELECT count(*) FROM lost_reasons WHERE id = ?1 AND "
                                                     "deleted_at IS NULL"),
                                      {lostReasonId});
        if (!known.ok())
            return known.error();
        if (*known == 0)
            return Support::fieldError(dealEntity().name, field("lost_reason_id"),
                                       Tr::tr("no lost reason with id %1 in the list").arg(lostReasonId));
    }
    return changeStatus(dealId,
                        {{field("status"), dealStatusKey(DealStatus::Lost)},
                         {field("lost_reason_id"), textOrNull(lostReasonId)},
                         {field("closed_at"), Support::stampOrNow(at)},
                         {field("probability"), 0.0}},
                        true, Tr::tr("mark the deal lost"));
}

Result<StatusChange> DealService::reopen(const QString &dealId)
{
    auto current = deal(dealId);
    if (!current.ok())
        return current.error();
    if (current->status == DealStatus::Open)
        return Error::badInput(Tr::tr("cannot reopen deal \"%1\": it is open").arg(current->title));
    if (current->deleted)
        return Error::badInput(Tr::tr("cannot reopen deal \"%1\": it is in the Trash").arg(current->title));
    auto stage = PipelineService(m_store).stage(current->stageId);
    if (!stage.ok())
        return stage.error();
    return changeStatus(dealId,
                        {{field("status"), dealStatusKey(DealStatus::Open)},
                         {field("lost_reason_id"), QVariant()},
                         {field("closed_at"), QVariant()},
                         {field("probability"), stage->probability}},
                        false, Tr::tr("reopen the deal"));
}

Status DealService::undoStatusChange(const StatusChange &change)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto record = m_store.get(dealEntity(), change.dealId);
    if (!record.ok())
        return record.error();
    KIZUNA_TRY(Support::expectValues(*record, change.after, Tr::tr("undo the status change")));
    KIZUNA_TRY(m_store.update(dealEntity(), change.dealId, change.before));
    return transaction.commit();
}

Status DealService::redoStatusChange(const StatusChange &change)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto record = m_store.get(dealEntity(), change.dealId);
    if (!record.ok())
        return record.error();
    KIZUNA_TRY(Support::expectValues(*record, change.before, Tr::tr("redo the status change")));
    KIZUNA_TRY(m_store.update(dealEntity(), change.dealId, change.after));
    return transaction.commit();
}

} // namespace Kizuna::Sales
