// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commands/recordoutput.h"

#include "core/cli/clitr.h"
#include "core/model/fieldvalue.h"

#include <algorithm>

namespace Kizuna::Cli {

namespace {

QJsonValue nullableText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString shown(const QVariant &stored)
{
    const QString text = Model::storedValueText(stored);
    return text.isNull() ? QStringLiteral("∅") : text;
}

} // namespace

QJsonValue storedValueJson(const QVariant &stored, const Model::FieldDef *field)
{
    if (!stored.isValid() || stored.isNull())
        return QJsonValue();
    if (field && field->type == Model::FieldType::Bool)
        return QJsonValue(stored.toLongLong() != 0);
    switch (stored.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(stored.toLongLong());
    case QMetaType::Double:
        return QJsonValue(stored.toDouble());
    default:
        return QJsonValue(stored.toString());
    }
}

QJsonObject recordJson(const Model::EntityDef &entity, const Model::Record &record)
{
    QJsonObject object{{QStringLiteral("id"), record.id}};
    for (const Model::FieldDef &field : entity.fields)
        object.insert(field.name, storedValueJson(record.value(field.name), &field));
    object.insert(QStringLiteral("created_at"), nullableText(record.createdAt));
    object.insert(QStringLiteral("updated_at"), nullableText(record.updatedAt));
    object.insert(QStringLiteral("deleted_at"), nullableText(record.deletedAt));
    return object;
}

QString recordText(const Model::EntityDef &entity, const Model::Record &record)
{
    QList<std::pair<QString, QString>> rows{{QStringLiteral("id"), record.id}};
    for (const Model::FieldDef &field : entity.fields)
        rows.append({field.name, Model::storedValueText(record.value(field.name))});
    rows.append({QStringLiteral("created_at"), record.createdAt});
    rows.append({QStringLiteral("updated_at"), record.updatedAt});
    rows.append({QStringLiteral("deleted_at"),
                 record.isDeleted() ? Tr::tr("%1 (in the Trash)").arg(record.deletedAt) : QString()});
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &row : rows)
        text += row.first.leftJustified(width + 2) + row.second + u'\n';
    return text;
}

QJsonArray historyJson(const QList<Model::ChangeEntry> &history)
{
    QJsonArray array;
    for (const Model::ChangeEntry &entry : history) {
        array.append(QJsonObject{{QStringLiteral("seq"), entry.seq},
                                 {QStringLiteral("op"), Model::changeOpName(entry.op)},
                                 {QStringLiteral("field"), nullableText(entry.field)},
                                 {QStringLiteral("old"), storedValueJson(entry.oldValue)},
                                 {QStringLiteral("new"), storedValueJson(entry.newValue)},
                                 {QStringLiteral("changed_at"), entry.changedAt},
                                 {QStringLiteral("author"), nullableText(entry.author)}});
    }
    return array;
}

QString historyText(const QList<Model::ChangeEntry> &history)
{
    QString text = Tr::tr("History:") + u'\n';
    for (const Model::ChangeEntry &entry : history) {
        QString line = QStringLiteral("  ") + entry.changedAt + QStringLiteral("  ")
                       + Model::changeOpName(entry.op);
        if (!entry.field.isEmpty())
            line += QStringLiteral("  ") + entry.field + QStringLiteral(": ") + shown(entry.oldValue)
                    + QStringLiteral(" → ") + shown(entry.newValue);
        if (!entry.author.isEmpty())
            line += QStringLiteral("  (") + entry.author + u')';
        text += line + u'\n';
    }
    return text;
}

} // namespace Kizuna::Cli
