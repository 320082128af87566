// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/databaseopener.h"

#include "core/storage/backup.h"
#include "core/storage/hotjournal.h"
#include "core/storage/migrations/migration.h"
#include "core/storage/storagetr.h"
#include "core/storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringList>

namespace Kizuna::Storage {

Q_LOGGING_CATEGORY(lcStorage, "kizuna.storage", QtWarningMsg)

namespace {

constexpr char SqliteMagic[] = "SQLite format 3";

} // namespace

Result<FileInspection> DatabaseOpener::inspect(const QString &path)
{
    FileInspection result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.kind = FileInspection::Kind::Missing;
        return result;
    }
    if (!info.isFile())
        return Error::badInput(Tr::tr("%1: is not a file").arg(path));
    if (info.size() == 0) {
        result.kind = FileInspection::Kind::Empty;
        return result;
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::storage(Tr::tr("%1: cannot read: %2").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (header.size() < 16 || !header.startsWith(QByteArray(SqliteMagic))
            || header.at(15) != '\0') {
            result.kind = FileInspection::Kind::NotSqlite;
            return result;
        }
    }
    KIZUNA_TRY(rollBackInterruptedWrite(path));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db.ok())
        return Error::badInput(Tr::tr("%1: is not a readable SQLite database (%2)")
                                   .arg(path, db.error().message));
    auto appId = (*db)->queryInt(QStringLiteral("PRAGMA application_id"));
    auto version = (*db)->queryInt(QStringLiteral("PRAGMA user_version"));
    if (!appId.ok() || !version.ok())
        return Error::badInput(Tr::tr("%1: is damaged or not a SQLite database (%2)")
                                   .arg(path, (appId.ok() ? version.error() : appId.error()).message));
    result.schemaVersion = static_cast<int>(*version);
    if (*appId == ApplicationId) {
        result.kind = FileInspection::Kind::Kizuna;
        return result;
    }
    auto tables = (*db)->prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type IN ('table','view') ORDER BY name LIMIT 6"));
    if (!tables.ok())
        return tables.error();
    QStringList names;
    for (;;) {
        auto row = tables->step();
        if (!row.ok())
            return Error::badInput(Tr::tr("%1: is damaged (%2)").arg(path, row.error().message));
        if (!*row)
            break;
        names << tables->columnText(0);
    }
    if (names.isEmpty() && *appId == 0 && *version == 0) {
        result.kind = FileInspection::Kind::Empty;
        return result;
    }
    result.kind = FileInspection::Kind::ForeignSqlite;
    result.detail = names.size() > 5 ? names.mid(0, 5).join(u", ") + QStringLiteral(", …")
                                     : names.join(u", ");
    return result;
}

QString DatabaseOpener::backupPathFor(const QString &path, int fromVersion)
{
    return path + QStringLiteral(".schema-v%1.bak").arg(fromVersion);
}

Result<std::unique_ptr<Database>> DatabaseOpener::open(const QString &path, const OpenOptions &options)
{
    return open(path, options, migrations());
}

Result<std::unique_ptr<Database>> DatabaseOpener::open(const QString &path, const OpenOptions &options,
                                                       std::span<const Migration> steps)
{
    auto inspection = inspect(path);
    if (!inspection.ok())
        return inspection.error();
    const int latest = steps.empty() ? 0 : steps.back().version;
    switch (inspection->kind) {
    case FileInspection::Kind::NotSqlite:
        return Error::badInput(Tr::tr("%1: is not a Kizuna database (not a SQLite file); "
                                      "it was left unchanged").arg(path));
    case FileInspection::Kind::ForeignSqlite:
        return Error::badInput(Tr::tr("%1: is a SQLite database of another program "
                                      "(tables: %2), not a Kizuna database; it was left unchanged")
                                   .arg(path, inspection->detail.isEmpty() ? Tr::tr("none")
                                                                           : inspection->detail));
    case FileInspection::Kind::Kizuna:
        if (inspection->schemaVersion > latest)
            return Error::badInput(Tr::tr("%1: was written by a newer version of Kizuna (schema "
                                          "version %2; this program knows up to %3); update Kizuna "
                                          "to open it. The file was left unchanged")
                                       .arg(path)
                                       .arg(inspection->schemaVersion)
                                       .arg(latest));
        break;
    case FileInspection::Kind::Missing:
        if (!options.create || options.readOnly)
            return Error::notFound(Tr::tr("%1: no such database file").arg(path));
        break;
    case FileInspection::Kind::Empty:
        if (options.readOnly)
            return Error::badInput(Tr::tr("%1: is an empty file, not a Kizuna database").arg(path));
        break;
    }

    if (options.readOnly) {
        if (inspection->schemaVersion < latest)
            return Error::badInput(Tr::tr("%1: uses an older schema (version %2) that must be "
                                          "upgraded; open it once for writing")
                                       .arg(path)
                                       .arg(inspection->schemaVersion));
        return Database::open(path, Database::Mode::ReadOnly);
    }

    auto db = Database::open(path, Database::Mode::ReadWrite);
    if (!db.ok())
        return db.error();
    const int current = inspection->kind == FileInspection::Kind::Kizuna ? inspection->schemaVersion : 0;
    if (current < latest) {
        if (current > 0 && options.backupBeforeMigration) {
            const QString backupPath = backupPathFor(path, current);
            qCInfo(lcStorage) << "backing up" << path << "to" << backupPath << "before migrating";
            const Status backedUp = backupTo(**db, backupPath);
            if (!backedUp.ok())
                return Error::storage(Tr::tr("%1: not upgraded, the backup before the upgrade "
                                             "failed: %2").arg(path, backedUp.error().message));
        }
        KIZUNA_TRY(migrate(**db, current, steps));
    }
    return db;
}

Status DatabaseOpener::migrate(Database &db, int fromVersion, std::span<const Migration> steps)
{
    for (const Migration &step : steps) {
        if (step.version <= fromVersion)
            continue;
        qCInfo(lcStorage) << "migrating" << db.path() << "to schema" << step.version << "-"
                          << step.description;
        Transaction transaction(db);
        if (!transaction.begun())
            return transaction.beginError();
        const Status applied = step.apply(db);
        if (!applied.ok())
            return Error::storage(Tr::tr("%1: upgrade to schema version %2 failed: %3")
                                      .arg(db.path())
                                      .arg(step.version)
                                      .arg(applied.error().message));
        KIZUNA_TRY(db.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)));
        KIZUNA_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)));
        KIZUNA_TRY(transaction.commit());
    }
    return {};
}

} // namespace Kizuna::Storage
