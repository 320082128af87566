// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backup.h"

#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/migrations/migration.h"
#include "core/storage/storagetr.h"

#include <QFile>
#include <QFileInfo>

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
        // After the last step the copy is committed: too late to cancel.
        if (progress && !progress(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup),
                                  sqlite3_backup_pagecount(backup))
            && rc != SQLITE_DONE) {
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

namespace {

// Asked by SQLite every few thousand virtual-machine steps; non-zero interrupts the statement.
int interruptUnlessKeepGoing(void *keepGoing)
{
    return (*static_cast<const std::function<bool()> *>(keepGoing))() ? 0 : 1;
}

Status checkKind(const QString &path)
{
    using Kind = FileInspection::Kind;
    auto inspection = DatabaseOpener::inspect(path);
    if (!inspection.ok())
        return Error::badInput(inspection.error().message);
    switch (inspection->kind) {
    case Kind::Missing:
        return Error::notFound(Tr::tr("%1: no such file").arg(path));
    case Kind::Empty:
    case Kind::NotSqlite:
        return Error::badInput(Tr::tr("%1: is not a Kizuna backup (not a database file)").arg(path));
    case Kind::ForeignSqlite:
        return Error::badInput(Tr::tr("%1: is not a Kizuna backup but a database of another program (tables: %2)")
                                   .arg(path, inspection->detail));
    case Kind::Kizuna:
        break;
    }
    const int latest = latestSchemaVersion();
    if (inspection->schemaVersion > latest)
        return Error::badInput(Tr::tr("%1: was written by a newer version of Kizuna (schema version %2; this "
                                      "version knows up to %3); update Kizuna to restore it")
                                   .arg(path)
                                   .arg(inspection->schemaVersion)
                                   .arg(latest));
    return {};
}

// One line: SQLite's report starts with "*** in database main ***" and a line break.
Error damaged(const QString &path, const QString &problem)
{
    QString detail = problem;
    detail.remove(QStringLiteral("*** in database main ***"));
    return Error::badInput(Tr::tr("%1: is damaged and cannot be restored (%2)").arg(path, detail.simplified()));
}

// SQLite's integrity check over the whole file: "ok", or the first problem.
Status checkIntegrity(Database &db, const std::function<bool()> &keepGoing)
{
    std::function<bool()> ask = keepGoing;
    if (!ask)
        ask = [] { return true; };
    sqlite3_progress_handler(db.handle(), 10000, &interruptUnlessKeepGoing, &ask);
    auto check = db.prepare(QStringLiteral("PRAGMA integrity_check(1)"));
    Result<bool> row = check.ok() ? check->step() : Result<bool>(check.error());
    // SQLite's own words ("database disk image is malformed"), without the file and the SQL.
    const QString failure = row.ok() ? QString() : QString::fromUtf8(sqlite3_errmsg(db.handle()));
    const QString answer = row.ok() && *row ? check->columnText(0) : QString();
    if (check.ok())
        check->reset();
    sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
    if (!ask())
        return Error::cancelled(Tr::tr("%1: check cancelled").arg(db.path()));
    if (!row.ok())
        return damaged(db.path(), failure);
    if (answer != u"ok")
        return damaged(db.path(), answer.isEmpty() ? Tr::tr("the integrity check gave no answer") : answer);
    return {};
}

} // namespace

Result<BackupInspection> inspectBackup(const QString &path, const std::function<bool()> &keepGoing)
{
    KIZUNA_TRY(checkKind(path));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db.ok())
        return damaged(path, db.error().message);
    KIZUNA_TRY(checkIntegrity(**db, keepGoing));
    BackupInspection inspection;
    auto version = (*db)->queryInt(QStringLiteral("PRAGMA user_version"));
    auto pages = (*db)->queryInt(QStringLiteral("PRAGMA page_count"));
    if (!version.ok() || !pages.ok())
        return damaged(path, (version.ok() ? pages.error() : version.error()).message);
    inspection.schemaVersion = static_cast<int>(*version);
    inspection.pages = *pages;
    inspection.bytes = QFileInfo(path).size();
    auto contacts = (*db)->queryInt(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL"));
    inspection.contacts = contacts.ok() ? *contacts : -1;
    return inspection;
}

QString safetyCopyPath(const QString &databasePath, const QDateTime &when)
{
    const QString stem = databasePath + QStringLiteral(".before-restore-")
        + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + u'-' + QString::number(n) + QStringLiteral(".bak");
    return path;
}

Result<RestoreOutcome> restoreDatabase(const QString &databasePath, const QString &backupPath,
                                       const BackupProgress &progress)
{
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return Error::badInput(Tr::tr("%1: cannot restore a file onto itself").arg(databasePath));
    const auto ask = [&progress](qint64 done, qint64 total) {
        return !progress || progress(static_cast<int>(done), static_cast<int>(total));
    };
    auto inspection = inspectBackup(backupPath, [&ask] { return ask(0, 0); });
    if (!inspection.ok())
        return inspection.error();

    OpenOptions options;
    options.create = false;
    auto db = DatabaseOpener::open(databasePath, options);
    if (!db.ok())
        return db.error();
    auto currentPages = (*db)->queryInt(QStringLiteral("PRAGMA page_count"));
    if (!currentPages.ok())
        return currentPages.error();
    const qint64 total = *currentPages + inspection->pages;
    const Error cancelled = Error::cancelled(
        Tr::tr("%1: restore cancelled; the data was left as it was").arg(databasePath));

    RestoreOutcome outcome;
    outcome.backupSchemaVersion = inspection->schemaVersion;
    outcome.safetyCopy = safetyCopyPath(databasePath);
    const Status saved = backupTo(**db, outcome.safetyCopy, [&](int done, int) { return ask(done, total); });
    if (!saved.ok()) {
        if (saved.error().kind == ErrorKind::Cancelled)
            return cancelled;
        return Error{saved.error().kind, Tr::tr("%1: not restored, the safety copy failed: %2")
                                             .arg(databasePath, saved.error().message)};
    }
    const Status restored = restoreFrom(**db, backupPath,
                                        [&](int done, int) { return ask(*currentPages + done, total); });
    db->reset();
    if (!restored.ok()) {
        if (restored.error().kind == ErrorKind::Cancelled) {
            QFile::remove(outcome.safetyCopy); // nothing was replaced
            return cancelled;
        }
        return Error{restored.error().kind, Tr::tr("%1: not restored (%2); the data was left as it was, "
                                                   "and a copy of it is in %3")
                                                .arg(databasePath, restored.error().message, outcome.safetyCopy)};
    }
    // Upgrades a backup from an older schema, and shows the result opens.
    auto reopened = DatabaseOpener::open(databasePath, options);
    if (!reopened.ok())
        return Error{reopened.error().kind, Tr::tr("%1: restored, but it cannot be opened: %2; the previous "
                                                   "data is in %3")
                                                .arg(databasePath, reopened.error().message, outcome.safetyCopy)};
    return outcome;
}

} // namespace Kizuna::Storage
