// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli backup: a consistent copy of a live database in one file.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/exitcode.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"

#include <QFileInfo>
#include <QJsonObject>

namespace Kizuna::Cli {

namespace {

class BackupCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("backup"),
                Tr::tr("Copy the database into a backup file"),
                Tr::tr("Writes a consistent copy of FILE (also while the desktop app has it open) "
                       "to BACKUP, which is created only when the copy is complete."),
                {Options::database(),
                 {QStringLiteral("out"), QStringLiteral("BACKUP"), Tr::tr("the backup file to write"), true},
                 {QStringLiteral("force"), {}, Tr::tr("replace BACKUP if it exists")},
                 Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        const QString target = context.option(QStringLiteral("out"));
        if (target.isEmpty())
            return context.usageError(Tr::tr("--out needs a file name"));
        const QFileInfo targetInfo(target);
        if (targetInfo.exists() && !context.has(QStringLiteral("force")))
            return context.fail(Error::badInput(
                Tr::tr("%1: already exists; use --force to replace it").arg(target)));
        if (targetInfo.exists() && !targetInfo.isFile())
            return context.fail(Error::badInput(Tr::tr("%1: is not a file").arg(target)));
        if (targetInfo.absoluteFilePath() == QFileInfo(context.databasePath()).absoluteFilePath())
            return context.fail(Error::badInput(
                Tr::tr("%1: the backup cannot replace the database itself").arg(target)));

        auto db = context.openDatabase(DatabaseAccess::Read);
        if (!db.ok())
            return context.fail(db.error());
        if (auto copied = Storage::backupTo(**db, target); !copied.ok())
            return context.fail(copied.error());
        const qint64 size = QFileInfo(target).size();
        if (context.json())
            context.printJson({{QStringLiteral("path"), context.databasePath()},
                               {QStringLiteral("backup"), target},
                               {QStringLiteral("bytes"), size}});
        else
            context.printLine(Tr::tr("%1: backed up to %2 (%3 bytes)")
                                  .arg(context.databasePath(), target)
                                  .arg(size));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace Kizuna::Cli
