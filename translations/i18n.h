// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Kizuna::I18n {

// The languages Kizuna's user interface is translated into ("en", "ja").
QStringList availableLanguages();

// The locale the user interface should use: `--lang ja|en` (or `--lang=ja`) among the
// arguments first, then the KIZUNA_LANG environment variable, then the language chosen in the
// settings (QSettings "ui/language"), then the system locale.
// An unknown language code falls back to the system locale.
QLocale uiLocale(const QStringList &arguments);

// True if the arguments or KIZUNA_LANG ask for a language explicitly.
bool languageOverridden(const QStringList &arguments);

// Installs Kizuna's translations (embedded as :/i18n/kizuna_<lang>.qm) and Qt's own
// (qtbase_<lang>.qm from the Qt installation) for the locale on the application; languages
// without a Kizuna translation get English. Returns the language code that was installed.
// Call once, before any translated text is created.
QString installTranslators(QCoreApplication &app, const QLocale &locale);

// Replaces the translators installed by installTranslators() with those of `language` ("ja",
// "en"; empty: the system language), makes its locale the default (dates, numbers) and returns
// the language code now installed. Widgets get a QEvent::LanguageChange; text built from tr()
// earlier keeps the old language until it is built again.
QString switchLanguage(QCoreApplication &app, const QString &language);

} // namespace Kizuna::I18n
