// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Kizuna::Model {

enum class FieldType {
    Text,
    Integer,
    Real,
    Bool,     // stored as 0/1
    Date,     // "YYYY-MM-DD"
    DateTime, // UTC ISO-8601 with milliseconds
    Choice,   // one of FieldDef::choices
    Reference // the id of a record of FieldDef::references
};

struct FieldDef
{
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList choices;  // for Choice
    QString references;   // for Reference: the entity name ("company")
};

// One kind of record and the table that holds it. The common columns id, created_at,
// updated_at and deleted_at are not listed in `fields`; every entity has them.
struct EntityDef
{
    QString name;  // singular, as used on the command line and in the change log: "contact"
    QString table; // "contacts"
    QList<FieldDef> fields;

    const FieldDef *field(QStringView fieldName) const;
    QStringList fieldNames() const;
};

} // namespace Kizuna::Model
