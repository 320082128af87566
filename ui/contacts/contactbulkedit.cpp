// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactbulkedit.h"

#include "core/model/entities.h"
#include "ui/common/editsession.h"
#include "ui/common/recordlookup.h"

#include <functional>

namespace Kizuna::Ui::ContactBulkEdit {

namespace {

// Runs `edit` for each contact inside one undo group; stops at the first failure (the edits
// made so far stay in the group, so one Undo takes them all back).
Result<int> forEachContact(EditSession &session, const QStringList &ids, const QString &description,
                           const std::function<Result<bool>(const QString &)> &edit)
{
    int changed = 0;
    session.beginGroup(description);
    for (const QString &id : ids) {
        auto done = edit(id);
        if (!done.ok()) {
            session.endGroup();
            return done.error();
        }
        changed += *done ? 1 : 0;
    }
    session.endGroup();
    return changed;
}

} // namespace

Result<int> setField(EditSession &session, const QStringList &contactIds, const QString &field,
                     const QVariant &value, const QString &description)
{
    const Model::EntityDef &contact = Model::entity(u"contact");
    return forEachContact(session, contactIds, description, [&](const QString &id) -> Result<bool> {
        auto record = session.store().get(contact, id);
        if (!record.ok())
            return record.error();
        if (record->value(field).toString() == value.toString())
            return false;
        KIZUNA_TRY(session.update(QStringLiteral("contact"), id, {{field, value}}, description));
        return true;
    });
}

Result<int> addTag(EditSession &session, const QStringList &contactIds, const QString &tagId,
                   const QString &description)
{
    return forEachContact(session, contactIds, description, [&](const QString &id) -> Result<bool> {
        const QStringList row = RecordLookup::row(session.database(),
                                                  "SELECT group_concat(tag_id, ',') FROM contact_tags "
                                                  "WHERE contact_id = ?1 AND deleted_at IS NULL",
                                                  id);
        if (row.value(0).split(u',').contains(tagId))
            return false;
        auto created = session.create(QStringLiteral("contact_tag"), {{QStringLiteral("contact_id"), id},
                                                                        {QStringLiteral("tag_id"), tagId}},
                                      description);
        if (!created.ok())
            return created.error();
        return true;
    });
}

Result<int> moveToTrash(EditSession &session, const QStringList &contactIds, const QString &description)
{
    return forEachContact(session, contactIds, description, [&](const QString &id) -> Result<bool> {
        KIZUNA_TRY(session.remove(QStringLiteral("contact"), id, description));
        return true;
    });
}

} // namespace Kizuna::Ui::ContactBulkEdit
