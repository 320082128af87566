// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

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

} // namespace Kizuna::Storage
