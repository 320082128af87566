// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Kizuna::Sales {

// Translation context for messages of the sales layer, which has no QObjects.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Sales)
};

} // namespace Kizuna::Sales
