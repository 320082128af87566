// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fts5bulkwrite.h"

#include "core/storage/database.h"

namespace Kizuna::Storage {

namespace {

// FTS5's own default (FTS5_DEFAULT_HASHSIZE), in effect when the configuration has no row.
constexpr qint64 Fts5DefaultHashSize = 1024 * 1024;

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

Status setHashSize(Database &db, const QString &table, qint64 value)
{
    auto statement = db.prepare(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('hashsize', ?1)").arg(quoted(table)));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, std::int64_t(value));
    return statement->run();
}

} // namespace

Status Fts5BulkWrite::apply(qint64 bufferBytes)
{
    auto select = m_db.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                              "sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%' ORDER BY name"));
    if (!select.ok())
        return select.error();
    QStringList names;
    KIZUNA_TRY(select->forEachRow([&] { names << select->columnText(0); }));
    for (const QString &name : std::as_const(names)) {
        auto stored = m_db.prepare(QStringLiteral("SELECT v FROM %1 WHERE k = 'hashsize'").arg(quoted(name + u"_config")));
        if (!stored.ok())
            return stored.error();
        Table table{name, std::nullopt};
        KIZUNA_TRY(stored->forEachRow([&] { table.stored = stored->columnInt64(0); }));
        KIZUNA_TRY(setHashSize(m_db, name, bufferBytes));
        m_tables.append(table);
    }
    return {};
}

Status Fts5BulkWrite::restore()
{
    for (const Table &table : std::as_const(m_tables)) {
        // Through FTS5 (which also updates this connection's copy), then without the row when
        // there was none: the same as FTS5's default.
        KIZUNA_TRY(setHashSize(m_db, table.name, table.stored.value_or(Fts5DefaultHashSize)));
        if (!table.stored)
            KIZUNA_TRY(m_db.exec(
                QStringLiteral("DELETE FROM %1 WHERE k = 'hashsize'").arg(quoted(table.name + u"_config"))));
    }
    m_tables.clear();
    return {};
}

} // namespace Kizuna::Storage
