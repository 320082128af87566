// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/command.h"

#include <memory>

namespace Kizuna::Cli {

class CommandRegistry;

// Adds every built-in command, in the order "kizuna-cli help" lists them.
void registerBuiltinCommands(CommandRegistry &registry);

// One factory per command file.
std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeStatsCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeRestoreCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeImportOrdersCommand();
std::unique_ptr<Command> makeImportContactsCommand();
// importrecordscommand.cpp: import companies, import activities.
std::unique_ptr<Command> makeImportCompaniesCommand();
std::unique_ptr<Command> makeImportActivitiesCommand();
std::unique_ptr<Command> makeVCardImportCommand();
std::unique_ptr<Command> makeVCardExportCommand();
std::unique_ptr<Command> makeDuplicatesCommand();
std::unique_ptr<Command> makeKpiCommand();
std::unique_ptr<Command> makeRfmCommand();
std::unique_ptr<Command> makeClvCommand();
std::unique_ptr<Command> makeSearchCommand();
// The "contact" group: add, update, delete, restore, show.
void registerContactCommands(CommandRegistry &registry);
// The "segment" group: list, create, show, members, delete.
void registerSegmentCommands(CommandRegistry &registry);

} // namespace Kizuna::Cli
