// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QList>
#include <QString>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Model {

class RecordStore;

struct Tag
{
    QString id;
    QString name;
    QString color;
};

// Tags on contacts and companies (contact_tags, company_tags). A link row is never inserted
// twice for the same record and tag — the tables are UNIQUE(record, tag) and a removed link
// stays as a soft-deleted row — so tagging again restores that row. Every write goes through
// the record store, with change-log rows. `entity` is "contact" or "company".
namespace TagAssignments {

// True for the entities that carry tags ("contact", "company").
bool isTaggable(const QString &entity);
// The link entity of the catalogue: "contact_tag" / "company_tag".
QString linkEntity(const QString &entity);

// The tags not in the Trash, by name.
Result<QList<Tag>> allTags(Storage::Database &db);
// The tags of one record, by name.
Result<QList<Tag>> tagsOf(Storage::Database &db, const QString &entity, const QString &recordId);
// The tag of that name not in the Trash; an empty id if there is none.
Result<Tag> findTag(Storage::Database &db, const QString &name);

// Creates a tag (name trimmed, not empty, not taken by another tag) and returns its id (`id` if
// given, for redo).
Result<QString> createTag(RecordStore &store, const QString &name, const QString &id = {});
// Tags the record; false when it carried the tag already.
Result<bool> add(RecordStore &store, const QString &entity, const QString &recordId, const QString &tagId);
// Takes the tag off the record (soft delete of the link); false when it did not carry it.
Result<bool> remove(RecordStore &store, const QString &entity, const QString &recordId, const QString &tagId);
// Whether the record carries the tag now.
Result<bool> has(Storage::Database &db, const QString &entity, const QString &recordId, const QString &tagId);

} // namespace TagAssignments

} // namespace Kizuna::Model
