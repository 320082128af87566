// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Kizuna::Dedupe {

// Translation context for the duplicate detection and merge messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Dedupe)
};

} // namespace Kizuna::Dedupe
