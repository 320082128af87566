// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/argumentparser.h"

#include "core/cli/clitr.h"

namespace Kizuna::Cli {

namespace {

bool looksLikeOption(const QString &argument)
{
    return argument.size() > 1 && argument.startsWith(u'-');
}

Error usage(const QString &message)
{
    return Error::badInput(message);
}

Status checkComplete(const CommandSpec &spec, const ParsedArguments &parsed)
{
    for (const OptionSpec &option : spec.options) {
        if (option.required && !parsed.has(option.name))
            return usage(Tr::tr("\"%1\" needs --%2 %3").arg(spec.name, option.name, option.valueName));
    }
    const auto count = parsed.positional.size();
    if (count < spec.minArguments)
        return usage(Tr::tr("\"%1\" needs %2").arg(spec.name, spec.arguments));
    if (spec.maxArguments >= 0 && count > spec.maxArguments)
        return usage(Tr::tr("unexpected argument \"%1\" for \"%2\"")
                         .arg(parsed.positional.at(spec.maxArguments), spec.name));
    return {};
}

} // namespace

bool asksForHelp(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--")
            return false;
        if (argument == u"--help" || argument == u"-h")
            return true;
    }
    return false;
}

Result<ParsedArguments> parseArguments(const CommandSpec &spec, const QStringList &arguments)
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !looksLikeOption(argument)) {
            parsed.positional << argument;
            continue;
        }
        if (argument == u"--") {
            optionsEnded = true;
            continue;
        }
        const qsizetype equals = argument.indexOf(u'=');
        const QString written = equals < 0 ? argument : argument.left(equals);
        const QString name = written.startsWith(u"--") ? written.mid(2) : QString();
        const OptionSpec *option = name.isEmpty() ? nullptr : spec.option(name);
        if (!option)
            return usage(Tr::tr("unknown option %1 for \"%2\"").arg(written, spec.name));
        if (parsed.has(name) && !option->repeatable)
            return usage(Tr::tr("option --%1 given twice for \"%2\"").arg(name, spec.name));
        if (option->isFlag()) {
            if (equals >= 0)
                return usage(Tr::tr("option --%1 of \"%2\" takes no value").arg(name, spec.name));
            parsed.flags.insert(name);
            continue;
        }
        if (equals >= 0) {
            parsed.values.insert(name, argument.mid(equals + 1));
            if (option->repeatable)
                parsed.repeated[name] << argument.mid(equals + 1);
            continue;
        }
        if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(u"--"))
            return usage(Tr::tr("option --%1 of \"%2\" needs a value (%3)")
                             .arg(name, spec.name, option->valueName));
        parsed.values.insert(name, arguments.at(++i));
        if (option->repeatable)
            parsed.repeated[name] << arguments.at(i);
    }
    KIZUNA_TRY(checkComplete(spec, parsed));
    return parsed;
}

} // namespace Kizuna::Cli
