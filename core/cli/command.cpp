// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/command.h"

#include "core/cli/clitr.h"

namespace Kizuna::Cli {

const OptionSpec *CommandSpec::option(QStringView optionName) const
{
    for (const OptionSpec &spec : options) {
        if (spec.name == optionName)
            return &spec;
    }
    return nullptr;
}

namespace Options {

OptionSpec database()
{
    return {QStringLiteral("db"), QStringLiteral("FILE"), Tr::tr("the Kizuna database file"), true};
}

OptionSpec json()
{
    return {QStringLiteral("json"), {}, Tr::tr("machine-readable JSON output on stdout"), false};
}

} // namespace Options

} // namespace Kizuna::Cli
