// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/helptext.h"

#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commandregistry.h"

#include <QStringList>

#include <algorithm>

namespace Kizuna::Cli {

namespace {

constexpr qsizetype MinimumColumn = 14;

QString optionSyntax(const OptionSpec &option)
{
    const QString flag = QStringLiteral("--") + option.name;
    return option.isFlag() ? flag : flag + u' ' + option.valueName;
}

// Two columns: names padded to a common width, then the explanations.
QString twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = MinimumColumn;
    for (const auto &row : rows)
        width = std::max(width, row.first.size() + 2);
    QString text;
    for (const auto &row : rows)
        text += QStringLiteral("  ") + row.first.leftJustified(width) + row.second + u'\n';
    return text;
}

QString exitStatusText()
{
    return Tr::tr("Exit status: 0 ok, 1 usage error, 2 bad input (not a Kizuna database, unknown "
                  "table, field, value or id, missing file), 3 storage error, damaged database or "
                  "cancelled.\n");
}

} // namespace

QString usageLine(const CommandSpec &spec)
{
    QStringList parts{programName(), spec.name};
    for (const OptionSpec &option : spec.options)
        parts << (option.required ? optionSyntax(option) : QString(u'[' + optionSyntax(option) + u']'));
    if (!spec.arguments.isEmpty())
        parts << spec.arguments;
    return parts.join(u' ');
}

QString overviewHelp(const CommandRegistry &registry)
{
    QList<std::pair<QString, QString>> rows;
    for (const QString &name : registry.names())
        rows.append({name, registry.find(name)->spec().summary});
    return Tr::tr("Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]\n\n"
                  "Kizuna CRM without a window, for scripts: the same database as the desktop "
                  "app.\n\nCommands:\n")
               .arg(programName())
           + twoColumns(rows)
           + Tr::tr("\nEvery command takes --db FILE (the database) and --json (machine-readable "
                    "output on stdout).\nOther options: --help, --version.\n")
           + exitStatusText()
           + Tr::tr("Run \"%1 help COMMAND\" for the options of a command.\n").arg(programName());
}

QString groupHelp(const CommandRegistry &registry, const QString &group)
{
    QList<std::pair<QString, QString>> rows;
    for (const QString &sub : registry.subcommands(group)) {
        const CommandSpec spec = registry.find(group + u' ' + sub)->spec();
        rows.append({sub, spec.summary});
    }
    return Tr::tr("Usage: %1 %2 SUBCOMMAND [OPTIONS] [ARGUMENTS]\n\nSubcommands:\n")
               .arg(programName(), group)
           + twoColumns(rows)
           + Tr::tr("\nRun \"%1 help %2 SUBCOMMAND\" for the options of a subcommand.\n")
                 .arg(programName(), group);
}

QString commandHelp(const CommandSpec &spec)
{
    QString text = Tr::tr("Usage: %1\n\n").arg(usageLine(spec)) + spec.summary + u'\n';
    if (!spec.description.isEmpty())
        text += u'\n' + spec.description + u'\n';
    if (!spec.options.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const OptionSpec &option : spec.options)
            rows.append({optionSyntax(option),
                         option.required ? Tr::tr("%1 (required)").arg(option.help) : option.help});
        text += Tr::tr("\nOptions:\n") + twoColumns(rows);
    }
    return text + u'\n' + exitStatusText();
}

} // namespace Kizuna::Cli
