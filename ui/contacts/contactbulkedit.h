// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace Kizuna::Ui {

class EditSession;

// Edits of many contacts at once (the selected rows of the list), each as ONE undo step.
namespace ContactBulkEdit {

// Sets a field (lifecycle_stage, kind, owner_id …) on every contact; those that already have the
// value are left alone. Returns how many changed.
Result<int> setField(EditSession &session, const QStringList &contactIds, const QString &field,
                     const QVariant &value, const QString &description);
// Tags every contact with the tag (contacts that have it already are left alone).
Result<int> addTag(EditSession &session, const QStringList &contactIds, const QString &tagId,
                   const QString &description);
// Moves every contact to the Trash.
Result<int> moveToTrash(EditSession &session, const QStringList &contactIds, const QString &description);

} // namespace ContactBulkEdit

} // namespace Kizuna::Ui
