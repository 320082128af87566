// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactrow.h"

#include "core/model/personname.h"

namespace Kizuna::Ui {

QString ContactRow::displayName() const
{
    return Model::displayName(familyName, givenName);
}

QString ContactRow::readingDisplay() const
{
    const QString family = familyNameReading.trimmed();
    const QString given = givenNameReading.trimmed();
    if (family.isEmpty() || given.isEmpty())
        return family + given;
    return family + u' ' + given;
}

} // namespace Kizuna::Ui
