// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/storage/sqlfunctions.h"
#include "core/storage/storagetr.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

namespace Kizuna::Storage {

namespace {
constexpr int BusyTimeoutMs = 5000;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    const bool memory = path == u":memory:";
    if (!memory && mode == Mode::ReadWrite) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(Tr::tr("%1: cannot create the folder %2")
                                      .arg(path, info.absolutePath()));
    }
    sqlite3 *db = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const QByteArray nativePath = memory ? path.toUtf8() : QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db))
                                   : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error::storage(Tr::tr("%1: cannot open: %2").arg(path, message));
    }
    std::unique_ptr<Database> database(new Database(db, path, mode));
    KIZUNA_TRY(database->configure());
    return database;
}

Database::Database(sqlite3 *db, QString path, Mode mode)
    : m_db(db), m_path(std::move(path)), m_mode(mode), m_thread(QThread::currentThread())
{}

Database::~Database()
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database",
               "a connection must be closed by the thread that opened it");
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

Status Database::configure()
{
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    if (registerSqlFunctions(m_db) != SQLITE_OK)
        return Error::storage(Tr::tr("%1: cannot register SQL functions: %2").arg(m_path, errorMessage()));
    KIZUNA_TRY(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    if (m_mode == Mode::ReadWrite && m_path != u":memory:") {
        // Only switch modes when needed: changing the journal mode writes to the file.
        auto journal = queryText(QStringLiteral("PRAGMA journal_mode"));
        if (!journal.ok())
            return journal.error();
        if (journal->compare(u"wal", Qt::CaseInsensitive) != 0)
            KIZUNA_TRY(exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        KIZUNA_TRY(exec(QStringLiteral("PRAGMA synchronous = NORMAL")));
    }
    return {};
}

Status Database::exec(const QString &sql)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        if ((rc & 0xff) == SQLITE_CONSTRAINT)
            return Error::badInput(Tr::tr("constraint failed: %1").arg(text));
        return Error::storage(Tr::tr("%1: database error: %2").arg(m_path, text));
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return Error::storage(Tr::tr("%1: cannot prepare \"%2\": %3")
                                  .arg(m_path, sql, errorMessage()));
    return Statement(m_db, stmt);
}

Result<Statement *> Database::cached(const char *sql)
{
    auto it = m_cache.find(std::string_view(sql));
    if (it == m_cache.end()) {
        auto statement = prepare(QString::fromUtf8(sql));
        if (!statement.ok())
            return statement.error();
        it = m_cache.emplace(std::string(sql), std::make_unique<Statement>(std::move(*statement)))
                 .first;
    } else {
        it->second->reset();
        it->second->clearBindings();
    }
    return it->second.get();
}

Result<std::int64_t> Database::queryInt(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement.ok())
        return statement.error();
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    return *row ? statement->columnInt64(0) : std::int64_t{0};
}

Result<QString> Database::queryText(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement.ok())
        return statement.error();
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    return *row ? statement->columnText(0) : QString();
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

QString Database::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Status Database::setCacheSizeMiB(int mebibytes)
{
    return exec(QStringLiteral("PRAGMA cache_size = -%1").arg(mebibytes * 1024));
}

} // namespace Kizuna::Storage
