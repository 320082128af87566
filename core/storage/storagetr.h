// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Kizuna::Storage {

// Translation context for messages of the storage layer, which has no QObjects.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Storage)
};

} // namespace Kizuna::Storage
