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
    // The sign as a string: QString::arg(char16_t) would print the character's code ("430 seconds").
    return (offset < 0 ? QStringLiteral("-") : QStringLiteral("+")) + QString::number(std::abs(offset))
        + QStringLiteral(" seconds");
}

QString nowTimestamp()
{
    return toStoredTimestamp(QDateTime::currentDateTimeUtc());
}

} // namespace Kizuna::Storage
