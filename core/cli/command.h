// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Kizuna::Cli {

class CommandContext;

// One option of a command: "--name VALUE" (or "--name=VALUE"), or a flag when valueName is empty.
struct OptionSpec
{
    QString name;      // without the dashes: "db"
    QString valueName; // "FILE"; empty for a flag
    QString help;
    bool required = false;
    bool repeatable = false; // may be given several times; every value in ParsedArguments::repeated

    bool isFlag() const { return valueName.isEmpty(); }
};

// What a command accepts and how it explains itself in "kizuna-cli help NAME".
struct CommandSpec
{
    QString name;        // "stats", or "group sub" for a command of a group: "contact add"
    QString summary;     // one line for the command list
    QString description; // a paragraph for the command's own help (optional)
    QList<OptionSpec> options;
    QString arguments;   // usage of the positional arguments ("ID name=value…"), empty if none
    int minArguments = 0;
    int maxArguments = 0; // -1: any number

    const OptionSpec *option(QStringView optionName) const;
};

// The options every database command shares.
namespace Options {
OptionSpec database(); // --db FILE, required
OptionSpec json();     // --json
} // namespace Options

// A command of kizuna-cli. Each lives in its own file under core/cli/commands and is registered
// in builtincommands.cpp; the runner parses its options from spec() before calling run().
class Command
{
public:
    virtual ~Command() = default;
    virtual CommandSpec spec() const = 0;
    // Does the work; returns the exit code (see exitcode.h). Output and errors go through the
    // context.
    virtual int run(CommandContext &context) = 0;
};

} // namespace Kizuna::Cli
