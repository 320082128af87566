// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/contact.h"

#include "core/model/personname.h"
#include "core/storage/clock.h"

namespace Kizuna::Model {

namespace {
// Binds each typed member to its field name once, for both directions.
template<typename Visitor>
void visitTextFields(Contact &c, Visitor &&visit)
{
    visit(QStringLiteral("kind"), c.kind);
    visit(QStringLiteral("lifecycle_stage"), c.lifecycleStage);
    visit(QStringLiteral("family_name"), c.familyName);
    visit(QStringLiteral("given_name"), c.givenName);
    visit(QStringLiteral("family_name_reading"), c.familyNameReading);
    visit(QStringLiteral("given_name_reading"), c.givenNameReading);
    visit(QStringLiteral("email"), c.email);
    visit(QStringLiteral("phone"), c.phone);
    visit(QStringLiteral("mobile"), c.mobile);
    visit(QStringLiteral("company_id"), c.companyId);
    visit(QStringLiteral("department"), c.department);
    visit(QStringLiteral("title"), c.title);
    visit(QStringLiteral("postal_code"), c.postalCode);
    visit(QStringLiteral("prefecture"), c.prefecture);
    visit(QStringLiteral("city"), c.city);
    visit(QStringLiteral("address_line"), c.addressLine);
    visit(QStringLiteral("country"), c.country);
    visit(QStringLiteral("source"), c.source);
    visit(QStringLiteral("owner_id"), c.ownerId);
    visit(QStringLiteral("loyalty_rank"), c.loyaltyRank);
    visit(QStringLiteral("notes"), c.notes);
}
} // namespace

QString Contact::displayName() const
{
    return Model::displayName(familyName, givenName);
}

QString Contact::readingDisplay() const
{
    return Model::displayName(familyNameReading, givenNameReading);
}

FieldValues Contact::toValues() const
{
    FieldValues values;
    Contact copy = *this;
    visitTextFields(copy, [&values](const QString &name, QString &value) {
        if (!value.isEmpty())
            values.insert(name, value);
    });
    if (birthday.isValid())
        values.insert(QStringLiteral("birthday"), Storage::toStoredDate(birthday));
    values.insert(QStringLiteral("marketing_opt_in"), marketingOptIn);
    values.insert(QStringLiteral("loyalty_points"), QVariant::fromValue(loyaltyPoints));
    return values;
}

Contact Contact::fromRecord(const Record &record)
{
    Contact c;
    c.id = record.id;
    visitTextFields(c, [&record](const QString &name, QString &value) {
        value = record.value(name).toString();
    });
    c.birthday = QDate::fromString(record.value(QStringLiteral("birthday")).toString(), Qt::ISODate);
    c.marketingOptIn = record.value(QStringLiteral("marketing_opt_in")).toLongLong() != 0;
    c.loyaltyPoints = record.value(QStringLiteral("loyalty_points")).toLongLong();
    c.createdAt = record.createdAt;
    c.updatedAt = record.updatedAt;
    c.deletedAt = record.deletedAt;
    return c;
}

} // namespace Kizuna::Model
