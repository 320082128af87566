// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/contactimporttriggers.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QRegularExpression>

namespace Kizuna::Io {

namespace {

// True when the parentheses of `sql` outside string literals and quoted names never close more
// than they opened and end balanced: one row of VALUES, not "(a), (b".
bool balanced(const QString &sql)
{
    int depth = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"')
            quote = c;
        else if (c == u'(')
            ++depth;
        else if (c == u')' && --depth < 0)
            return false;
    }
    return depth == 0 && quote.isNull();
}

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

QStringList ContactImportTriggers::replayStatements(const QString &triggerSql, const QString &table)
{
    static const QRegularExpression trigger(
        QStringLiteral(R"re(^\s*CREATE\s+TRIGGER\s+\S+\s+AFTER\s+INSERT\s+ON\s+"?(\w+)"?\s+(?:FOR\s+EACH\s+ROW\s+)?)re"
                       R"re((?:WHEN\s+(.+?)\s+)?BEGIN\s+(.+?)\s*END\s*;?\s*$)re"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression insert(
        QStringLiteral(R"re(^INSERT\s+(OR\s+\w+\s+)?INTO\s+([\w."]+)\s*\(([^()]*)\)\s*VALUES\s*\((.*)\)$)re"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto match = trigger.match(triggerSql);
    if (!match.hasMatch() || match.captured(1).compare(table, Qt::CaseInsensitive) != 0)
        return {};
    const QString condition = match.captured(2);
    if (condition.contains(u';') || (!condition.isEmpty() && !balanced(condition)))
        return {};
    QStringList statements;
    for (const QString &part : match.captured(3).split(u';', Qt::SkipEmptyParts)) {
        const QString statement = part.trimmed();
        if (statement.isEmpty())
            continue;
        const auto row = insert.match(statement);
        if (!row.hasMatch() || !balanced(row.captured(4)))
            return {}; // another kind of statement (or a ';' inside a literal): keep the trigger
        QString sql = QStringLiteral("INSERT %1INTO %2(%3) SELECT %4 FROM %5 AS new WHERE new.rowid > :after")
                          .arg(row.captured(1), row.captured(2), row.captured(3), row.captured(4), quoted(table));
        if (!condition.isEmpty())
            sql += QStringLiteral(" AND (%1)").arg(condition);
        statements << sql + QStringLiteral(" ORDER BY new.rowid");
    }
    return statements;
}

Status ContactImportTriggers::suspend(const QString &table)
{
    auto select = m_db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                              "tbl_name = ?1 AND sql IS NOT NULL ORDER BY name"));
    if (!select.ok())
        return select.error();
    select->bind(1, table);
    QStringList names;
    KIZUNA_TRY(select->forEachRow([&] {
        const QString sql = select->columnText(1);
        const QStringList statements = replayStatements(sql, table);
        if (statements.isEmpty())
            return;
        names << select->columnText(0);
        m_suspended.append({table, sql, statements});
    }));
    for (const QString &name : std::as_const(names))
        KIZUNA_TRY(m_db.exec(QStringLiteral("DROP TRIGGER %1").arg(quoted(name))));
    return {};
}

Status ContactImportTriggers::replay(const QString &table, qint64 after)
{
    for (qsizetype i = 0; i < m_suspended.size();) {
        const Suspended &trigger = m_suspended.at(i);
        if (trigger.table != table) {
            ++i;
            continue;
        }
        for (const QString &sql : trigger.statements) {
            auto statement = m_db.prepare(sql);
            if (!statement.ok())
                return statement.error();
            statement->bind(statement->parameterIndex(":after"), std::int64_t(after));
            KIZUNA_TRY(statement->run());
        }
        KIZUNA_TRY(m_db.exec(trigger.sql));
        m_suspended.removeAt(i);
    }
    return {};
}

} // namespace Kizuna::Io
