// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/recordstore.h"

#include "core/model/changelog.h"
#include "core/model/entities.h"
#include "core/model/fieldvalue.h"
#include "core/model/ids.h"
#include "core/model/modeltr.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QStringList>

namespace Kizuna::Model {

namespace {

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    return storedValueText(a) == storedValueText(b);
}

QString selectSql(const EntityDef &entity)
{
    return QStringLiteral("SELECT id, %1, created_at, updated_at, deleted_at FROM %2 WHERE id = ?1")
        .arg(entity.fieldNames().join(u", "), entity.table);
}

Error notFound(const EntityDef &entity, const QString &id)
{
    return Error::notFound(Tr::tr("no %1 with id %2").arg(entity.name, id));
}

} // namespace

RecordStore::RecordStore(Storage::Database &db, ChangeContext context)
    : m_db(db), m_context(std::move(context))
{}

Result<FieldValues> RecordStore::convert(const EntityDef &entity, const FieldValues &values)
{
    FieldValues stored;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldDef *field = entity.field(it.key());
        if (!field)
            return Error::badInput(Tr::tr("%1 has no field \"%2\" (fields: %3)")
                                       .arg(entity.name, it.key(), entity.fieldNames().join(u", ")));
        auto value = toStoredValue(entity, *field, it.value());
        if (!value.ok())
            return value.error();
        stored.insert(it.key(), *value);
    }
    return stored;
}

Status RecordStore::checkReferences(const EntityDef &entity, const FieldValues &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldDef *field = entity.field(it.key());
        if (field->type != FieldType::Reference || !it.value().isValid() || it.value().isNull())
            continue;
        const EntityDef *target = findEntity(field->references);
        if (!target)
            continue; // plain id columns (custom_field_values.record_id) are not checked
        auto exists = m_db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(target->table));
        if (!exists.ok())
            return exists.error();
        exists->bind(1, it.value().toString());
        auto row = exists->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return Error::badInput(Tr::tr("%1 field \"%2\": no %3 with id %4")
                                       .arg(entity.name, field->name, target->name,
                                            it.value().toString()));
    }
    return {};
}

Result<QString> RecordStore::insert(const EntityDef &entity, const FieldValues &values, const QString &id)
{
    auto stored = convert(entity, values);
    if (!stored.ok())
        return stored.error();
    for (const FieldDef &field : entity.fields) {
        if (field.required && !stored->contains(field.name))
            return Error::badInput(Tr::tr("%1 field \"%2\" is required").arg(entity.name, field.name));
    }
    if (!id.isEmpty() && !looksLikeId(id))
        return Error::badInput(Tr::tr("%1 id \"%2\" is not a UUID").arg(entity.name, id));

    Storage::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.beginError();
    KIZUNA_TRY(checkReferences(entity, *stored));

    const QString recordId = id.isEmpty() ? newId() : id;
    const QString now = Storage::nowTimestamp();
    QStringList columns{QStringLiteral("id")};
    QStringList placeholders{QStringLiteral("?1")};
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        columns << it.key();
        placeholders << QStringLiteral("?%1").arg(placeholders.size() + 1);
    }
    const qsizetype stampIndex = placeholders.size() + 1;
    columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    placeholders << QStringLiteral("?%1").arg(stampIndex) << QStringLiteral("?%1").arg(stampIndex + 1);
    auto statement = m_db.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                      .arg(entity.table, columns.join(u", "), placeholders.join(u", ")));
    if (!statement.ok())
        return statement.error();
    int index = 1;
    statement->bind(index++, recordId);
    for (auto it = stored->cbegin(); it != stored->cend(); ++it)
        statement->bindVariant(index++, it.value());
    statement->bind(index++, now);
    statement->bind(index++, now);
    if (auto run = statement->run(); !run.ok())
        return Error{run.error().kind, Tr::tr("cannot add %1: %2").arg(entity.name, run.error().message)};

    // One change-log row with the non-empty fields (see ChangeEntry).
    KIZUNA_TRY(ChangeLog(m_db).appendInsert(m_context, entity.name, recordId, *stored, now));
    KIZUNA_TRY(transaction.commit());
    return recordId;
}

Status RecordStore::update(const EntityDef &entity, const QString &id, const FieldValues &changes)
{
    auto stored = convert(entity, changes);
    if (!stored.ok())
        return stored.error();

    Storage::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.beginError();
    auto current = get(entity, id);
    if (!current.ok())
        return current.error();
    if (current->isDeleted())
        return Error::badInput(Tr::tr("%1 %2 is in the Trash; restore it before editing")
                                   .arg(entity.name, id));
    FieldValues changed;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (!sameValue(current->value(it.key()), it.value()))
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return transaction.commit();
    KIZUNA_TRY(checkReferences(entity, changed));

    const QString now = Storage::nowTimestamp();
    QStringList assignments;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        assignments << QStringLiteral("%1 = ?%2").arg(it.key()).arg(assignments.size() + 1);
    const int nowIndex = static_cast<int>(assignments.size()) + 1;
    assignments << QStringLiteral("updated_at = ?%1").arg(nowIndex);
    auto statement = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
                                      .arg(entity.table, assignments.join(u", "))
                                      .arg(nowIndex + 1));
    if (!statement.ok())
        return statement.error();
    int index = 1;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        statement->bindVariant(index++, it.value());
    statement->bind(index++, now);
    statement->bind(index++, id);
    if (auto run = statement->run(); !run.ok())
        return Error{run.error().kind,
                     Tr::tr("cannot change %1 %2: %3").arg(entity.name, id, run.error().message)};

    ChangeLog log(m_db);
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        KIZUNA_TRY(log.append(m_context, {0, entity.name, id, ChangeOp::Update, it.key(),
                                          current->value(it.key()), it.value(), now, {}, {}}));
    return transaction.commit();
}

Status RecordStore::setDeleted(const EntityDef &entity, const QString &id, bool deleted)
{
    Storage::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.beginError();
    auto current = get(entity, id);
    if (!current.ok())
        return current.error();
    if (current->isDeleted() == deleted)
        return transaction.commit();
    const QString now = Storage::nowTimestamp();
    auto statement = m_db.prepare(
        QStringLiteral("UPDATE %1 SET deleted_at = ?1, updated_at = ?2 WHERE id = ?3").arg(entity.table));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, deleted ? now : QString());
    statement->bind(2, now);
    statement->bind(3, id);
    KIZUNA_TRY(statement->run());
    ChangeLog log(m_db);
    KIZUNA_TRY(log.append(m_context, {0, entity.name, id,
                                      deleted ? ChangeOp::Delete : ChangeOp::Restore,
                                      QStringLiteral("deleted_at"),
                                      deleted ? QVariant() : QVariant(current->deletedAt),
                                      deleted ? QVariant(now) : QVariant(), now, {}, {}}));
    return transaction.commit();
}

Status RecordStore::remove(const EntityDef &entity, const QString &id)
{
    return setDeleted(entity, id, true);
}

Status RecordStore::restore(const EntityDef &entity, const QString &id)
{
    return setDeleted(entity, id, false);
}

Status RecordStore::purge(const EntityDef &entity, const QString &id)
{
    Storage::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.beginError();
    auto current = get(entity, id);
    if (!current.ok())
        return current.error();
    if (!current->isDeleted())
        return Error::badInput(Tr::tr("%1 %2 is not in the Trash; delete it first").arg(entity.name, id));
    auto statement = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(entity.table));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, id);
    if (auto run = statement->run(); !run.ok())
        return Error{run.error().kind, Tr::tr("cannot delete %1 %2 for good: %3")
                                           .arg(entity.name, id, run.error().message)};
    ChangeLog log(m_db);
    KIZUNA_TRY(log.append(m_context, {0, entity.name, id, ChangeOp::Purge, {}, {}, {},
                                      Storage::nowTimestamp(), {}, {}}));
    return transaction.commit();
}

Result<Record> RecordStore::get(const EntityDef &entity, const QString &id)
{
    auto statement = m_db.prepare(selectSql(entity));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, id);
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return notFound(entity, id);
    Record record;
    record.id = statement->columnText(0);
    int column = 1;
    for (const FieldDef &field : entity.fields)
        record.values.insert(field.name, statement->columnVariant(column++));
    record.createdAt = statement->columnText(column++);
    record.updatedAt = statement->columnText(column++);
    record.deletedAt = statement->columnText(column++);
    return record;
}

Result<qint64> RecordStore::count(const EntityDef &entity, bool includeDeleted)
{
    auto total = m_db.queryInt(QStringLiteral("SELECT count(*) FROM %1%2")
                                   .arg(entity.table, includeDeleted ? QString()
                                                                     : QStringLiteral(" WHERE deleted_at IS NULL")));
    if (!total.ok())
        return total.error();
    return static_cast<qint64>(*total);
}

} // namespace Kizuna::Model
