// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/changecontext.h"

#include "core/model/ids.h"
#include "core/storage/database.h"

#include <QDir>
#include <QProcessEnvironment>

namespace Kizuna::Model {

Result<ChangeContext> changeContextFor(Storage::Database &db, const QString &author)
{
    ChangeContext context;
    context.author = author;
    if (context.author.isEmpty()) {
        const auto env = QProcessEnvironment::systemEnvironment();
        for (const auto *name : {"USER", "LOGNAME", "USERNAME"}) {
            context.author = env.value(QString::fromLatin1(name));
            if (!context.author.isEmpty())
                break;
        }
        if (context.author.isEmpty())
            context.author = QDir::home().dirName(); // a login without the variables (services, containers)
    }
    auto select = db.cached("SELECT value FROM settings WHERE key = 'node_id'");
    if (!select.ok())
        return select.error();
    auto row = (*select)->step();
    if (!row.ok())
        return row.error();
    if (*row) {
        context.node = (*select)->columnText(0);
        (*select)->reset();
        return context;
    }
    context.node = newId();
    if (db.isReadOnly())
        return context;
    auto insert = db.cached("INSERT INTO settings(key, value) VALUES ('node_id', ?1)");
    if (!insert.ok())
        return insert.error();
    (*insert)->bind(1, context.node);
    KIZUNA_TRY((*insert)->run());
    return context;
}

} // namespace Kizuna::Model
