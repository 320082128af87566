// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli stats: rows per table (active and in the Trash) and the file size.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/commands/tablecounts.h"
#include "core/cli/exitcode.h"
#include "core/storage/database.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace Kizuna::Cli {

namespace {

class StatsCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("stats"),
                Tr::tr("Show the rows per table and the file size"),
                Tr::tr("Counts the rows of every table, active and in the Trash, and of the "
                       "change log. Opens the file read-only."),
                {Options::database(), Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        auto db = context.openDatabase(DatabaseAccess::Read);
        if (!db.ok())
            return context.fail(db.error());
        auto counts = countTables(**db);
        if (!counts.ok())
            return context.fail(counts.error());
        auto version = (*db)->queryInt(QStringLiteral("PRAGMA user_version"));
        if (!version.ok())
            return context.fail(version.error());
        const QString path = context.databasePath();
        const qint64 size = QFileInfo(path).size();
        if (context.json()) {
            context.printJson({{QStringLiteral("path"), path},
                               {QStringLiteral("file_size"), size},
                               {QStringLiteral("schema_version"), qint64(*version)},
                               {QStringLiteral("tables"), tableCountsJson(*counts)}});
            return ExitCode::Ok;
        }
        context.print(tableCountsText(*counts));
        context.printLine(Tr::tr("file: %1, %2 bytes, schema version %3")
                              .arg(path, QLocale::c().toString(size))
                              .arg(*version));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeStatsCommand()
{
    return std::make_unique<StatsCommand>();
}

} // namespace Kizuna::Cli
