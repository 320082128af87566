// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

#include <QSettings>

namespace Kizuna::I18n {

namespace {

QString resourceFolder()
{
    return QStringLiteral(":/i18n");
}

// The value of `--lang X` or `--lang=X`, empty if absent.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(u"--lang="))
            return argument.mid(7);
    }
    return {};
}

QString requestedLanguage(const QStringList &arguments)
{
    QString language = languageArgument(arguments);
    if (language.isEmpty())
        language = qEnvironmentVariable("KIZUNA_LANG");
    if (language.isEmpty()) // chosen in the settings dialog
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    return language.trimmed().toLower();
}

QLocale localeFor(const QString &language)
{
    if (language.startsWith(u"ja"))
        return QLocale(QLocale::Japanese, QLocale::Japan);
    if (language.startsWith(u"en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

const auto TranslatorName = QStringLiteral("kizuna-i18n");

bool loadInto(QCoreApplication &app, const QLocale &locale, const QString &name,
              const QString &folder)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(TranslatorName);
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("ja") };
}

QLocale uiLocale(const QStringList &arguments)
{
    return localeFor(requestedLanguage(arguments));
}

bool languageOverridden(const QStringList &arguments)
{
    const QString language = requestedLanguage(arguments);
    return language.startsWith(u"ja") || language.startsWith(u"en");
}

QString installTranslators(QCoreApplication &app, const QLocale &locale)
{
    QLocale effective = locale;
    const QString language = QLocale::languageToCode(locale.language());
    if (!QFile::exists(resourceFolder() + u"/kizuna_" + language + u".qm"))
        effective = QLocale(QLocale::English, QLocale::UnitedStates);
    loadInto(app, effective, QStringLiteral("kizuna"), resourceFolder());
    if (effective.language() != QLocale::English)
        loadInto(app, effective, QStringLiteral("qtbase"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return QLocale::languageToCode(effective.language());
}

QString switchLanguage(QCoreApplication &app, const QString &language)
{
    const QLocale locale = localeFor(language.trimmed().toLower());
    for (QTranslator *old : app.findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QLocale::setDefault(locale);
    return installTranslators(app, locale);
}

} // namespace Kizuna::I18n
