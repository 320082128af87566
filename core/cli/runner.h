// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/commandcontext.h"
#include "core/cli/commandregistry.h"

#include <QStringList>

namespace Kizuna::Cli {

// kizuna-cli without main(): finds the command named by the arguments, parses its options,
// runs it and returns the exit code. Handles --version and help. Knows the built-in commands;
// more can be added to registry() before run().
class Runner final
{
public:
    explicit Runner(Streams streams);

    CommandRegistry &registry() { return m_registry; }
    // The arguments without the program name.
    int run(const QStringList &arguments);

private:
    int runHelp(const QStringList &topic);
    int usageError(const QString &message, const QString &helpTopic = {});
    void printOut(const QString &text);

    Streams m_streams;
    CommandRegistry m_registry;
};

} // namespace Kizuna::Cli
