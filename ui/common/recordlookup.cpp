// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/recordlookup.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Kizuna::Ui::RecordLookup {

QStringList row(Storage::Database &db, const char *sql, const QString &key)
{
    auto statement = db.cached(sql);
    if (!statement.ok())
        return {};
    Storage::Statement &s = **statement;
    s.bind(1, key);
    QStringList columns;
    if (auto found = s.step(); found.ok() && *found) {
        for (int column = 0; column < s.columnCount(); ++column)
            columns << s.columnText(column);
    }
    s.reset();
    return columns;
}

QString text(Storage::Database &db, const char *sql, const QString &key)
{
    return row(db, sql, key).value(0);
}

QString companyIdByName(Storage::Database &db, const QString &name)
{
    return text(db, "SELECT id FROM companies WHERE name = ?1 AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
                name);
}

} // namespace Kizuna::Ui::RecordLookup
