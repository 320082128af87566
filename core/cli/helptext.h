// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/command.h"

#include <QString>

namespace Kizuna::Cli {

class CommandRegistry;

// The texts of "kizuna-cli help", "kizuna-cli help GROUP" and "kizuna-cli help COMMAND".
QString overviewHelp(const CommandRegistry &registry);
QString groupHelp(const CommandRegistry &registry, const QString &group);
QString commandHelp(const CommandSpec &spec);
// "kizuna-cli stats --db FILE [--json]"
QString usageLine(const CommandSpec &spec);

} // namespace Kizuna::Cli
