// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QString>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Model {

// Who makes a change and on which installation: stamped on every change-log row.
struct ChangeContext
{
    QString author; // user name (or id once users sign in to a server)
    QString node;   // this database file's node id, created once and kept in settings
};

// The node id of this database (created on first use) with the given author; an empty author
// becomes the operating-system user name.
Result<ChangeContext> changeContextFor(Storage::Database &db, const QString &author = {});

} // namespace Kizuna::Model
