// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/fieldvalue.h"

#include "core/model/modeltr.h"
#include "core/storage/clock.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace Kizuna::Model {

namespace {

Error invalid(const EntityDef &entity, const FieldDef &field, const QString &value, const QString &why)
{
    return Error::badInput(Tr::tr("%1 field \"%2\": \"%3\" %4").arg(entity.name, field.name, value, why));
}

QDate parseDate(const QString &text)
{
    for (const auto *format : {"yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d", "yyyyMMdd", "yyyy-M-d"}) {
        const QDate date = QDate::fromString(text, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return {};
}

QDateTime parseDateTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        for (const auto *format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm:ss",
                                   "yyyy/MM/dd HH:mm"}) {
            time = QDateTime::fromString(text, QString::fromLatin1(format));
            if (time.isValid())
                break;
        }
    }
    if (!time.isValid()) {
        const QDate date = parseDate(text);
        if (date.isValid())
            time = date.startOfDay();
    }
    return time;
}

} // namespace

Result<QVariant> toStoredValue(const EntityDef &entity, const FieldDef &field, const QVariant &input)
{
    const bool isNull = !input.isValid() || input.isNull();
    const QString text = isNull ? QString() : input.toString().trimmed();
    if (isNull || text.isEmpty()) {
        if (field.required)
            return Error::badInput(Tr::tr("%1 field \"%2\" is required and cannot be empty")
                                       .arg(entity.name, field.name));
        return QVariant();
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Reference:
        return QVariant(text);
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong value = input.typeId() == QMetaType::QString ? text.toLongLong(&ok)
                                                                     : input.toLongLong(&ok);
        if (!ok)
            return invalid(entity, field, text, Tr::tr("is not a whole number"));
        return QVariant::fromValue<qint64>(value);
    }
    case FieldType::Real: {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok)
            return invalid(entity, field, text, Tr::tr("is not a number"));
        return QVariant(value);
    }
    case FieldType::Bool: {
        if (input.typeId() == QMetaType::Bool)
            return QVariant::fromValue<qint64>(input.toBool() ? 1 : 0);
        const QString lower = text.toLower();
        if (lower == u"1" || lower == u"true" || lower == u"yes" || lower == u"on")
            return QVariant::fromValue<qint64>(1);
        if (lower == u"0" || lower == u"false" || lower == u"no" || lower == u"off")
            return QVariant::fromValue<qint64>(0);
        return invalid(entity, field, text, Tr::tr("is not true/false, yes/no or 1/0"));
    }
    case FieldType::Date: {
        const QDate date = input.typeId() == QMetaType::QDate ? input.toDate() : parseDate(text);
        if (!date.isValid())
            return invalid(entity, field, text, Tr::tr("is not a date (use YYYY-MM-DD)"));
        return QVariant(Storage::toStoredDate(date));
    }
    case FieldType::DateTime: {
        const QDateTime time = input.typeId() == QMetaType::QDateTime ? input.toDateTime()
                                                                      : parseDateTime(text);
        if (!time.isValid())
            return invalid(entity, field, text,
                           Tr::tr("is not a date and time (use YYYY-MM-DDTHH:MM:SS)"));
        return QVariant(Storage::toStoredTimestamp(time));
    }
    case FieldType::Choice: {
        const QString lower = text.toLower();
        if (!field.choices.contains(lower))
            return invalid(entity, field, text,
                           Tr::tr("is not one of: %1").arg(field.choices.join(u", ")));
        return QVariant(lower);
    }
    }
    return QVariant(text);
}

QString storedValueText(const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return {};
    if (stored.typeId() == QMetaType::Double)
        return QString::number(stored.toDouble(), 'g', 15);
    return stored.toString();
}

} // namespace Kizuna::Model
