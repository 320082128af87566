// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/clock.h"

#include <QTimeZone>

#include <cstdlib>

namespace Kizuna::Storage {

QString toStoredTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString toStoredDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDateTime fromStoredTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

QString localOffsetModifier()
{
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    return QStringLiteral("%1%2 seconds").arg(offset < 0 ? u'-' : u'+').arg(std::abs(offset));
}

QString nowTimestamp()
{
    return toStoredTimestamp(QDateTime::currentDateTimeUtc());
}

} // namespace Kizuna::Storage
