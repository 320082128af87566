// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli init: create a new database (an existing Kizuna database is left as it is).
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/exitcode.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QJsonObject>

namespace Kizuna::Cli {

namespace {

class InitCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("init"),
                Tr::tr("Create a new Kizuna database"),
                Tr::tr("Creates FILE with the current schema. A file that already is a Kizuna "
                       "database is left as it is (an older schema is upgraded); any other "
                       "file is refused and left unchanged."),
                {Options::database(), Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        const QString path = context.databasePath();
        auto before = Storage::DatabaseOpener::inspect(path);
        if (!before.ok())
            return context.fail(before.error());
        const bool existed = before->kind == Storage::FileInspection::Kind::Kizuna;
        auto db = context.openDatabase(DatabaseAccess::Create);
        if (!db.ok())
            return context.fail(db.error());
        auto version = (*db)->queryInt(QStringLiteral("PRAGMA user_version"));
        if (!version.ok())
            return context.fail(version.error());
        if (context.json()) {
            context.printJson({{QStringLiteral("path"), path},
                               {QStringLiteral("created"), !existed},
                               {QStringLiteral("schema_version"), qint64(*version)}});
        } else if (existed) {
            context.printLine(Tr::tr("%1: already initialised (schema version %2)").arg(path).arg(*version));
        } else {
            context.printLine(Tr::tr("%1: created (schema version %2)").arg(path).arg(*version));
        }
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace Kizuna::Cli
