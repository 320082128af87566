// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/changecontext.h"
#include "core/model/entity.h"
#include "core/storage/result.h"

#include <QMap>
#include <QString>
#include <QVariant>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Model {

// Field name → value. Values are converted with toStoredValue() before they are written.
using FieldValues = QMap<QString, QVariant>;

struct Record
{
    QString id;
    FieldValues values; // every field of the entity, NULL as an invalid QVariant
    QString createdAt;
    QString updatedAt;
    QString deletedAt; // set: the record is in the Trash

    bool isDeleted() const { return !deletedAt.isEmpty(); }
    QVariant value(const QString &field) const { return values.value(field); }
};

// Create, read, update, soft-delete, restore and purge any entity of the catalogue, each write
// in one transaction together with its change-log rows (an update: one per changed field, with old
// and new value; an insert: one row with every non-empty field, see ChangeEntry).
// Errors name the entity, field and value that are wrong.
class RecordStore final
{
public:
    RecordStore(Storage::Database &db, ChangeContext context);

    Storage::Database &database() const { return m_db; }
    const ChangeContext &context() const { return m_context; }

    // Inserts a record and returns its id (a new UUID unless `id` is given).
    Result<QString> insert(const EntityDef &entity, const FieldValues &values, const QString &id = {});
    // Changes the given fields; unchanged values write nothing. A record in the Trash is refused.
    Status update(const EntityDef &entity, const QString &id, const FieldValues &changes);
    // Moves a record to the Trash (soft delete) / back out of it.
    Status remove(const EntityDef &entity, const QString &id);
    Status restore(const EntityDef &entity, const QString &id);
    // Deletes a record in the Trash for good.
    Status purge(const EntityDef &entity, const QString &id);

    // The record, in the Trash or not; NotFound if there is none.
    Result<Record> get(const EntityDef &entity, const QString &id);
    Result<qint64> count(const EntityDef &entity, bool includeDeleted = false);

private:
    Result<FieldValues> convert(const EntityDef &entity, const FieldValues &values);
    Status checkReferences(const EntityDef &entity, const FieldValues &values);
    Status setDeleted(const EntityDef &entity, const QString &id, bool deleted);

    Storage::Database &m_db;
    ChangeContext m_context;
};

} // namespace Kizuna::Model
