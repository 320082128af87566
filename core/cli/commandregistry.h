// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/command.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Kizuna::Cli {

// The commands kizuna-cli knows, in the order the help lists them. A command named
// "group sub" belongs to the group "group" ("contact add" → "contact").
class CommandRegistry final
{
public:
    void add(std::unique_ptr<Command> command);

    Command *find(const QString &name) const;
    QStringList names() const;
    bool isGroup(const QString &name) const;
    // The subcommand names of a group ("add", "update", …).
    QStringList subcommands(const QString &group) const;

private:
    struct Entry
    {
        QString name;
        std::unique_ptr<Command> command;
    };
    std::vector<Entry> m_entries;
};

} // namespace Kizuna::Cli
