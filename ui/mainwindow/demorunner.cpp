// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/demorunner.h"

#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <memory>

namespace Kizuna::Ui {

namespace {

constexpr int ProgressSteps = 1000;

// What the worker hands back (default-constructible, as QFuture wants).
struct DemoOutcome {
    bool ok = false;
    Demo::DemoSummary summary;
    Error error;
};

// Runs in a pool thread: its own connection, closed before the thread lets go.
void generateInWorker(QPromise<DemoOutcome> &promise, const QString &path,
                      const Demo::DemoOptions &options,
                      const std::shared_ptr<std::atomic_bool> &cancelled)
{
    DemoOutcome outcome;
    promise.setProgressRange(0, ProgressSteps);
    auto db = Storage::DatabaseOpener::open(path);
    if (!db.ok()) {
        outcome.error = db.error();
        promise.addResult(outcome);
        return;
    }
    auto progress = [&promise, &cancelled](qint64 done, qint64 total) {
        if (total > 0)
            promise.setProgressValue(static_cast<int>(done * ProgressSteps / total));
        return !cancelled->load();
    };
    auto summary = Demo::generateDemo(**db, options, progress);
    db->reset();
    if (summary.ok()) {
        outcome.ok = true;
        outcome.summary = *summary;
    } else {
        outcome.error = summary.error();
    }
    promise.addResult(outcome);
}

} // namespace

Result<Demo::DemoSummary> DemoRunner::run(const QString &databasePath,
                                          const Demo::DemoOptions &options, QWidget *parent)
{
    auto cancelled = std::make_shared<std::atomic_bool>(false);

    QProgressDialog dialog(
        tr("Creating demo data: %Ln contact(s)…", nullptr, static_cast<int>(options.contacts)),
        tr("Cancel"), 0, ProgressSteps, parent);
    dialog.setWindowTitle(tr("Kizuna — Demo Data"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(420);

    QFutureWatcher<DemoOutcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &dialog,
                     &QProgressDialog::setValue);
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    // QProgressDialog::cancel() (connected first) hides the dialog; keep it up until the worker
    // has rolled back, so the user sees that the cancel is under way.
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, cancelled] {
        cancelled->store(true);
        dialog.setLabelText(tr("Cancelling…"));
        dialog.show();
    });

    watcher.setFuture(QtConcurrent::run(&generateInWorker, databasePath, options, cancelled));
    dialog.show();
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();

    const DemoOutcome outcome = watcher.result();
    if (!outcome.ok)
        return outcome.error;
    return outcome.summary;
}

} // namespace Kizuna::Ui
