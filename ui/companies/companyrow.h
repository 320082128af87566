// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QList>
#include <QString>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// One line of the company list.
struct CompanyRow
{
    qint64 rowid = 0; // the keyset tie-breaker (the index companies_reading ends with it)
    QString id;
    QString name;
    QString nameReading; // null when the company has no reading
    QString phone;
    QString prefecture;
    QString city;
    QString industry;
    qint64 contacts = 0;
};

// Reads the company list page by page in reading order (name_reading, name — the index
// companies_reading) with keyset pagination, companies in the Trash left out. No widgets.
class CompanyPageQuery final
{
public:
    static Result<QList<CompanyRow>> page(Storage::Database &db, const CompanyRow *after, int limit);
};

} // namespace Kizuna::Ui
