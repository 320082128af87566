// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Kizuna::Cli {

// Translation context for the command-line tool's messages, which come from no QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Cli)
};

} // namespace Kizuna::Cli
