// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QList>
#include <QString>

class QJsonObject;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Cli {

struct TableCount
{
    QString table;
    qint64 active = 0;
    qint64 trash = 0;      // rows with deleted_at set
    bool hasTrash = true;  // false for change_log
};

// Rows of every catalogue table (active and in the Trash) and of change_log.
Result<QList<TableCount>> countTables(Storage::Database &db);
// A text table: table, active, in Trash.
QString tableCountsText(const QList<TableCount> &counts);
// {"contacts": {"rows": 4, "active": 3, "trash": 1}, …, "change_log": {"rows": 9}}
QJsonObject tableCountsJson(const QList<TableCount> &counts);

} // namespace Kizuna::Cli
