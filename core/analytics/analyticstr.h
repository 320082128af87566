// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Kizuna::Analytics {

// Translation context for messages of the analytics layer, which has no QObjects.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Analytics)
};

} // namespace Kizuna::Analytics
