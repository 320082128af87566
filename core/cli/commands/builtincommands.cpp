// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commands/builtincommands.h"

#include "core/cli/commandregistry.h"

namespace Kizuna::Cli {

void registerBuiltinCommands(CommandRegistry &registry)
{
    registry.add(makeInitCommand());
    registry.add(makeDemoCommand());
    registry.add(makeCheckCommand());
    registry.add(makeStatsCommand());
    registry.add(makeBackupCommand());
    registry.add(makeRestoreCommand());
    registry.add(makeExportCommand());
    registry.add(makeImportOrdersCommand());
    registry.add(makeImportContactsCommand());
    registry.add(makeImportCompaniesCommand());
    registry.add(makeImportActivitiesCommand());
    registry.add(makeVCardImportCommand());
    registry.add(makeVCardExportCommand());
    registry.add(makeDuplicatesCommand());
    registerContactCommands(registry);
    registry.add(makeSearchCommand());
    registry.add(makeKpiCommand());
    registerSegmentCommands(registry);
    registry.add(makeRfmCommand());
    registry.add(makeClvCommand());
}

} // namespace Kizuna::Cli
