// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna — the desktop application. Parses the command line and wires the objects; the work
// is done in the ui/ libraries.
#include "translations/i18n.h"
#include "ui/common/errorreport.h"
#include "ui/common/uiresources.h"
#include "ui/mainwindow/launcher.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

namespace {

// Translation context of the command line.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Desktop)
};

struct Options {
    QCommandLineOption db { QStringLiteral("db"),
                            Tr::tr("Open the database FILE (created if it does not exist) instead "
                                   "of the one in your data folder."),
                            Tr::tr("FILE") };
    QCommandLineOption demo { QStringLiteral("demo"),
                              Tr::tr("Fill a database that has no contacts yet with realistic demo "
                                     "data (2,000 contacts with their history).") };
    QCommandLineOption lang { QStringLiteral("lang"),
                              Tr::tr(
                                  "Show the user interface in LANGUAGE (ja or en) instead of the "
                                  "system language."),
                              Tr::tr("LANGUAGE") };
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kizuna"));
    QApplication::setApplicationName(QStringLiteral("kizuna"));
    QApplication::setApplicationVersion(QStringLiteral(KIZUNA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("kizuna"));

    const QStringList arguments = QCoreApplication::arguments();
    const QLocale locale = Kizuna::I18n::uiLocale(arguments);
    if (Kizuna::I18n::languageOverridden(arguments))
        QLocale::setDefault(locale);
    Kizuna::I18n::installTranslators(app, locale);
    Kizuna::Ui::initResources();
    QApplication::setWindowIcon(Kizuna::Ui::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Kizuna — a desktop CRM for small businesses."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    parser.addOptions({ options.db, options.demo, options.lang });
    parser.process(app); // --help and --version print and exit here; bad options exit with 1

    Kizuna::Ui::LaunchOptions launch;
    launch.databasePath = parser.value(options.db);
    launch.demo = parser.isSet(options.demo);
    auto window = Kizuna::Ui::Launcher::open(launch);
    if (!window.ok()) {
        Kizuna::Ui::reportError(nullptr, Tr::tr("Kizuna"), window.error().message);
        return Kizuna::Ui::Launcher::exitCodeFor(window.error());
    }
    (*window)->show();
    return QApplication::exec();
}
