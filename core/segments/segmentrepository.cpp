// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segments/segmentrepository.h"

#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/segments/segmentstr.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Kizuna::Segments {

namespace {

const Model::EntityDef &segmentEntity()
{
    return Model::entity(u"segment");
}

constexpr const char *SelectSegments =
    "SELECT id, name, rule, created_at, updated_at FROM segments WHERE deleted_at IS NULL";

Segment readSegment(const Storage::Statement &s)
{
    return {s.columnText(0), s.columnText(1), s.columnText(2).toUtf8(), s.columnText(3), s.columnText(4)};
}

Model::FieldValues valuesOf(const QString &name, const SegmentRule &rule)
{
    return {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("rule"), QString::fromUtf8(rule.toJson())}};
}

} // namespace

Result<SegmentRule> Segment::rule() const
{
    auto parsed = SegmentRule::fromJson(ruleJson.trimmed().isEmpty() ? QByteArray("{}") : ruleJson);
    if (!parsed.ok())
        return Error::badInput(Tr::tr("segment \"%1\": %2").arg(name, parsed.error().message));
    return parsed;
}

Status SegmentRepository::checkName(const QString &name, const QString &exceptId)
{
    if (name.trimmed().isEmpty())
        return Error::badInput(Tr::tr("a segment needs a name"));
    auto statement = m_store.database().prepare(
        QStringLiteral("SELECT id FROM segments WHERE deleted_at IS NULL AND name = ?1 AND id <> ?2"));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, name.trimmed());
    statement->bind(2, exceptId.isNull() ? QStringLiteral("") : exceptId);
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    if (*row)
        return Error::badInput(Tr::tr("a segment named \"%1\" already exists (id %2)")
                                   .arg(name.trimmed(), statement->columnText(0)));
    return {};
}

Result<QString> SegmentRepository::create(const QString &name, const SegmentRule &rule)
{
    KIZUNA_TRY(checkName(name, {}));
    return m_store.insert(segmentEntity(), valuesOf(name, rule));
}

Status SegmentRepository::update(const QString &id, const QString &name, const SegmentRule &rule)
{
    KIZUNA_TRY(checkName(name, id));
    return m_store.update(segmentEntity(), id, valuesOf(name, rule));
}

Status SegmentRepository::remove(const QString &id)
{
    return m_store.remove(segmentEntity(), id);
}

Result<QList<Segment>> SegmentRepository::list(Storage::Database &db)
{
    auto statement = db.prepare(QString::fromLatin1(SelectSegments) + QStringLiteral(" ORDER BY name, id"));
    if (!statement.ok())
        return statement.error();
    QList<Segment> segments;
    KIZUNA_TRY(statement->forEachRow([&] { segments << readSegment(*statement); }));
    return segments;
}

Result<Segment> SegmentRepository::find(Storage::Database &db, const QString &idOrName)
{
    for (const char *condition : {" AND id = ?1", " AND name = ?1 ORDER BY created_at, id"}) {
        auto statement = db.prepare(QString::fromLatin1(SelectSegments) + QString::fromLatin1(condition));
        if (!statement.ok())
            return statement.error();
        statement->bind(1, idOrName.trimmed());
        auto row = statement->step();
        if (!row.ok())
            return row.error();
        if (*row)
            return readSegment(*statement);
    }
    return Error::notFound(Tr::tr("no segment with the name or id \"%1\"").arg(idOrName));
}

} // namespace Kizuna::Segments
