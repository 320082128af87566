// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/changecontext.h"
#include "core/storage/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Model {

enum class ChangeOp { Insert, Update, Delete, Restore, Purge };

QString changeOpName(ChangeOp op);

// One entry of the change log: a field of a record changed from old to new (for Insert: each
// non-empty field, old is NULL; Delete/Restore/Purge: one entry, field empty).
//
// How the change_log table stores an insert: ONE row per record — op 'insert', field NULL,
// old_value NULL, new_value a JSON object of the record's non-empty fields in field-name order
// ({"email":"taro@example.jp","family_name":"山田"}; text as JSON strings, integers and reals as
// numbers, which SQLite's json_each reads back with their type). Files written before this
// format have one insert row per non-empty field (field and new_value set); both kinds coexist,
// and the readers here (history, recordHistory, fieldRowsSql) expand a one-row insert into the
// per-field entries it stands for, in field-name order, all with the row's seq.
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
    // Logs the insert of a record with these stored values (NULL/invalid values are left out)
    // as one row, at `changedAt`.
    Status appendInsert(const ChangeContext &context, const QString &entity, const QString &recordId,
                        const QMap<QString, QVariant> &values, const QString &changedAt);

    // SQL for bulk writers: the new_value of an insert row (the JSON object above) with, for
    // each of `fields` (in field-name order), the value of the SQL expression at the same place
    // in `expressions` (NULL values are left out).
    static QString insertValuesSql(const QStringList &fields, const QStringList &expressions);
    // SQL for readers: a subquery with the change log's columns (seq, entity, record_id, op,
    // field, old_value, new_value, changed_at, author, node) plus `part` (0 for a per-field row,
    // the position of the field within a one-row insert otherwise), one row per field of a
    // one-row insert; `where` filters change_log rows (alias l) before the expansion, e.g.
    // "l.entity = ?1 AND l.record_id = ?2". Order by seq, part for the order of the log.
    static QString fieldRowsSql(const QString &where);
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
