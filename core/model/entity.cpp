// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/entity.h"

namespace Kizuna::Model {

const FieldDef *EntityDef::field(QStringView fieldName) const
{
    for (const FieldDef &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

QStringList EntityDef::fieldNames() const
{
    QStringList names;
    names.reserve(fields.size());
    for (const FieldDef &f : fields)
        names << f.name;
    return names;
}

} // namespace Kizuna::Model
