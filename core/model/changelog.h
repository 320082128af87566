// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/changecontext.h"
#include "core/storage/result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Model {

enum class ChangeOp { Insert, Update, Delete, Restore, Purge };

QString changeOpName(ChangeOp op);

// One row of the change log: a field of a record changed from old to new (for Insert: each
// non-empty field, old is NULL; Delete/Restore/Purge: one row, field empty).
struct ChangeEntry
{
    qint64 seq = 0;
    QString entity;
    QString recordId;
    ChangeOp op = ChangeOp::Update;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString changedAt;
    QString author;
    QString node;
};

// A line of a record's history (ChangeLog::recordHistory): the change-log entry and, for a change
// of the record's tags (entry.entity "contact_tag" / "company_tag"), the tag's id, for a change
// of a custom field value ("custom_field_value") the custom field's id; empty for the record's
// own fields.
struct RecordChange
{
    ChangeEntry entry;
    QString subject;
};

// Appends to and reads the change_log table.
class ChangeLog final
{
public:
    explicit ChangeLog(Storage::Database &db) : m_db(db) {}

    Status append(const ChangeContext &context, const ChangeEntry &entry);
    // The changes of one record, oldest first.
    Result<QList<ChangeEntry>> history(const QString &entity, const QString &recordId);
    // What a user calls the record's history, oldest first: its own changes, plus the changes
    // of its tags and custom field values, which the log keeps under the link and value rows
    // (entities "<entity>_tag" and "custom_field_value", each with its own record id) and which
    // are found here through those rows. Of a tag link: its creation (one entry, field
    // "tag_id"), removal and restoring; of a custom field value: the changes of "value"
    // (creation included) and its removal or restoring. Links and values purged for good (with
    // their tag or field) take their entries with them.
    Result<QList<RecordChange>> recordHistory(const QString &entity, const QString &recordId);

private:
    Storage::Database &m_db;
};

} // namespace Kizuna::Model
