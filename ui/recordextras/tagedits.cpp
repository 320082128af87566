// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recordextras/tagedits.h"

#include "core/model/entities.h"
#include "core/model/ids.h"
#include "core/model/tagassignments.h"
#include "core/storage/transaction.h"
#include "ui/common/editsession.h"

namespace Kizuna::Ui::TagEdits {

namespace Tags = Model::TagAssignments;

namespace {

Status asStatus(const Result<bool> &result)
{
    return result.ok() ? Status() : Status(result.error());
}

} // namespace

Result<bool> addTag(EditSession &session, const QString &entity, const QString &recordId, const QString &tagId,
                    const QString &description)
{
    auto tagged = Tags::has(session.database(), entity, recordId, tagId);
    if (!tagged.ok())
        return tagged.error();
    if (*tagged)
        return false;
    Model::RecordStore &store = session.store();
    KIZUNA_TRY(session.perform(
        description, Tags::linkEntity(entity), recordId,
        [&store, entity, recordId, tagId] { return asStatus(Tags::add(store, entity, recordId, tagId)); },
        [&store, entity, recordId, tagId] { return asStatus(Tags::remove(store, entity, recordId, tagId)); }));
    return true;
}

Result<bool> removeTag(EditSession &session, const QString &entity, const QString &recordId,
                       const QString &tagId, const QString &description)
{
    auto tagged = Tags::has(session.database(), entity, recordId, tagId);
    if (!tagged.ok())
        return tagged.error();
    if (!*tagged)
        return false;
    Model::RecordStore &store = session.store();
    KIZUNA_TRY(session.perform(
        description, Tags::linkEntity(entity), recordId,
        [&store, entity, recordId, tagId] { return asStatus(Tags::remove(store, entity, recordId, tagId)); },
        [&store, entity, recordId, tagId] { return asStatus(Tags::add(store, entity, recordId, tagId)); }));
    return true;
}

Result<QString> addNewTag(EditSession &session, const QString &entity, const QString &recordId,
                          const QString &name, const QString &description)
{
    const QString tagId = Model::newId();
    Model::RecordStore &store = session.store();
    auto create = [&store, entity, recordId, name, tagId]() -> Status {
        Storage::Transaction transaction(store.database());
        if (!transaction.begun())
            return transaction.beginError();
        auto created = Tags::createTag(store, name, tagId);
        if (!created.ok())
            return created.error();
        KIZUNA_TRY(asStatus(Tags::add(store, entity, recordId, tagId)));
        return transaction.commit();
    };
    // Undo deletes the tag for good (its link goes with it), as undoing any creation does.
    auto destroy = [&store, tagId]() -> Status {
        Storage::Transaction transaction(store.database());
        if (!transaction.begun())
            return transaction.beginError();
        const Model::EntityDef &tag = Model::entity(u"tag");
        KIZUNA_TRY(store.remove(tag, tagId));
        KIZUNA_TRY(store.purge(tag, tagId));
        return transaction.commit();
    };
    KIZUNA_TRY(session.perform(description, Tags::linkEntity(entity), recordId, create, destroy));
    return tagId;
}

} // namespace Kizuna::Ui::TagEdits
