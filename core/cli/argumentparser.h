// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/command.h"
#include "core/storage/result.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace Kizuna::Cli {

// The options and positional arguments given to one command.
struct ParsedArguments
{
    QMap<QString, QString> values; // option name → value (the last one of a repeatable option)
    QMap<QString, QStringList> repeated; // repeatable option name → all its values, in order
    QSet<QString> flags;
    QStringList positional;

    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
};

// Parses a command's arguments against its spec: "--name VALUE", "--name=VALUE", flags, and
// positional arguments ("--" ends the options). The error message (without program name and
// help hint) says what is wrong: unknown option, missing value, missing required option, too
// few or too many arguments.
Result<ParsedArguments> parseArguments(const CommandSpec &spec, const QStringList &arguments);

// True when the arguments ask for help ("--help" or "-h" before any "--").
bool asksForHelp(const QStringList &arguments);

} // namespace Kizuna::Cli
