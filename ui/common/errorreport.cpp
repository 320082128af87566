// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/errorreport.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <cstdio>

namespace Kizuna::Ui {

bool guiErrorsEnabled()
{
    if (qEnvironmentVariableIntValue("KIZUNA_NO_GUI_ERRORS") == 1)
        return false;
    const QString platform = QGuiApplication::platformName();
    return platform != u"offscreen" && platform != u"minimal";
}

void reportError(QWidget *parent, const QString &title, const QString &message)
{
    std::fprintf(stderr, "kizuna: %s\n", qUtf8Printable(message));
    std::fflush(stderr);
    if (guiErrorsEnabled())
        QMessageBox::critical(parent, title, message);
}

} // namespace Kizuna::Ui
