// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Kizuna::Model {

// Translation context for messages of the model layer, which has no QObjects.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Model)
};

} // namespace Kizuna::Model
