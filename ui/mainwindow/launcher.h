// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace Kizuna::Ui {

class MainWindow;

struct LaunchOptions {
    QString databasePath; // empty: the default database in the user's data folder
    bool demo = false; // fill a database without contacts with demo data
    qint64 demoContacts = 2000;
    quint64 demoSeed = 1;
};

// The start of the desktop application: opens (creating on first start) the database,
// fills it with demo data on request, and builds the main window.
class Launcher final {
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::Launcher)

public:
    // QStandardPaths::AppDataLocation + "/kizuna.sqlite".
    static QString defaultDatabasePath();

    // The main window on the opened database (not yet shown), or the error that stopped it.
    static Result<std::unique_ptr<MainWindow>> open(const LaunchOptions &options);

    // The process exit code for an error: 2 bad input or missing file, 3 storage error.
    static int exitCodeFor(const Error &error);
};

} // namespace Kizuna::Ui
