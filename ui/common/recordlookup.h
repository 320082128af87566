// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui::RecordLookup {

// The text columns of the first row of a one-parameter query (a name by id, an id by name) on
// a cached statement, which is reset before returning: a statement left on its row would keep
// the connection's read snapshot open, and a later write on the UI thread would then fail with
// "database is locked" as soon as a worker has written in between. Empty if there is no row.
QStringList row(Storage::Database &db, const char *sql, const QString &key);
// The first column of that row.
QString text(Storage::Database &db, const char *sql, const QString &key);
// The id of the oldest company of that name not in the Trash (empty if none).
QString companyIdByName(Storage::Database &db, const QString &name);

} // namespace Kizuna::Ui::RecordLookup
