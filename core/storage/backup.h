// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace Kizuna::Storage {

class Database;

// Progress of a page-by-page copy: pages done, pages in all. Return false to cancel.
using BackupProgress = std::function<bool(int done, int total)>;

// Copies a live database into a new file with SQLite's online backup API. The copy is written
// beside the target and renamed into place only when complete, so a failed or cancelled backup
// never leaves a half-written file under the target's name.
Status backupTo(Database &source, const QString &targetPath, const BackupProgress &progress = {});

// Replaces the content of `target` with the content of the database file `sourcePath`
// (which the caller has checked), in one step through the backup API.
Status restoreFrom(Database &target, const QString &sourcePath, const BackupProgress &progress = {});

// What a file chosen for a restore holds (see inspectBackup).
struct BackupInspection
{
    int schemaVersion = 0;
    qint64 bytes = 0;
    qint64 pages = 0;
    qint64 contacts = -1; // contacts not in the Trash; -1 if they could not be counted
};

// Checks, without writing to it, that the file at `path` can be restored: it exists, is a Kizuna
// database (not another program's SQLite file, not something else), is not from a newer version
// of Kizuna than this one, and passes SQLite's integrity check. Each refusal is one line naming
// the file and what is wrong. The integrity check reads the whole file: `keepGoing`, when
// given, is asked now and then and stops the check (Cancelled) when it returns false.
Result<BackupInspection> inspectBackup(const QString &path, const std::function<bool()> &keepGoing = {});

// Where restoreDatabase keeps the content it replaces: beside the database, stamped with the
// local time ("crm.kizuna.before-restore-20261122-173934.bak"), with "-2", "-3" … when taken.
QString safetyCopyPath(const QString &databasePath, const QDateTime &when = QDateTime::currentDateTime());

struct RestoreOutcome
{
    QString safetyCopy; // the copy of the content before the restore
    int backupSchemaVersion = 0;
};

// Replaces the content of the Kizuna database at `databasePath` with the backup at `backupPath`:
//  1. checks the backup with inspectBackup() (a refused backup leaves the database untouched);
//  2. copies the current content to safetyCopyPath() with backupTo();
//  3. copies the backup in through the online backup API, in one write transaction: a failure
//     or a cancel rolls it back and leaves the current content;
//  4. opens the result once through DatabaseOpener, which upgrades a backup from an older schema.
// Progress counts the pages of both copies; while the backup is checked it is called with
// (0, 0) now and then (return false to cancel there too). Other connections to the file may stay
// open (they see the restored content in their next transaction), but screens that hold rows read
// before the restore must be rebuilt: the desktop closes its screens and connection first and
// reopens the file afterwards.
Result<RestoreOutcome> restoreDatabase(const QString &databasePath, const QString &backupPath,
                                       const BackupProgress &progress = {});

} // namespace Kizuna::Storage
