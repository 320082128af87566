// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ids.h"

#include <QUuid>

namespace Kizuna::Model {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool looksLikeId(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace Kizuna::Model
