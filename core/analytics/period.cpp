// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/period.h"

#include "core/storage/clock.h"

namespace Kizuna::Analytics {

Period Period::previous() const
{
    return {first.addDays(-days()), first.addDays(-1)};
}

QString Period::startStamp() const
{
    return Storage::toStoredTimestamp(first.startOfDay());
}

QString Period::endStamp() const
{
    return Storage::toStoredTimestamp(last.addDays(1).startOfDay());
}

} // namespace Kizuna::Analytics
