// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QDate>
#include <QString>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Analytics {

// What lead scoring looks at for one contact, as of a day.
struct LeadFeatures
{
    QString contactId;
    QString source;             // source channel key, "" when unknown
    QString lifecycleStage;
    int activities90 = 0;       // activities in the 90 days up to the as-of day
    int daysSinceActivity = -1; // −1: no activity ever
    int emailsOpened = 0;       // campaign messages opened (or clicked)
    int emailsClicked = 0;
    bool hasCompany = false;
    bool marketingOptIn = false;
};

Result<LeadFeatures> leadFeatures(Storage::Database &db, const QString &contactId, QDate asOf);

} // namespace Kizuna::Analytics
