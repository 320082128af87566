// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"
#include "core/storage/statement.h"

#include <QString>

#include <map>
#include <memory>
#include <string>

struct sqlite3;
class QThread;

namespace Kizuna::Storage {

class CachedStatement;

// One SQLite connection. A Database belongs to the thread that opened it: open one
// connection per thread (workers open their own). Configured with WAL, foreign keys on
// and a busy timeout. Opening a Kizuna file with schema checks is DatabaseOpener's job.
class Database final
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (and for ReadWrite creates) the file and applies the connection settings;
    // ":memory:" gives a private in-memory database.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements that take no parameters.
    Status exec(const QString &sql);
    // A fresh prepared statement, owned by the caller.
    Result<Statement> prepare(const QString &sql);
    // A prepared statement from the connection's cache, reset and with cleared bindings;
    // use it in hot loops. The reference stays valid as long as the Database.
    Result<Statement *> cached(const char *sql);

    // Single-value helpers for PRAGMAs and counts.
    Result<std::int64_t> queryInt(const QString &sql);
    Result<QString> queryText(const QString &sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    QString errorMessage() const;

    // Settings for bulk writes (demo data, imports): larger cache, synchronous=OFF is
    // never used; NORMAL in WAL mode is already crash-safe for the database file.
    Status setCacheSizeMiB(int mebibytes);

private:
    Database(sqlite3 *db, QString path, Mode mode);
    Status configure();

    sqlite3 *m_db = nullptr;
    QString m_path;
    Mode m_mode;
    QThread *m_thread = nullptr;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> m_cache;
};

} // namespace Kizuna::Storage
