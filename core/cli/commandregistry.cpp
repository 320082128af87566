// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commandregistry.h"

namespace Kizuna::Cli {

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    QString name = command->spec().name;
    Q_ASSERT_X(!find(name), "CommandRegistry::add", "a command name is registered twice");
    m_entries.push_back({std::move(name), std::move(command)});
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name == name)
            return entry.command.get();
    }
    return nullptr;
}

QStringList CommandRegistry::names() const
{
    QStringList result;
    for (const Entry &entry : m_entries)
        result << entry.name;
    return result;
}

bool CommandRegistry::isGroup(const QString &name) const
{
    return !subcommands(name).isEmpty();
}

QStringList CommandRegistry::subcommands(const QString &group) const
{
    QStringList result;
    const QString prefix = group + u' ';
    for (const Entry &entry : m_entries) {
        if (entry.name.startsWith(prefix))
            result << entry.name.mid(prefix.size());
    }
    return result;
}

} // namespace Kizuna::Cli
