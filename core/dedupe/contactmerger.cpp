// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dedupe/contactmerger.h"

#include "core/dedupe/dedupetr.h"
#include "core/model/entities.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

namespace Kizuna::Dedupe {

namespace {

// The tables whose rows belong to a contact, and the column that, with contact_id, is unique.
struct Owned
{
    const char *entity;
    const char *uniqueColumn; // nullptr: none
};

const Owned OwnedTables[] = {
    {"activity", nullptr},      {"order", nullptr},         {"deal", nullptr},
    {"task", nullptr},          {"campaign_member", "campaign_id"}, {"survey_answer", nullptr},
    {"contact_point", nullptr}, {"contact_tag", "tag_id"},
};

const QString ContactId = QStringLiteral("contact_id");

bool isEmptyValue(const QVariant &value)
{
    return !value.isValid() || value.isNull() || value.toString().isEmpty();
}

} // namespace

ContactMerger::ContactMerger(Model::RecordStore &store) : m_store(store) {}

Model::FieldValues ContactMerger::suggestedChoices(const Model::Record &kept, const Model::Record &merged)
{
    Model::FieldValues choices;
    for (auto it = merged.values.cbegin(); it != merged.values.cend(); ++it) {
        if (isEmptyValue(kept.value(it.key())) && !isEmptyValue(it.value()))
            choices.insert(it.key(), it.value());
    }
    return choices;
}

Result<MergeRecord> ContactMerger::merge(const QString &keptId, const QString &mergedId,
                                         const Model::FieldValues &choices)
{
    const Model::EntityDef &contact = Model::entity(u"contact");
    if (keptId == mergedId)
        return Error::badInput(Tr::tr("a contact cannot be merged into itself (%1)").arg(keptId));
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto kept = m_store.get(contact, keptId);
    if (!kept.ok())
        return kept.error();
    auto merged = m_store.get(contact, mergedId);
    if (!merged.ok())
        return merged.error();
    if (kept->isDeleted() || merged->isDeleted())
        return Error::badInput(Tr::tr("contact %1 is in the Trash; restore it before merging")
                                   .arg(kept->isDeleted() ? keptId : mergedId));
    MergeRecord record{keptId, mergedId, {}, {}, {}, {}, {}};
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        if (!contact.field(it.key()))
            return Error::badInput(Tr::tr("contact has no field \"%1\"").arg(it.key()));
        record.keptBefore.insert(it.key(), kept->value(it.key()));
    }
    KIZUNA_TRY(m_store.update(contact, keptId, choices));
    auto after = m_store.get(contact, keptId);
    if (!after.ok())
        return after.error();
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        record.keptAfter.insert(it.key(), after->value(it.key()));
    KIZUNA_TRY(moveRows(record));
    KIZUNA_TRY(m_store.remove(contact, mergedId));
    KIZUNA_TRY(transaction.commit());
    return record;
}

Status ContactMerger::moveRows(MergeRecord &record)
{
    Storage::Database &db = m_store.database();
    for (const Owned &owned : OwnedTables) {
        const Model::EntityDef &entity = Model::entity(QString::fromLatin1(owned.entity));
        const QString unique = owned.uniqueColumn ? QString::fromLatin1(owned.uniqueColumn) : QString();
        auto select = db.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE contact_id = ?1 AND deleted_at IS NULL ORDER BY id")
                                     .arg(unique.isEmpty() ? QStringLiteral("NULL") : unique, entity.table));
        if (!select.ok())
            return select.error();
        select->bind(1, record.mergedId);
        QList<QPair<QString, QString>> rows; // read first: moving changes what the query sees
        KIZUNA_TRY(select->forEachRow([&] { rows.append({select->columnText(0), select->columnText(1)}); }));
        for (const auto &row : std::as_const(rows))
            KIZUNA_TRY(moveRow(record, entity.name, row.first, unique, row.second));
    }
    return {};
}

// One row to the kept contact — or, when the kept contact has that tag or campaign already (the
// pair is unique), the merged one's row goes to the Trash and the kept one's comes out of it.
Status ContactMerger::moveRow(MergeRecord &record, const QString &entityName, const QString &id,
                              const QString &uniqueColumn, const QString &uniqueValue)
{
    const Model::EntityDef &entity = Model::entity(entityName);
    if (!uniqueColumn.isEmpty()) {
        auto select = m_store.database().prepare(
            QStringLiteral("SELECT id, deleted_at IS NOT NULL FROM %1 WHERE contact_id = ?1 AND %2 = ?2")
                .arg(entity.table, uniqueColumn));
        if (!select.ok())
            return select.error();
        select->bind(1, record.keptId);
        select->bind(2, uniqueValue);
        auto found = select->step();
        if (!found.ok())
            return found.error();
        if (*found) {
            const QString keptRow = select->columnText(0);
            const bool keptRowDeleted = select->columnInt64(1) != 0;
            KIZUNA_TRY(m_store.remove(entity, id));
            record.removed.append({entity.name, id});
            if (keptRowDeleted) {
                KIZUNA_TRY(m_store.restore(entity, keptRow));
                record.restored.append({entity.name, keptRow});
            }
            return {};
        }
    }
    KIZUNA_TRY(m_store.update(entity, id, {{ContactId, record.keptId}}));
    record.moved.append({entity.name, id});
    return {};
}

Status ContactMerger::undoMerge(const MergeRecord &record)
{
    const Model::EntityDef &contact = Model::entity(u"contact");
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto merged = m_store.get(contact, record.mergedId);
    if (!merged.ok())
        return merged.error();
    if (!merged->isDeleted())
        return Error::badInput(Tr::tr("contact %1 is not in the Trash: the merge was undone already or the "
                                      "contact was restored by hand")
                                   .arg(record.mergedId));
    KIZUNA_TRY(m_store.restore(contact, record.mergedId));
    // The moved rows first (a row the merge put in the Trash may share the unique pair with one).
    for (const RowRef &row : record.moved)
        KIZUNA_TRY(m_store.update(Model::entity(row.entity), row.id, {{ContactId, record.mergedId}}));
    for (const RowRef &row : record.restored)
        KIZUNA_TRY(m_store.remove(Model::entity(row.entity), row.id));
    for (const RowRef &row : record.removed)
        KIZUNA_TRY(m_store.restore(Model::entity(row.entity), row.id));
    KIZUNA_TRY(m_store.update(contact, record.keptId, record.keptBefore));
    return transaction.commit();
}

} // namespace Kizuna::Dedupe
