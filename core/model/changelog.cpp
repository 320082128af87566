// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/changelog.h"

#include "core/model/tagassignments.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Kizuna::Model {

QString changeOpName(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Insert:
        return QStringLiteral("insert");
    case ChangeOp::Update:
        return QStringLiteral("update");
    case ChangeOp::Delete:
        return QStringLiteral("delete");
    case ChangeOp::Restore:
        return QStringLiteral("restore");
    case ChangeOp::Purge:
        return QStringLiteral("purge");
    }
    return {};
}

namespace {
ChangeOp opFromName(const QString &name)
{
    for (ChangeOp op : {ChangeOp::Insert, ChangeOp::Update, ChangeOp::Delete, ChangeOp::Restore,
                        ChangeOp::Purge}) {
        if (changeOpName(op) == name)
            return op;
    }
    return ChangeOp::Update;
}
} // namespace

Status ChangeLog::append(const ChangeContext &context, const ChangeEntry &entry)
{
    auto insert = m_db.cached(
        "INSERT INTO change_log(entity, record_id, op, field, old_value, new_value, changed_at, "
        "author, node) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert.ok())
        return insert.error();
    Storage::Statement &s = **insert;
    s.bind(1, entry.entity);
    s.bind(2, entry.recordId);
    s.bind(3, changeOpName(entry.op));
    s.bind(4, entry.field.isEmpty() ? QString() : entry.field);
    s.bindVariant(5, entry.oldValue);
    s.bindVariant(6, entry.newValue);
    s.bind(7, entry.changedAt);
    s.bind(8, context.author.isEmpty() ? QString() : context.author);
    s.bind(9, context.node);
    return s.run();
}

namespace {

// The change-log columns of one entry, from change_log l and the expansion j of a one-row insert
// (see ChangeEntry): a per-field row is read as it is, a one-row insert as one entry per key.
const char *const EntryColumns =
    "l.seq AS seq, l.entity AS entity, l.record_id AS record_id, l.op AS op, coalesce(j.key, l.field) AS field, "
    "iif(j.key IS NULL, l.old_value, NULL) AS old_value, iif(j.key IS NULL, l.new_value, j.value) AS new_value, "
    "l.changed_at AS changed_at, l.author AS author, l.node AS node";
// The position of the entry within a one-row insert (0 for a per-field row): orders after seq.
const char *const PartColumn = "ifnull(j.id, 0) AS part";
const char *const ExpandJoin =
    " LEFT JOIN json_each(iif(l.op = 'insert' AND l.field IS NULL AND json_valid(l.new_value), l.new_value, NULL)) j";
// Leaves out a one-row insert without fields (or with a malformed object): it stands for no entry.
const char *const HasEntry = "(j.key IS NOT NULL OR l.field IS NOT NULL OR l.op <> 'insert')";
// The one-row insert's field, whichever way it was written.
const char *const EntryField = "coalesce(j.key, l.field)";

QString entrySelect(const QString &subject)
{
    return QStringLiteral("SELECT %1, %2 AS subject, %3").arg(QLatin1String(EntryColumns), subject, QLatin1String(PartColumn));
}

// The change-log columns read into a ChangeEntry, from `first` on.
ChangeEntry readEntry(const Storage::Statement &s, int first)
{
    ChangeEntry e;
    e.seq = s.columnInt64(first);
    e.entity = s.columnText(first + 1);
    e.recordId = s.columnText(first + 2);
    e.op = opFromName(s.columnText(first + 3));
    e.field = s.columnText(first + 4);
    e.oldValue = s.columnVariant(first + 5);
    e.newValue = s.columnVariant(first + 6);
    e.changedAt = s.columnText(first + 7);
    e.author = s.columnText(first + 8);
    e.node = s.columnText(first + 9);
    return e;
}

// The record's own rows, its custom field values' rows (through custom_field_values_record)
// and, for an entity with tags, its tag links' rows (through the link table's UNIQUE(record,
// tag) index); each part reads change_log_record and expands one-row inserts. Columns: the
// entry (0–9), the subject (10), the part within a one-row insert (11).
QString recordHistorySql(const QString &entity)
{
    const QString join = QLatin1String(ExpandJoin);
    const QString has = QLatin1String(HasEntry);
    const QString field = QLatin1String(EntryField);
    QString sql = entrySelect(QStringLiteral("NULL")) + QStringLiteral(" FROM change_log l") + join
                  + QStringLiteral(" WHERE l.entity = ?1 AND l.record_id = ?2 AND ") + has
                  + QStringLiteral(" UNION ALL ") + entrySelect(QStringLiteral("v.field_id"))
                  + QStringLiteral(" FROM custom_field_values v JOIN change_log l ON l.entity = 'custom_field_value' "
                                   "AND l.record_id = v.id")
                  + join + QStringLiteral(" WHERE v.record_id = ?2 AND ") + has
                  + QStringLiteral(" AND (%1 = 'value' OR l.op IN ('delete', 'restore'))").arg(field);
    if (TagAssignments::isTaggable(entity)) {
        sql += QStringLiteral(" UNION ALL ") + entrySelect(QStringLiteral("t.tag_id"))
               + QStringLiteral(" FROM %1_tags t JOIN change_log l ON l.entity = ?3 AND l.record_id = t.id").arg(entity)
               + join + QStringLiteral(" WHERE t.%1_id = ?2 AND ").arg(entity) + has
               + QStringLiteral(" AND ((l.op = 'insert' AND %1 = 'tag_id') OR l.op IN ('delete', 'restore'))").arg(field);
    }
    return sql + QStringLiteral(" ORDER BY 1, 12");
}

} // namespace

QString ChangeLog::insertValuesSql(const QStringList &fields, const QStringList &expressions)
{
    Q_ASSERT(fields.size() == expressions.size());
    if (fields.isEmpty())
        return QStringLiteral("'{}'");
    QStringList pairs;
    for (qsizetype i = 0; i < fields.size(); ++i)
        pairs << QStringLiteral("'%1', %2").arg(fields.at(i), expressions.at(i));
    // json_object without the NULL members (what json_patch('{}', json_object(…)) makes, in one pass).
    return QStringLiteral("kizuna_json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

QString ChangeLog::fieldRowsSql(const QString &where)
{
    return QStringLiteral("SELECT %1, %2 FROM change_log l%3 WHERE (%4) AND %5")
        .arg(QLatin1String(EntryColumns), QLatin1String(PartColumn), QLatin1String(ExpandJoin),
             where.isEmpty() ? QStringLiteral("1") : where, QLatin1String(HasEntry));
}

Status ChangeLog::appendInsert(const ChangeContext &context, const QString &entity, const QString &recordId,
                               const QMap<QString, QVariant> &values, const QString &changedAt)
{
    QStringList pairs;
    QList<QVariant> bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isValid() || it.value().isNull())
            continue;
        pairs << QStringLiteral("?%1, ?%2").arg(bound.size() + 6).arg(bound.size() + 7);
        bound << it.key() << it.value();
    }
    const QString object = pairs.isEmpty() ? QStringLiteral("'{}'")
                                           : QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO change_log(entity, record_id, op, field, old_value, "
                                              "new_value, changed_at, author, node) VALUES (?1, ?2, 'insert', NULL, "
                                              "NULL, %1, ?3, ?4, ?5)")
                                   .arg(object));
    if (!insert.ok())
        return insert.error();
    Storage::Statement &s = *insert;
    s.bind(1, entity);
    s.bind(2, recordId);
    s.bind(3, changedAt);
    s.bind(4, context.author.isEmpty() ? QString() : context.author);
    s.bind(5, context.node);
    for (qsizetype i = 0; i < bound.size(); ++i)
        s.bindVariant(int(i) + 6, bound.at(i));
    return s.run();
}

Result<QList<RecordChange>> ChangeLog::recordHistory(const QString &entity, const QString &recordId)
{
    auto select = m_db.prepare(recordHistorySql(entity));
    if (!select.ok())
        return select.error();
    Storage::Statement &s = *select;
    s.bind(1, entity);
    s.bind(2, recordId);
    if (TagAssignments::isTaggable(entity))
        s.bind(3, TagAssignments::linkEntity(entity));
    QList<RecordChange> entries;
    KIZUNA_TRY(s.forEachRow([&] { entries.append({readEntry(s, 0), s.columnText(10)}); }));
    return entries;
}

Result<QList<ChangeEntry>> ChangeLog::history(const QString &entity, const QString &recordId)
{
    auto select = m_db.prepare(fieldRowsSql(QStringLiteral("l.entity = ?1 AND l.record_id = ?2"))
                               + QStringLiteral(" ORDER BY seq, part"));
    if (!select.ok())
        return select.error();
    Storage::Statement &s = *select;
    s.bind(1, entity);
    s.bind(2, recordId);
    QList<ChangeEntry> entries;
    KIZUNA_TRY(s.forEachRow([&] { entries << readEntry(s, 0); }));
    return entries;
}

} // namespace Kizuna::Model
