// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segments/segmentmembers.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QScopeGuard>

namespace Kizuna::Segments {

namespace {

// Temporary table names unique in the process, so several evaluations can share a connection.
QString uniqueTempName(const char *stem)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("temp.%1_%2").arg(QLatin1StringView(stem)).arg(++counter);
}

} // namespace

SegmentMembers::SegmentMembers(Storage::Database &db, QDate asOf)
    : m_db(db)
    , m_asOf(asOf.isValid() ? asOf : QDate::currentDate())
    , m_rfmTable(uniqueTempName("kizuna_segment_rfm"))
{
}

SegmentMembers::~SegmentMembers()
{
    if (m_rfmFilled)
        (void)m_db.exec(u"DROP TABLE IF EXISTS " + m_rfmTable);
}

Result<SegmentPredicate> SegmentMembers::predicate(const SegmentRule &rule, const std::atomic<bool> *cancel)
{
    SegmentSql::Options options;
    options.asOf = m_asOf;
    options.rfmTable = m_rfmTable;
    SegmentPredicate predicate = SegmentSql::compile(rule, options);
    if (!predicate.rfmTable.isEmpty() && !m_rfmFilled) {
        KIZUNA_TRY(SegmentSql::fillRfmTable(m_db, m_rfmTable, m_asOf, cancel));
        m_rfmFilled = true;
    }
    return predicate;
}

Result<qint64> SegmentMembers::count(const SegmentRule &rule, const std::atomic<bool> *cancel)
{
    auto compiled = predicate(rule, cancel);
    if (!compiled.ok())
        return compiled.error();
    auto statement = m_db.prepare(u"SELECT count(*) FROM (" + SegmentSql::membersSql(*compiled) + u')');
    if (!statement.ok())
        return statement.error();
    SegmentSql::bind(*statement, compiled->binds);
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    return static_cast<qint64>(statement->columnInt64(0));
}

Result<QStringList> SegmentMembers::page(const SegmentRule &rule, const QString &afterId, int limit,
                                         const std::atomic<bool> *cancel)
{
    auto compiled = predicate(rule, cancel);
    if (!compiled.ok())
        return compiled.error();
    auto statement = m_db.prepare(SegmentSql::membersSql(*compiled)
                                  + u" AND c.id > :segment_after ORDER BY c.id LIMIT :segment_limit");
    if (!statement.ok())
        return statement.error();
    SegmentSql::bind(*statement, compiled->binds);
    statement->bind(statement->parameterIndex(":segment_after"), afterId.isNull() ? QStringLiteral("") : afterId);
    statement->bind(statement->parameterIndex(":segment_limit"), std::max(0, limit));
    QStringList ids;
    KIZUNA_TRY(statement->forEachRow([&] { ids << statement->columnText(0); }));
    return ids;
}

Result<SegmentTable> SegmentMembers::materialise(const SegmentRule &rule, const std::atomic<bool> *cancel)
{
    auto compiled = predicate(rule, cancel);
    if (!compiled.ok())
        return compiled.error();
    const QString name = uniqueTempName("kizuna_segment");
    KIZUNA_TRY(m_db.exec(u"CREATE TEMP TABLE " + name.section(u'.', -1)
                         + u"(contact_id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID"));
    bool filled = false;
    const auto dropUnlessFilled = qScopeGuard([&] {
        if (!filled)
            (void)m_db.exec(u"DROP TABLE IF EXISTS " + name);
    });
    auto insert = m_db.prepare(u"INSERT INTO " + name + u"(contact_id) " + SegmentSql::membersSql(*compiled));
    if (!insert.ok())
        return insert.error();
    SegmentSql::bind(*insert, compiled->binds);
    KIZUNA_TRY(insert->run());
    filled = true;
    return SegmentTable(m_db, name, m_db.changes());
}

} // namespace Kizuna::Segments
