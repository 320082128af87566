// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/changelog.h"

#include "core/storage/database.h"

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
