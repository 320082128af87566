// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demogenerator.h"
#include "core/storage/result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Kizuna::Ui {

// Fills a database with demo data in a worker thread (with its own connection to the file)
// while a progress dialog with Cancel keeps the window responsive.
class DemoRunner final {
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::DemoRunner)

public:
    // Returns when the generator is done; a cancel gives ErrorKind::Cancelled and leaves the
    // database as it was. `parent` may be null (before the main window exists).
    static Result<Demo::DemoSummary> run(const QString &databasePath,
                                         const Demo::DemoOptions &options, QWidget *parent);
};

} // namespace Kizuna::Ui
