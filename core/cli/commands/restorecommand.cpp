// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli restore: replace a database's content with a backup, keeping a safety copy.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/exitcode.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/migrations/migration.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace Kizuna::Cli {

namespace {

using Kind = Storage::FileInspection::Kind;

// The backup must be a Kizuna database this program can read.
Status checkBackup(const QString &path)
{
    auto inspection = Storage::DatabaseOpener::inspect(path);
    if (!inspection.ok())
        return inspection.error();
    switch (inspection->kind) {
    case Kind::Missing:
        return Error::notFound(Tr::tr("%1: no such backup file").arg(path));
    case Kind::Empty:
    case Kind::NotSqlite:
    case Kind::ForeignSqlite:
        return Error::badInput(Tr::tr("%1: is not a Kizuna backup (not a Kizuna database)").arg(path));
    case Kind::Kizuna:
        break;
    }
    const int latest = Storage::latestSchemaVersion();
    if (inspection->schemaVersion > latest)
        return Error::badInput(Tr::tr("%1: was written by a newer version of Kizuna (schema "
                                      "version %2; this program knows up to %3)")
                                   .arg(path)
                                   .arg(inspection->schemaVersion)
                                   .arg(latest));
    return {};
}

QString safetyCopyPath(const QString &path)
{
    return path + QStringLiteral(".before-restore.bak");
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

class RestoreCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("restore"),
                Tr::tr("Replace the database's content with a backup"),
                Tr::tr("Checks that BACKUP is a Kizuna database, copies the current FILE to "
                       "FILE.before-restore.bak (replacing an older safety copy), then replaces "
                       "the content of FILE with BACKUP's. FILE is created if it is missing."),
                {Options::database(),
                 {QStringLiteral("from"), QStringLiteral("BACKUP"), Tr::tr("the backup file to restore"), true},
                 Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        const QString path = context.databasePath();
        const QString backup = context.option(QStringLiteral("from"));
        if (backup.isEmpty())
            return context.usageError(Tr::tr("--from needs a file name"));
        if (QFileInfo(backup).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
            return context.fail(Error::badInput(Tr::tr("%1: cannot restore a file onto itself").arg(path)));
        if (auto checked = checkBackup(backup); !checked.ok())
            return context.fail(checked.error());

        const bool existed = QFileInfo::exists(path);
        QString safetyCopy;
        Status restored;
        {
            auto db = context.openDatabase(DatabaseAccess::Create);
            if (!db.ok())
                return context.fail(db.error());
            if (existed) {
                safetyCopy = safetyCopyPath(path);
                if (auto saved = Storage::backupTo(**db, safetyCopy); !saved.ok())
                    return context.fail(Error{saved.error().kind,
                                              Tr::tr("%1: not restored, the safety copy failed: %2")
                                                  .arg(path, saved.error().message)});
            }
            restored = Storage::restoreFrom(**db, backup);
        }
        if (!restored.ok()) {
            if (!existed)
                removeDatabaseFiles(path); // nothing of value: it was created a moment ago
            return context.fail(restored.error());
        }
        // Opening once more upgrades a backup from an older schema and proves the result opens.
        auto reopened = context.openDatabase(DatabaseAccess::Write);
        if (!reopened.ok())
            return context.fail(reopened.error());
        printResult(context, backup, safetyCopy);
        return ExitCode::Ok;
    }

private:
    static void printResult(const CommandContext &context, const QString &backup, const QString &safetyCopy)
    {
        const QString path = context.databasePath();
        if (context.json()) {
            QJsonObject object{{QStringLiteral("path"), path}, {QStringLiteral("from"), backup}};
            object.insert(QStringLiteral("safety_copy"),
                          safetyCopy.isEmpty() ? QJsonValue() : QJsonValue(safetyCopy));
            context.printJson(object);
        } else if (safetyCopy.isEmpty()) {
            context.printLine(Tr::tr("%1: restored from %2").arg(path, backup));
        } else {
            context.printLine(Tr::tr("%1: restored from %2 (the previous content is in %3)")
                                  .arg(path, backup, safetyCopy));
        }
    }
};

} // namespace

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace Kizuna::Cli
