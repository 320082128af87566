// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"

#include <QDate>
#include <QString>

namespace Kizuna::Model {

// A person: the typed view of a "contact" record.
struct Contact
{
    QString id;
    QString kind = QStringLiteral("lead");
    QString lifecycleStage = QStringLiteral("lead");
    QString familyName;
    QString givenName;
    QString familyNameReading;
    QString givenNameReading;
    QString email;
    QString phone;
    QString mobile;
    QString companyId;
    QString department;
    QString title;
    QString postalCode;
    QString prefecture;
    QString city;
    QString addressLine;
    QString country;
    QDate birthday;
    QString source;
    QString ownerId;
    bool marketingOptIn = false;
    qint64 loyaltyPoints = 0;
    QString loyaltyRank;
    QString notes;
    QString createdAt;
    QString updatedAt;
    QString deletedAt;

    QString displayName() const;
    QString readingDisplay() const;
    // The fields as the record store takes them (empty text → not set).
    FieldValues toValues() const;
    static Contact fromRecord(const Record &record);
};

} // namespace Kizuna::Model
