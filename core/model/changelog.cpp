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
// tag) index); each part reads change_log_record.
QString recordHistorySql(const QString &entity)
{
    QString sql = QStringLiteral(
        "SELECT l.seq, l.entity, l.record_id, l.op, l.field, l.old_value, l.new_value, l.changed_at, "
        "l.author, l.node, NULL FROM change_log l WHERE l.entity = ?1 AND l.record_id = ?2 "
        "UNION ALL "
        "SELECT l.seq, l.entity, l.record_id, l.op, l.field, l.old_value, l.new_value, l.changed_at, "
        "l.author, l.node, v.field_id FROM custom_field_values v JOIN change_log l "
        "ON l.entity = 'custom_field_value' AND l.record_id = v.id WHERE v.record_id = ?2 "
        "AND (l.field = 'value' OR l.op IN ('delete', 'restore'))");
    if (TagAssignments::isTaggable(entity)) {
        sql += QStringLiteral(
                   " UNION ALL "
                   "SELECT l.seq, l.entity, l.record_id, l.op, l.field, l.old_value, l.new_value, l.changed_at, "
                   "l.author, l.node, t.tag_id FROM %1_tags t JOIN change_log l "
                   "ON l.entity = ?3 AND l.record_id = t.id WHERE t.%1_id = ?2 "
                   "AND ((l.op = 'insert' AND l.field = 'tag_id') OR l.op IN ('delete', 'restore'))")
                   .arg(entity);
    }
    return sql + QStringLiteral(" ORDER BY 1");
}

} // namespace

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
    auto select = m_db.cached(
        "SELECT seq, op, field, old_value, new_value, changed_at, author, node FROM change_log "
        "WHERE entity = ?1 AND record_id = ?2 ORDER BY seq");
    if (!select.ok())
        return select.error();
    Storage::Statement &s = **select;
    s.bind(1, entity);
    s.bind(2, recordId);
    QList<ChangeEntry> entries;
    KIZUNA_TRY(s.forEachRow([&] {
        ChangeEntry e;
        e.seq = s.columnInt64(0);
        e.entity = entity;
        e.recordId = recordId;
        e.op = opFromName(s.columnText(1));
        e.field = s.columnText(2);
        e.oldValue = s.columnVariant(3);
        e.newValue = s.columnVariant(4);
        e.changedAt = s.columnText(5);
        e.author = s.columnText(6);
        e.node = s.columnText(7);
        entries << e;
    }));
    return entries;
}

} // namespace Kizuna::Model
