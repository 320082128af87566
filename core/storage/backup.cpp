// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backup.h"

#include "core/storage/database.h"
#include "core/storage/storagetr.h"

#include <QFile>

#include <sqlite3.h>

namespace Kizuna::Storage {

namespace {

constexpr int PagesPerStep = 1024;

// Copies `from` into `to` page by page. Both connections stay usable afterwards.
Status copyDatabase(sqlite3 *to, sqlite3 *from, const QString &what, const BackupProgress &progress)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return Error::storage(Tr::tr("%1: cannot start the copy: %2")
                                  .arg(what, QString::fromUtf8(sqlite3_errmsg(to))));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, PagesPerStep);
        if (progress && !progress(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup),
                                  sqlite3_backup_pagecount(backup))) {
            sqlite3_backup_finish(backup);
            return Error::cancelled(Tr::tr("%1: cancelled").arg(what));
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error::storage(Tr::tr("%1: copy failed: %2")
                                  .arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

} // namespace

Status backupTo(Database &source, const QString &targetPath, const BackupProgress &progress)
{
    const QString partial = targetPath + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        auto target = Database::open(partial, Database::Mode::ReadWrite);
        if (!target.ok())
            return target.error();
        // The partial file is thrown away on any failure, so it needs no journal: the pages go
        // straight into it instead of through a WAL as large as the database (half the writes
        // when a migration backs up a multi-gigabyte file).
        Status copied = (*target)->exec(QStringLiteral("PRAGMA journal_mode = OFF"));
        if (copied.ok())
            copied = copyDatabase((*target)->handle(), source.handle(), targetPath, progress);
        // A backup is one self-contained file: the copied pages carry the source's WAL flag, so
        // switch the copy back to a rollback journal (no -wal or -shm beside it when opened).
        if (copied.ok())
            copied = (*target)->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        if (!copied.ok()) {
            target->reset();
            QFile::remove(partial);
            QFile::remove(partial + QStringLiteral("-wal"));
            QFile::remove(partial + QStringLiteral("-shm"));
            return copied;
        }
    }
    if (QFile::exists(targetPath) && !QFile::remove(targetPath)) {
        QFile::remove(partial);
        return Error::storage(Tr::tr("%1: cannot replace the existing file").arg(targetPath));
    }
    if (!QFile::rename(partial, targetPath)) {
        QFile::remove(partial);
        return Error::storage(Tr::tr("%1: cannot write the backup file").arg(targetPath));
    }
    return {};
}

Status restoreFrom(Database &target, const QString &sourcePath, const BackupProgress &progress)
{
    auto source = Database::open(sourcePath, Database::Mode::ReadOnly);
    if (!source.ok())
        return source.error();
    return copyDatabase(target.handle(), (*source)->handle(), target.path(), progress);
}

} // namespace Kizuna::Storage
