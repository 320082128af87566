// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/launcher.h"

#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "ui/common/errorreport.h"
#include "ui/mainwindow/demorunner.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace Kizuna::Ui {

namespace {

Result<QString> resolvePath(const QString &requested)
{
    if (!requested.isEmpty())
        return QFileInfo(requested).absoluteFilePath();
    const QString path = Launcher::defaultDatabasePath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::storage(Launcher::tr("%1: cannot create the data folder")
                                  .arg(QDir::toNativeSeparators(folder)));
    return path;
}

// Runs the demo generator when asked to and the database has no contacts; returns the
// message for the status bar.
QString fillWithDemoData(Storage::Database &db, const LaunchOptions &options)
{
    auto contacts = db.queryInt(QStringLiteral("SELECT count(*) FROM contacts"));
    if (!contacts.ok()) {
        reportError(nullptr, Launcher::tr("Kizuna"), contacts.error().message);
        return {};
    }
    if (*contacts > 0)
        return Launcher::tr("--demo: this database already has contacts, so no demo data was "
                            "added.");

    Demo::DemoOptions demo;
    demo.contacts = options.demoContacts;
    demo.seed = options.demoSeed;
    auto summary = DemoRunner::run(db.path(), demo, nullptr);
    if (summary.ok())
        return Launcher::tr("Demo data created: %1 contacts, %2 companies, %3 activities.")
            .arg(QLocale().toString(summary->contacts), QLocale().toString(summary->companies),
                 QLocale().toString(summary->activities));
    if (summary.error().kind == ErrorKind::Cancelled)
        return Launcher::tr("Demo data cancelled: the database is unchanged.");
    reportError(nullptr, Launcher::tr("Demo Data Not Created"), summary.error().message);
    return Launcher::tr("Demo data not created.");
}

} // namespace

QString Launcher::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/kizuna.sqlite");
}

Result<std::unique_ptr<MainWindow>> Launcher::open(const LaunchOptions &options)
{
    auto path = resolvePath(options.databasePath);
    if (!path.ok())
        return path.error();
    auto db = Storage::DatabaseOpener::open(*path);
    if (!db.ok())
        return db.error();

    QString message;
    if (options.demo)
        message = fillWithDemoData(**db, options);
    auto window = std::make_unique<MainWindow>(std::move(*db));
    if (!message.isEmpty())
        window->showStatusMessage(message);
    return window;
}

int Launcher::exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::BadInput:
    case ErrorKind::NotFound:
        return 2;
    case ErrorKind::Storage:
    case ErrorKind::Cancelled:
        return 3;
    }
    return 3;
}

} // namespace Kizuna::Ui
