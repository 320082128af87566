// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QString>

namespace Kizuna::Ui {

class EditSession;

// Tagging a contact or company as undo steps of the edit session (the writes themselves are
// Model::TagAssignments). Each announces recordChanged("contact_tag" / "company_tag", recordId)
// with the id of the tagged contact or company (not of the link row), a new tag included.
namespace TagEdits {

// Tags the record as one undo step (undo takes the tag off again); false, and no step, when it
// carried the tag already.
Result<bool> addTag(EditSession &session, const QString &entity, const QString &recordId, const QString &tagId,
                    const QString &description);
// Takes the tag off as one undo step (undo puts it back); false, and no step, when it did not
// carry it.
Result<bool> removeTag(EditSession &session, const QString &entity, const QString &recordId,
                       const QString &tagId, const QString &description);
// Creates a tag of that name and tags the record, as one undo step (undo removes both).
// Returns the new tag's id.
Result<QString> addNewTag(EditSession &session, const QString &entity, const QString &recordId,
                          const QString &name, const QString &description);

} // namespace TagEdits

} // namespace Kizuna::Ui
