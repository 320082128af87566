// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

namespace Kizuna::Ui {

// One line of the contact list, as read from the database (keys, not labels).
struct ContactRow {
    QString id;
    QString familyName;
    QString givenName;
    QString familyNameReading; // empty when the contact has no reading
    QString givenNameReading;
    QString companyId;
    QString companyName;
    QString email;
    QString phone; // the phone, or the mobile number when there is no phone
    QString prefecture;
    QString kind;
    QString lifecycleStage;
    QVariantList sortKey; // the values of the list order's key expressions (keyset pagination)

    QString displayName() const;
    QString readingDisplay() const;
};

} // namespace Kizuna::Ui
