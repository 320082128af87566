// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Kizuna::Ui {

// Registers the resources embedded in the UI libraries (icons). Call once from main().
void initResources();

// The application icon (:/icons/kizuna.svg).
QIcon applicationIcon();

} // namespace Kizuna::Ui
