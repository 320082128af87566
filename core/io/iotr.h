// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Kizuna::Io {

// Translation context for messages of the import/export layer, which has no QObjects.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Io)
};

} // namespace Kizuna::Io
