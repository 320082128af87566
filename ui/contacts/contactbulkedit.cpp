// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactbulkedit.h"

#include "core/model/entities.h"
#include "ui/common/editsession.h"
#include "ui/recordextras/tagedits.h"

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
    // The same step as the tag bar of the contact page (a link removed before is restored).
    return forEachContact(session, contactIds, description, [&](const QString &id) {
        return TagEdits::addTag(session, QStringLiteral("contact"), id, tagId, description);
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
