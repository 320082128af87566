// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/runner.h"

#include "core/cli/argumentparser.h"
#include "core/cli/clitr.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/exitcode.h"
#include "core/cli/helptext.h"

#include <QIODevice>

namespace Kizuna::Cli {

Runner::Runner(Streams streams) : m_streams(streams)
{
    registerBuiltinCommands(m_registry);
}

void Runner::printOut(const QString &text)
{
    m_streams.out->write(text.toUtf8());
}

int Runner::usageError(const QString &message, const QString &helpTopic)
{
    QString hint = programName() + QStringLiteral(" help");
    if (!helpTopic.isEmpty())
        hint += u' ' + helpTopic;
    writeErrorLine(*m_streams.err, Tr::tr("%1 (see %2)").arg(message, hint));
    return ExitCode::Usage;
}

int Runner::runHelp(const QStringList &topic)
{
    if (topic.isEmpty()) {
        printOut(overviewHelp(m_registry));
        return ExitCode::Ok;
    }
    const QString name = topic.join(u' ');
    if (Command *command = m_registry.find(name)) {
        printOut(commandHelp(command->spec()));
        return ExitCode::Ok;
    }
    if (topic.size() == 1 && m_registry.isGroup(name)) {
        printOut(groupHelp(m_registry, name));
        return ExitCode::Ok;
    }
    return usageError(Tr::tr("no help for unknown command \"%1\"").arg(name));
}

int Runner::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(Tr::tr("no command given"));
    const QString &first = arguments.first();
    if (first == u"--version" || first == u"-V") {
        printOut(programName() + u' ' + QStringLiteral(KIZUNA_VERSION) + u'\n');
        return ExitCode::Ok;
    }
    if (first == u"--help" || first == u"-h")
        return runHelp({});
    if (first == u"help")
        return runHelp(arguments.mid(1));

    QString name = first;
    QStringList rest = arguments.mid(1);
    if (!m_registry.find(name)) {
        if (!m_registry.isGroup(name)) {
            if (first.startsWith(u'-'))
                return usageError(Tr::tr("unknown option %1; a command comes first").arg(first));
            return usageError(Tr::tr("unknown command \"%1\"").arg(first));
        }
        if (asksForHelp(rest) && (rest.isEmpty() || rest.first().startsWith(u'-')))
            return runHelp({name});
        const QString subcommands = m_registry.subcommands(name).join(QStringLiteral(", "));
        if (rest.isEmpty() || rest.first().startsWith(u'-'))
            return usageError(Tr::tr("\"%1\" needs a subcommand: %2").arg(name, subcommands), name);
        const QString full = name + u' ' + rest.first();
        if (!m_registry.find(full))
            return usageError(Tr::tr("unknown subcommand \"%1\" for \"%2\" (subcommands: %3)")
                                  .arg(rest.first(), name, subcommands),
                              name);
        name = full;
        rest.removeFirst();
    } else if (!rest.isEmpty() && !rest.first().startsWith(u'-') && m_registry.find(name + u' ' + rest.first())) {
        name += u' ' + rest.first(); // a command that is also a group: "export" and "export vcard"
        rest.removeFirst();
    }

    Command *command = m_registry.find(name);
    CommandSpec spec = command->spec();
    if (asksForHelp(rest)) {
        printOut(commandHelp(spec));
        return ExitCode::Ok;
    }
    auto parsed = parseArguments(spec, rest);
    if (!parsed.ok())
        return usageError(parsed.error().message, name);
    CommandContext context(std::move(spec), std::move(*parsed), m_streams);
    return command->run(context);
}

} // namespace Kizuna::Cli
