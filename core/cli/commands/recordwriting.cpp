// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commands/recordwriting.h"

#include "core/cli/exitcode.h"
#include "core/model/changecontext.h"

#include <QJsonObject>

namespace Kizuna::Cli {

Result<OpenStore> openStore(const CommandContext &context)
{
    auto db = context.openDatabase(DatabaseAccess::Write);
    if (!db.ok())
        return db.error();
    auto changeContext = Model::changeContextFor(**db);
    if (!changeContext.ok())
        return changeContext.error();
    OpenStore open;
    open.db = std::move(*db);
    open.store = std::make_unique<Model::RecordStore>(*open.db, *changeContext);
    return open;
}

int reportCreated(const CommandContext &context, const QString &id)
{
    if (context.json())
        context.printJson({{QStringLiteral("id"), id}});
    else
        context.printLine(id);
    return ExitCode::Ok;
}

int reportDone(const CommandContext &context, const QString &id, const QString &jsonKey, const QString &sentence)
{
    if (context.json())
        context.printJson({{QStringLiteral("id"), id}, {jsonKey, true}});
    else
        context.printLine(sentence);
    return ExitCode::Ok;
}

} // namespace Kizuna::Cli
