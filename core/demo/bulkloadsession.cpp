// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/bulkloadsession.h"

#include "core/storage/database.h"

#include <QRegularExpression>
#include <QSet>

namespace Kizuna::Demo {

namespace {

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

BulkLoadSession::BulkLoadSession(Storage::Database &db, int cacheMiB) : m_db(db), m_indexes(db)
{
    if (auto cache = m_db.queryInt(QStringLiteral("PRAGMA cache_size")); cache.ok())
        m_oldCacheSize = *cache;
    if (auto keys = m_db.queryInt(QStringLiteral("PRAGMA foreign_keys")); keys.ok())
        m_foreignKeys = *keys != 0;
    if (auto ignore = m_db.queryInt(QStringLiteral("PRAGMA ignore_check_constraints")); ignore.ok())
        m_checks = *ignore == 0;
    if (auto mode = m_db.queryText(QStringLiteral("PRAGMA journal_mode")); mode.ok())
        m_journalMode = mode->toLower();
    // Best effort: each setting only makes the load faster.
    (void)m_db.setCacheSizeMiB(cacheMiB);
    (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    (void)m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    if (m_journalMode == u"wal")
        (void)m_db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
}

BulkLoadSession::~BulkLoadSession()
{
    if (m_journalMode == u"wal")
        (void)m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (m_checks)
        (void)m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    if (m_foreignKeys)
        (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_oldCacheSize != 0)
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_oldCacheSize));
}

Status BulkLoadSession::prepareTables()
{
    KIZUNA_TRY(dropTriggers());
    return m_indexes.drop();
}

Status BulkLoadSession::runSql(const QString &sql)
{
    return m_db.exec(sql);
}

Status BulkLoadSession::dropTriggers()
{
    static const QRegularExpression updateOf(
        QStringLiteral(R"re(\bAFTER\s+UPDATE\s+OF\s+"?(\w+)"?)re"), QRegularExpression::CaseInsensitiveOption);
    auto select = m_db.prepare(QStringLiteral(
        "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY tbl_name, name"));
    if (!select.ok())
        return select.error();
    struct Trigger
    {
        QString name, table, sql;
    };
    QList<Trigger> triggers;
    QSet<QString> touched;
    KIZUNA_TRY(select->forEachRow([&] {
        Trigger trigger{select->columnText(0), select->columnText(1), select->columnText(2)};
        const auto match = updateOf.match(trigger.sql);
        if (match.hasMatch() && !touched.contains(trigger.table)) {
            touched.insert(trigger.table);
            const QString column = quoted(match.captured(1));
            m_touches.append(QStringLiteral("UPDATE %1 SET %2 = %2").arg(quoted(trigger.table), column));
        }
        triggers.append(trigger);
    }));
    for (const Trigger &trigger : std::as_const(triggers)) {
        if (!touched.contains(trigger.table))
            continue;
        m_triggerSql.append(trigger.sql);
        KIZUNA_TRY(m_db.exec(QStringLiteral("DROP TRIGGER %1").arg(quoted(trigger.name))));
    }
    return {};
}

Status BulkLoadSession::recreateTriggers()
{
    for (const QString &sql : std::as_const(m_triggerSql))
        KIZUNA_TRY(m_db.exec(sql));
    m_triggerSql.clear();
    return {};
}

} // namespace Kizuna::Demo
