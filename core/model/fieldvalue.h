// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entity.h"
#include "core/storage/result.h"

#include <QVariant>

namespace Kizuna::Model {

// Converts a value from a user or caller (text from the command line or a CSV cell, or a typed
// QVariant from a form) into the field's stored representation: text trimmed, empty → NULL,
// integers and reals parsed, booleans 0/1, dates "YYYY-MM-DD", date-times UTC ISO-8601 with
// milliseconds (local time assumed when no zone is given), choices lower-case from the list.
// The error names the entity, field and value.
Result<QVariant> toStoredValue(const EntityDef &entity, const FieldDef &field, const QVariant &input);

// Text for a stored value, as the change log and exports show it (NULL → null QString).
QString storedValueText(const QVariant &stored);

} // namespace Kizuna::Model
