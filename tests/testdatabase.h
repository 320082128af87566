// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers: a new Kizuna file per test function, and the indexes of its schema to compare
// before and after a bulk write.
#pragma once

#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Kizuna::Testing {

// A new, migrated Kizuna file in `dir` named after the running test function (null on failure).
inline std::unique_ptr<Storage::Database> freshDatabase(const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("%1.kizuna").arg(QTest::currentTestFunction()));
    QFile::remove(file);
    auto db = Storage::DatabaseOpener::open(file);
    return db.ok() ? std::move(*db) : nullptr;
}

// Every index as "table|name|sql" (sql "-" for a constraint's index), one a line, by name.
inline QString schemaIndexes(Storage::Database &db)
{
    return db.queryText(QStringLiteral("SELECT group_concat(tbl_name || '|' || name || '|' || ifnull(sql, '-'), "
                                       "char(10)) FROM (SELECT * FROM sqlite_schema WHERE type = 'index' ORDER BY name)"))
        .value();
}

} // namespace Kizuna::Testing
