// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segments/segmentscope.h"

#include "core/segments/segmentmembers.h"
#include "core/segments/segmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

namespace Kizuna::Segments {

namespace {

const QString &membersTable()
{
    static const QString name = QStringLiteral("temp.kizuna_scope_members");
    return name;
}

struct Held
{
    QString key; // "segment id|version"; empty when the table holds nothing yet
    qint64 members = 0;
};

Result<Held> held(Storage::Database &db)
{
    auto exists = db.queryInt(QStringLiteral(
        "SELECT count(*) FROM temp.sqlite_master WHERE name = 'kizuna_scope_key' AND type = 'table'"));
    if (!exists.ok())
        return exists.error();
    if (*exists == 0)
        return Held{};
    auto select = db.prepare(QStringLiteral("SELECT key, members FROM temp.kizuna_scope_key"));
    if (!select.ok())
        return select.error();
    auto row = select->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Held{};
    return Held{select->columnText(0), select->columnInt64(1)};
}

Result<qint64> fill(Storage::Database &db, const SegmentPredicate &predicate, const QString &key)
{
    Storage::Transaction transaction(db);
    KIZUNA_TRY(db.exec(QStringLiteral(
        "DROP TABLE IF EXISTS temp.kizuna_scope_members;"
        "CREATE TEMP TABLE kizuna_scope_members(contact_id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;"
        "CREATE TEMP TABLE IF NOT EXISTS kizuna_scope_key(key TEXT NOT NULL, members INTEGER NOT NULL);"
        "DELETE FROM temp.kizuna_scope_key;")));
    auto insert = db.prepare(u"INSERT INTO " + membersTable() + u"(contact_id) " + SegmentSql::membersSql(predicate));
    if (!insert.ok())
        return insert.error();
    SegmentSql::bind(*insert, predicate.binds);
    KIZUNA_TRY(insert->run());
    const qint64 members = db.changes();
    auto remember = db.prepare(QStringLiteral("INSERT INTO temp.kizuna_scope_key(key, members) VALUES (?1, ?2)"));
    if (!remember.ok())
        return remember.error();
    remember->bind(1, key);
    remember->bind(2, static_cast<std::int64_t>(members));
    KIZUNA_TRY(remember->run());
    KIZUNA_TRY(transaction.commit());
    return members;
}

} // namespace

Result<SegmentScope> SegmentScope::ensure(Storage::Database &db, const QString &segmentId, quint64 version,
                                          const std::atomic<bool> *cancel)
{
    const QString key = segmentId + u'|' + QString::number(version);
    auto current = held(db);
    if (!current.ok())
        return current.error();
    if (current->key == key)
        return SegmentScope{membersTable(), current->members};
    auto segment = SegmentRepository::find(db, segmentId);
    if (!segment.ok())
        return segment.error();
    auto rule = segment->rule();
    if (!rule.ok())
        return rule.error();
    SegmentMembers members(db);
    auto predicate = members.predicate(*rule, cancel);
    if (!predicate.ok())
        return predicate.error();
    auto filled = fill(db, *predicate, key);
    if (!filled.ok())
        return filled.error();
    return SegmentScope{membersTable(), *filled};
}

} // namespace Kizuna::Segments
