// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"
#include "core/storage/migrations/migration.h"
#include "core/storage/result.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace Kizuna::Storage {

// What a file on disk is, found without writing a byte to it.
struct FileInspection
{
    enum class Kind {
        Missing,     // no file: a new database will be created
        Empty,       // a zero-length file or an empty SQLite database: will be initialised
        Kizuna,      // a Kizuna database (application_id matches)
        ForeignSqlite,
        NotSqlite
    };
    Kind kind = Kind::Missing;
    int schemaVersion = 0;
    QString detail; // what was found, for messages (tables of a foreign file, …)
};

struct OpenOptions
{
    bool create = true;       // create a missing file
    bool readOnly = false;    // open without migrating or writing
    bool backupBeforeMigration = true;
};

// Opens a Kizuna database file: refuses files that are not SQLite, SQLite files of other
// programs and files from a newer Kizuna — each with a message naming the file — and leaves
// them byte-for-byte untouched; initialises new files; upgrades older schemas step by step
// after taking a backup copy ("FILE.schema-vN.bak").
class DatabaseOpener final
{
public:
    static constexpr std::int32_t ApplicationId = 0x4B5A4E41; // "KZNA"

    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options = {});
    // The same with another list of steps (tests use it to exercise upgrades).
    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options,
                                                  std::span<const Migration> steps);
    // What the file holds. A write left unfinished by a killed process (a hot rollback journal)
    // is rolled back first, as any SQLite reader would, so the answer is about the intact file.
    static Result<FileInspection> inspect(const QString &path);
    static QString backupPathFor(const QString &path, int fromVersion);

private:
    static Status migrate(Database &db, int fromVersion, std::span<const Migration> steps);
};

} // namespace Kizuna::Storage
