// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/storage/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Model {

// A field the user added to contacts, companies or deals (custom_field_defs). `type` is one of
// text, number, date, bool, choice; `choices` (for choice) are stored one per line.
struct CustomFieldDef
{
    QString id;
    QString entity;
    QString key;
    QString label;
    QString type = QStringLiteral("text");
    QStringList choices;
    int position = 0;
};

// Custom fields: their definitions and their values per record (custom_field_values, one row per
// field and record, UNIQUE(field_id, record_id)). Values are text: numbers without grouping
// ("12345", "3.5"), dates "YYYY-MM-DD", bool "1"/"0", a choice as its text. Writes go through
// the record store, with change-log rows.
namespace CustomFields {

// The types, in the order the editor offers them.
QStringList types();
// The entities that can have custom fields: contact, company, deal.
QStringList entityNames();

// The definitions of one entity not in the Trash, by position.
Result<QList<CustomFieldDef>> definitions(Storage::Database &db, const QString &entity);
// The values of one record: field id → value (fields with a stored value only).
Result<QHash<QString, QString>> values(Storage::Database &db, const QString &recordId);

// What is wrong with `text` as a value of the field (empty text is fine); empty when it is fine.
QString check(const CustomFieldDef &field, const QString &text);
// The text as stored (after check() passed): full-width digits folded, grouping commas dropped,
// dates as YYYY-MM-DD, empty as a null string.
QString normalised(const CustomFieldDef &field, const QString &text);

// Writes values of one record (field id → value; empty: no value): an existing row is updated
// (restored if it was deleted), otherwise a row is inserted. One transaction.
Status setValues(RecordStore &store, const QString &recordId, const QHash<QString, QString> &values);

// Choices as stored (one per line) and back.
QStringList parseChoices(const QString &stored);
QString joinChoices(const QStringList &choices);
// A key from a label: letters and digits of any script kept (lower-case), everything else "_".
QString keyFromLabel(const QString &label);

// The columns to write for a definition: label required; key from the label when empty, unique
// per entity (fields in the Trash included, the schema is UNIQUE(entity, key)) — an explicit
// key that is taken is refused, a derived one gets "_2", "_3" …; choices required for choice;
// a new field goes after the last one.
Result<FieldValues> definitionColumns(Storage::Database &db, const CustomFieldDef &field);

} // namespace CustomFields

} // namespace Kizuna::Model
