// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/task.h"

#include "core/storage/clock.h"

#include <QStringList>

namespace Kizuna::Model {

QDateTime Task::due() const
{
    return dueAt.isEmpty() ? QDateTime() : Storage::fromStoredTimestamp(dueAt);
}

QDateTime Task::remind() const
{
    return remindAt.isEmpty() ? QDateTime() : Storage::fromStoredTimestamp(remindAt);
}

QString Task::relatedText() const
{
    QStringList parts;
    for (const QString *part : {&contactName, &companyName, &dealTitle}) {
        if (!part->isEmpty())
            parts << *part;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace Kizuna::Model
