// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/deal.h"

namespace Kizuna::Sales {

QString dealStatusKey(DealStatus status)
{
    switch (status) {
    case DealStatus::Open:
        return QStringLiteral("open");
    case DealStatus::Won:
        return QStringLiteral("won");
    case DealStatus::Lost:
        return QStringLiteral("lost");
    }
    return QStringLiteral("open");
}

DealStatus dealStatusFromKey(const QString &key)
{
    if (key == u"won")
        return DealStatus::Won;
    if (key == u"lost")
        return DealStatus::Lost;
    return DealStatus::Open;
}

} // namespace Kizuna::Sales
