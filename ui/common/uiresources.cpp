// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/uiresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initKizunaResources()
{
    Q_INIT_RESOURCE(kizuna);
}

namespace Kizuna::Ui {

void initResources()
{
    initKizunaResources();
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/kizuna.svg"));
}

} // namespace Kizuna::Ui
