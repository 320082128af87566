// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Kizuna::Ui {

// Whether errors may be shown in a message box. False on the "offscreen" and "minimal"
// platforms (tests, headless runs) and when the environment variable KIZUNA_NO_GUI_ERRORS
// is set to 1: nobody could click a box there, so it would block forever.
bool guiErrorsEnabled();

// Shows an error the user must acknowledge: always written to stderr, and in a critical
// message box when guiErrorsEnabled().
void reportError(QWidget *parent, const QString &title, const QString &message);

} // namespace Kizuna::Ui
