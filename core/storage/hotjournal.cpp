// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/hotjournal.h"

#include "core/storage/storagetr.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

namespace Kizuna::Storage {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

constexpr int BusyTimeoutMs = 5000;

} // namespace

Status rollBackInterruptedWrite(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0)
        return {};
    // No SQLITE_OPEN_CREATE: this never makes a file. Whether the journal is really hot (no
    // other connection is writing, the header is complete) is SQLite's decision on first read.
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, BusyTimeoutMs);
        rc = sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    if (rc == SQLITE_OK) {
        if (!QFileInfo::exists(journal.filePath()) || QFileInfo(journal.filePath()).size() == 0)
            qCInfo(lcStorage) << "rolled back an interrupted write to" << path;
        return {};
    }
    if ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN)
        return Error::storage(Tr::tr("%1: a write to it was interrupted and must be undone from %2, "
                                     "but the file cannot be written (%3); open it once with write "
                                     "permission")
                                  .arg(path, journal.filePath(), message));
    // Anything else (not a database, locked, damaged) is for the caller's own checks to report.
    return {};
}

} // namespace Kizuna::Storage
