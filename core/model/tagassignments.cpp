// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/tagassignments.h"

#include "core/model/entities.h"
#include "core/model/modeltr.h"
#include "core/model/recordstore.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Kizuna::Model::TagAssignments {

namespace {

struct Link
{
    QString id; // empty: never linked
    bool deleted = false;
};

Status checkTaggable(const QString &entity)
{
    if (isTaggable(entity))
        return {};
    return Error::badInput(Tr::tr("%1 records cannot carry tags (only contacts and companies)").arg(entity));
}

// "contact_tags", "contact_id" for a contact.
QString linkTable(const QString &entity)
{
    return entity + u"_tags";
}

QString recordColumn(const QString &entity)
{
    return entity + u"_id";
}

Result<Link> findLink(Storage::Database &db, const QString &entity, const QString &recordId, const QString &tagId)
{
    KIZUNA_TRY(checkTaggable(entity));
    auto select = db.prepare(QStringLiteral("SELECT id, deleted_at IS NOT NULL FROM %1 WHERE %2 = ?1 AND tag_id = ?2")
                                 .arg(linkTable(entity), recordColumn(entity)));
    if (!select.ok())
        return select.error();
    select->bind(1, recordId);
    select->bind(2, tagId);
    Link link;
    KIZUNA_TRY(select->forEachRow([&] {
        link.id = select->columnText(0);
        link.deleted = select->columnInt64(1) != 0;
    }));
    return link;
}

Result<QList<Tag>> readTags(Storage::Database &db, const QString &sql, const QString &key)
{
    auto select = db.prepare(sql);
    if (!select.ok())
        return select.error();
    if (!key.isNull())
        select->bind(1, key);
    QList<Tag> tags;
    KIZUNA_TRY(select->forEachRow([&] { tags.append({select->columnText(0), select->columnText(1), select->columnText(2)}); }));
    return tags;
}

} // namespace

bool isTaggable(const QString &entity)
{
    return entity == u"contact" || entity == u"company";
}

QString linkEntity(const QString &entity)
{
    return entity + u"_tag";
}

Result<QList<Tag>> allTags(Storage::Database &db)
{
    return readTags(db, QStringLiteral("SELECT id, name, color FROM tags WHERE deleted_at IS NULL ORDER BY name, id"),
                    QString());
}

Result<QList<Tag>> tagsOf(Storage::Database &db, const QString &entity, const QString &recordId)
{
    KIZUNA_TRY(checkTaggable(entity));
    return readTags(db,
                    QStringLiteral("SELECT t.id, t.name, t.color FROM %1 l JOIN tags t ON t.id = l.tag_id "
                                   "WHERE l.%2 = ?1 AND l.deleted_at IS NULL AND t.deleted_at IS NULL "
                                   "ORDER BY t.name, t.id")
                        .arg(linkTable(entity), recordColumn(entity)),
                    recordId);
}

Result<Tag> findTag(Storage::Database &db, const QString &name)
{
    auto tags = readTags(db, QStringLiteral("SELECT id, name, color FROM tags WHERE name = ?1 AND deleted_at IS NULL"),
                         name.trimmed());
    if (!tags.ok())
        return tags.error();
    return tags->isEmpty() ? Tag {} : tags->constFirst();
}

Result<QString> createTag(RecordStore &store, const QString &name, const QString &id)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::badInput(Tr::tr("A tag needs a name"));
    auto existing = findTag(store.database(), trimmed);
    if (!existing.ok())
        return existing.error();
    if (!existing->id.isEmpty())
        return Error::badInput(Tr::tr("There is a tag named \"%1\" already").arg(trimmed));
    return store.insert(entity(u"tag"), {{QStringLiteral("name"), trimmed}}, id);
}

Result<bool> add(RecordStore &store, const QString &entityName, const QString &recordId, const QString &tagId)
{
    auto link = findLink(store.database(), entityName, recordId, tagId);
    if (!link.ok())
        return link.error();
    const EntityDef &def = entity(linkEntity(entityName));
    if (link->id.isEmpty()) {
        auto created = store.insert(def, {{recordColumn(entityName), recordId}, {QStringLiteral("tag_id"), tagId}});
        if (!created.ok())
            return created.error();
        return true;
    }
    if (!link->deleted)
        return false;
    KIZUNA_TRY(store.restore(def, link->id));
    return true;
}

Result<bool> remove(RecordStore &store, const QString &entityName, const QString &recordId, const QString &tagId)
{
    auto link = findLink(store.database(), entityName, recordId, tagId);
    if (!link.ok())
        return link.error();
    if (link->id.isEmpty() || link->deleted)
        return false;
    KIZUNA_TRY(store.remove(entity(linkEntity(entityName)), link->id));
    return true;
}

Result<bool> has(Storage::Database &db, const QString &entity, const QString &recordId, const QString &tagId)
{
    auto link = findLink(db, entity, recordId, tagId);
    if (!link.ok())
        return link.error();
    return !link->id.isEmpty() && !link->deleted;
}

} // namespace Kizuna::Model::TagAssignments
