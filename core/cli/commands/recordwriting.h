// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/commandcontext.h"
#include "core/model/recordstore.h"
#include "core/storage/database.h"
#include "core/storage/result.h"

#include <memory>

namespace Kizuna::Cli {

// What the commands that write records (contact, segment …) share: the database opened for
// writing with a record store stamped with this installation's change context, so every change
// lands in the change log like an edit in the desktop app, and the report of a change.
struct OpenStore
{
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<Model::RecordStore> store;
};

Result<OpenStore> openStore(const CommandContext &context);

// Prints {"id": …} or the id alone.
int reportCreated(const CommandContext &context, const QString &id);
// Prints {"id": …, "<jsonKey>": true} or a sentence.
int reportDone(const CommandContext &context, const QString &id, const QString &jsonKey, const QString &sentence);

} // namespace Kizuna::Cli
