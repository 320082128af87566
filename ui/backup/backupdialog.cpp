// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/backupdialog.h"

#include "core/storage/backgroundjob.h"
#include "core/storage/backup.h"
#include "ui/common/errorreport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Kizuna::Ui {

struct BackupDialog::Progress
{
    std::atomic<int> done{0};
    std::atomic<int> total{0}; // 0: not known yet (the backup is being checked)
    std::atomic<bool> cancel{false};

    bool report(int pagesDone, int pagesTotal)
    {
        done = pagesDone;
        total = pagesTotal;
        return !cancel.load();
    }
};

BackupDialog::BackupDialog(Job job, const QString &databasePath, const QString &otherPath, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
    , m_databasePath(databasePath)
    , m_otherPath(otherPath)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_timer(new QTimer(this))
    , m_shared(std::make_shared<Progress>())
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(job == Job::BackUp ? tr("Back Up") : tr("Restore Backup"));
    setModal(true);
    m_label->setWordWrap(true);
    m_label->setText(job == Job::BackUp
                         ? tr("Backing up %1 to %2…").arg(QFileInfo(databasePath).fileName(),
                                                          QDir::toNativeSeparators(otherPath))
                         : tr("Restoring %1 from %2…").arg(QFileInfo(databasePath).fileName(),
                                                          QDir::toNativeSeparators(otherPath)));
    m_progress->setRange(0, 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    connect(m_cancel, &QPushButton::clicked, this, &BackupDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<QString>>::finished, this, &BackupDialog::finish);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &BackupDialog::showProgress);
}

BackupDialog::~BackupDialog()
{
    if (isRunning()) {
        m_shared->cancel = true;
        m_watcher.waitForFinished(); // a cancelled copy leaves no partial file
    }
}

QString BackupDialog::suggestedBackupPath(const QString &databasePath, const QDateTime &when)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backup-")
                                       + when.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                       + QStringLiteral(".kizuna"));
}

QString BackupDialog::backUp(QWidget *parent, const QString &databasePath)
{
    const QString target = QFileDialog::getSaveFileName(parent, tr("Back Up"), suggestedBackupPath(databasePath),
                                                        tr("Kizuna backups (*.kizuna);;All files (*)"));
    if (target.isEmpty())
        return {};
    const Result<QString> written = run(Job::BackUp, parent, databasePath, target);
    if (!written.ok()) {
        if (written.error().kind != ErrorKind::Cancelled)
            reportError(parent, tr("Backup Failed"), written.error().message);
        return {};
    }
    return *written;
}

Result<QString> BackupDialog::run(Job job, QWidget *parent, const QString &databasePath, const QString &otherPath)
{
    BackupDialog dialog(job, databasePath, otherPath, parent);
    dialog.start();
    // Until the job has reported (through the event loop, even when the worker is already done)
    // the result is not known: the dialog's loop runs until then, and finish() closes it.
    if (!dialog.hasFinished())
        dialog.exec();
    return dialog.result();
}

void BackupDialog::start()
{
    if (m_started)
        return;
    m_started = true;
    const auto shared = m_shared;
    const QString databasePath = m_databasePath;
    const QString otherPath = m_otherPath;
    if (QFileInfo(otherPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath()) {
        m_result = Error::badInput(m_job == Job::BackUp
                                       ? tr("%1: the backup cannot replace the database itself").arg(otherPath)
                                       : tr("%1: cannot restore a file onto itself").arg(otherPath));
        QTimer::singleShot(0, this, [this] {
            m_finished = true;
            Q_EMIT jobFinished(false, m_result.error().message);
            done(Rejected);
        });
        return;
    }
    if (m_job == Job::BackUp) {
        auto cancel = Storage::makeCancelFlag(); // checked by the opening; the copy asks `shared`
        m_watcher.setFuture(Storage::runInBackground<QString>(
            databasePath, cancel, [shared, otherPath](Storage::Database &db, const std::atomic<bool> &) -> Result<QString> {
                KIZUNA_TRY(Storage::backupTo(db, otherPath,
                                             [shared](int done, int total) { return shared->report(done, total); }));
                return otherPath;
            }));
    } else {
        m_watcher.setFuture(QtConcurrent::run([shared, databasePath, otherPath]() -> Result<QString> {
            auto restored = Storage::restoreDatabase(databasePath, otherPath, [shared](int done, int total) {
                return shared->report(done, total);
            });
            if (!restored.ok())
                return restored.error();
            return restored->safetyCopy;
        }));
    }
    m_timer->start();
}

bool BackupDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void BackupDialog::reject()
{
    if (isRunning()) {
        m_shared->cancel = true;
        m_cancel->setEnabled(false);
        m_label->setText(tr("Stopping…"));
        return; // finish() closes the dialog
    }
    QDialog::reject();
}

void BackupDialog::finish()
{
    m_timer->stop();
    m_result = m_watcher.result();
    m_finished = true;
    QString message;
    if (m_result.ok()) {
        message = m_job == Job::BackUp
            ? tr("Backed up to %1.").arg(QDir::toNativeSeparators(*m_result))
            : tr("Restored from %1; the previous data is kept in %2.")
                  .arg(QDir::toNativeSeparators(m_otherPath), QDir::toNativeSeparators(*m_result));
    } else if (m_result.error().kind == ErrorKind::Cancelled) {
        message = m_job == Job::BackUp ? tr("Backup cancelled; no file was written.")
                                       : tr("Restore cancelled; the data was left as it was.");
    } else {
        message = m_result.error().message;
    }
    Q_EMIT jobFinished(m_result.ok(), message);
    done(m_result.ok() ? Accepted : Rejected);
}

void BackupDialog::showProgress()
{
    const int total = m_shared->total.load();
    if (total <= 0) {
        m_progress->setRange(0, 0);
        if (m_job == Job::Restore && !m_shared->cancel.load())
            m_label->setText(tr("Checking the backup %1…").arg(QDir::toNativeSeparators(m_otherPath)));
        return;
    }
    if (m_job == Job::Restore && !m_shared->cancel.load())
        m_label->setText(tr("Restoring %1 from %2…").arg(QFileInfo(m_databasePath).fileName(),
                                                         QDir::toNativeSeparators(m_otherPath)));
    m_progress->setRange(0, total);
    m_progress->setValue(qMin(total, m_shared->done.load()));
}

} // namespace Kizuna::Ui
