// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli restore: replace a database's content with a backup, keeping a safety copy.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/exitcode.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace Kizuna::Cli {

namespace {

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
                Tr::tr("Checks that BACKUP is a Kizuna database from this or an older version and "
                       "passes SQLite's integrity check, copies the current FILE to "
                       "FILE.before-restore-DATE-TIME.bak, then replaces the content of FILE with "
                       "BACKUP's in one step. FILE is created if it is missing."),
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
        // The desktop and this command restore the same way (Storage::restoreDatabase); a
        // missing FILE is first created empty, and then needs no safety copy.
        const bool existed = QFileInfo::exists(path);
        if (!existed) {
            if (auto created = context.openDatabase(DatabaseAccess::Create); !created.ok())
                return context.fail(created.error());
        }
        auto restored = Storage::restoreDatabase(path, backup);
        if (!restored.ok()) {
            if (!existed)
                removeDatabaseFiles(path); // nothing of value: it was created a moment ago
            return context.fail(restored.error());
        }
        QString safetyCopy = restored->safetyCopy;
        if (!existed) {
            QFile::remove(safetyCopy);
            safetyCopy.clear();
        }
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
