// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/customfields.h"

#include "core/model/entities.h"
#include "core/model/fieldcheck.h"
#include "core/model/fieldvalue.h"
#include "core/model/modeltr.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QRegularExpression>

namespace Kizuna::Model::CustomFields {

namespace {

QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

QString numberText(const QString &text)
{
    QString number = folded(text);
    number.remove(u',');
    if (number.startsWith(u'+'))
        number.remove(0, 1);
    return number;
}

struct ValueRow
{
    QString id; // empty: none yet
    bool deleted = false;
};

Result<ValueRow> findValueRow(Storage::Database &db, const QString &fieldId, const QString &recordId)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT id, deleted_at IS NOT NULL FROM custom_field_values WHERE field_id = ?1 AND record_id = ?2"));
    if (!select.ok())
        return select.error();
    select->bind(1, fieldId);
    select->bind(2, recordId);
    ValueRow row;
    KIZUNA_TRY(select->forEachRow([&] {
        row.id = select->columnText(0);
        row.deleted = select->columnInt64(1) != 0;
    }));
    return row;
}

Status writeValue(RecordStore &store, const QString &fieldId, const QString &recordId, const QString &value)
{
    const EntityDef &def = entity(u"custom_field_value");
    auto row = findValueRow(store.database(), fieldId, recordId);
    if (!row.ok())
        return row.error();
    const QVariant stored = value.isEmpty() ? QVariant() : QVariant(value);
    if (row->id.isEmpty()) {
        if (value.isEmpty())
            return {};
        auto created = store.insert(def, {{QStringLiteral("field_id"), fieldId},
                                          {QStringLiteral("record_id"), recordId},
                                          {QStringLiteral("value"), stored}});
        return created.ok() ? Status() : Status(created.error());
    }
    if (row->deleted)
        KIZUNA_TRY(store.restore(def, row->id));
    return store.update(def, row->id, {{QStringLiteral("value"), stored}});
}

// Whether another field of the entity (in the Trash or not) has the key.
Result<bool> keyTaken(Storage::Database &db, const QString &entityName, const QString &key, const QString &id)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT count(*) FROM custom_field_defs WHERE entity = ?1 AND key = ?2 AND id IS NOT ?3"));
    if (!select.ok())
        return select.error();
    select->bind(1, entityName);
    select->bind(2, key);
    select->bind(3, id);
    bool taken = false;
    KIZUNA_TRY(select->forEachRow([&] { taken = select->columnInt64(0) > 0; }));
    return taken;
}

Result<QString> uniqueKey(Storage::Database &db, const CustomFieldDef &field, const QString &label)
{
    const QString explicitKey = field.key.trimmed();
    if (!explicitKey.isEmpty()) {
        auto taken = keyTaken(db, field.entity, explicitKey, field.id);
        if (!taken.ok())
            return taken.error();
        if (*taken)
            return Error::badInput(Tr::tr("Another %1 field (perhaps one in the Trash) has the key \"%2\"; "
                                          "choose another key")
                                       .arg(field.entity, explicitKey));
        return explicitKey;
    }
    const QString base = keyFromLabel(label);
    QString key = base;
    for (int suffix = 2;; ++suffix) {
        auto taken = keyTaken(db, field.entity, key, field.id);
        if (!taken.ok())
            return taken.error();
        if (!*taken)
            return key;
        key = base + u'_' + QString::number(suffix);
    }
}

Result<int> nextPosition(Storage::Database &db, const QString &entityName)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT ifnull(max(position), -1) + 1 FROM custom_field_defs WHERE entity = ?1 AND deleted_at IS NULL"));
    if (!select.ok())
        return select.error();
    select->bind(1, entityName);
    int position = 0;
    KIZUNA_TRY(select->forEachRow([&] { position = select->columnInt(0); }));
    return position;
}

} // namespace

QStringList types()
{
    return {QStringLiteral("text"), QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("bool"),
            QStringLiteral("choice")};
}

QStringList entityNames()
{
    return {QStringLiteral("contact"), QStringLiteral("company"), QStringLiteral("deal")};
}

Result<QList<CustomFieldDef>> definitions(Storage::Database &db, const QString &entityName)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT id, entity, key, label, type, choices, position FROM custom_field_defs "
        "WHERE entity = ?1 AND deleted_at IS NULL ORDER BY position, label, id"));
    if (!select.ok())
        return select.error();
    select->bind(1, entityName);
    QList<CustomFieldDef> list;
    KIZUNA_TRY(select->forEachRow([&] {
        list.append({select->columnText(0), select->columnText(1), select->columnText(2), select->columnText(3),
                     select->columnText(4), parseChoices(select->columnText(5)), select->columnInt(6)});
    }));
    return list;
}

Result<QHash<QString, QString>> values(Storage::Database &db, const QString &recordId)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT field_id, value FROM custom_field_values "
        "WHERE record_id = ?1 AND deleted_at IS NULL AND value IS NOT NULL"));
    if (!select.ok())
        return select.error();
    select->bind(1, recordId);
    QHash<QString, QString> map;
    KIZUNA_TRY(select->forEachRow([&] { map.insert(select->columnText(0), select->columnText(1)); }));
    return map;
}

QString check(const CustomFieldDef &field, const QString &text)
{
    const QString value = folded(text);
    if (value.isEmpty())
        return {};
    if (field.type == u"number") {
        static const QRegularExpression number(QStringLiteral("^-?(\\d+(\\.\\d*)?|\\.\\d+)$"));
        if (!number.match(numberText(value)).hasMatch())
            return Tr::tr("\"%1\" is not a number (e.g. 12 or 3.5)").arg(value);
    } else if (field.type == u"date") {
        return FieldCheck::date(value);
    } else if (field.type == u"choice" && !field.choices.contains(text.trimmed())) {
        return Tr::tr("\"%1\" is not one of the choices (%2)").arg(text.trimmed(), field.choices.join(u", "));
    }
    return {};
}

QString normalised(const CustomFieldDef &field, const QString &text)
{
    const QString value = folded(text);
    if (value.isEmpty())
        return {};
    if (field.type == u"number")
        return numberText(value);
    if (field.type == u"bool") {
        static const QStringList yes = {QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes")};
        return yes.contains(value.toLower()) ? QStringLiteral("1") : QStringLiteral("0");
    }
    if (field.type == u"date") {
        FieldDef date;
        date.name = field.key;
        date.type = FieldType::Date;
        auto stored = toStoredValue(entity(u"custom_field_value"), date, value);
        return stored.ok() ? stored->toString() : value;
    }
    return text.trimmed();
}

Status setValues(RecordStore &store, const QString &recordId, const QHash<QString, QString> &values)
{
    Storage::Transaction transaction(store.database());
    if (!transaction.begun())
        return transaction.beginError();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        KIZUNA_TRY(writeValue(store, it.key(), recordId, it.value()));
    return transaction.commit();
}

QStringList parseChoices(const QString &stored)
{
    QStringList choices;
    for (const QString &line : stored.split(u'\n')) {
        const QString choice = line.trimmed();
        if (!choice.isEmpty() && !choices.contains(choice))
            choices << choice;
    }
    return choices;
}

QString joinChoices(const QStringList &choices)
{
    return parseChoices(choices.join(u'\n')).join(u'\n');
}

QString keyFromLabel(const QString &label)
{
    QString key;
    for (const QChar c : folded(label).toLower()) {
        if (c.isLetterOrNumber())
            key += c;
        else if (!key.isEmpty() && !key.endsWith(u'_'))
            key += u'_';
    }
    while (key.endsWith(u'_'))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("field") : key;
}

Result<FieldValues> definitionColumns(Storage::Database &db, const CustomFieldDef &field)
{
    const QString label = field.label.trimmed();
    if (label.isEmpty())
        return Error::badInput(Tr::tr("A custom field needs a label"));
    if (!entityNames().contains(field.entity))
        return Error::badInput(Tr::tr("Custom fields are for contacts, companies and deals, not \"%1\"").arg(field.entity));
    if (!types().contains(field.type))
        return Error::badInput(Tr::tr("Custom field \"%1\": unknown type \"%2\" (types: %3)")
                                   .arg(label, field.type, types().join(u", ")));
    const QString choices = joinChoices(field.choices);
    if (field.type == u"choice" && choices.isEmpty())
        return Error::badInput(Tr::tr("Custom field \"%1\": a choice field needs at least one choice (one per line)")
                                   .arg(label));
    auto key = uniqueKey(db, field, label);
    if (!key.ok())
        return key.error();
    int position = field.position;
    if (field.id.isEmpty()) {
        auto next = nextPosition(db, field.entity);
        if (!next.ok())
            return next.error();
        position = *next;
    }
    return FieldValues {{QStringLiteral("entity"), field.entity},
                        {QStringLiteral("key"), *key},
                        {QStringLiteral("label"), label},
                        {QStringLiteral("type"), field.type},
                        {QStringLiteral("choices"), field.type == u"choice" ? QVariant(choices) : QVariant()},
                        {QStringLiteral("position"), position}};
}

} // namespace Kizuna::Model::CustomFields
