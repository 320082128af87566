// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/fts5bulkwrite.h"
#include "core/storage/indexrebuild.h"
#include "core/storage/result.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Demo {

// Connection settings for a bulk load into a (nearly) empty file, restored on destruction:
// a large page cache; foreign-key and CHECK enforcement off (the generator only writes keys it
// made and values the schema allows — tests run PRAGMA foreign_key_check and integrity_check,
// which verifies CHECK constraints; an `x IN (…)` CHECK otherwise builds a temporary b-tree for
// every row); and, when no other connection has the file open, the rollback journal instead of
// WAL, so the load is written once rather than to the WAL and again by the checkpoint.
// Set up before the transaction begins; destroy after it ended.
//
// Inside the transaction, prepareTables() drops the secondary indexes and the triggers of every
// table that has an `AFTER UPDATE OF col…` trigger (the search index triggers), remembering
// their SQL; finishTables() recreates the triggers, touches each such table once with
// `UPDATE t SET col = col` so the triggers see every row in ONE statement (FTS5 flushes its
// pending data at every statement, so a trigger per inserted row is many times slower — this is
// what schema step 2 does for existing data too) with a larger FTS5 term buffer
// (Storage::Fts5BulkWrite), then recreates the indexes (Storage::IndexRebuild).
class BulkLoadSession final
{
public:
    BulkLoadSession(Storage::Database &db, int cacheMiB);
    ~BulkLoadSession();
    BulkLoadSession(const BulkLoadSession &) = delete;
    BulkLoadSession &operator=(const BulkLoadSession &) = delete;

    Status prepareTables();
    // Units of work of finishTables(): one per touched table and one per index.
    int finishSteps() const { return static_cast<int>(m_touches.size() + m_indexes.pending().size()); }
    // step(i) is called after each unit (an error it returns, e.g. Cancelled, stops).
    template<typename Step>
    Status finishTables(Step step);

private:
    Status dropTriggers();
    Status recreateTriggers();
    Status runSql(const QString &sql);

    Storage::Database &m_db;
    std::int64_t m_oldCacheSize = 0;
    bool m_foreignKeys = true;
    QString m_journalMode;
    bool m_checks = true;
    Storage::IndexRebuild m_indexes;
    QList<QString> m_triggerSql;
    QList<QString> m_touches; // UPDATE statements that make the triggers index the new rows
};

template<typename Step>
Status BulkLoadSession::finishTables(Step step)
{
    KIZUNA_TRY(recreateTriggers());
    int done = 0;
    Storage::Fts5BulkWrite search(m_db);
    KIZUNA_TRY(search.apply());
    for (const QString &sql : std::as_const(m_touches)) {
        KIZUNA_TRY(runSql(sql));
        KIZUNA_TRY(step(done++));
    }
    KIZUNA_TRY(search.restore());
    m_touches.clear();
    const int touched = done;
    return m_indexes.recreate([&](int index) { return step(touched + index); });
}

} // namespace Kizuna::Demo
