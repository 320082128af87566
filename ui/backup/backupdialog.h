// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QDateTime>
#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Kizuna::Ui {

// Backs up or restores the database file on a worker, with a progress bar and Cancel:
//  - BackUp writes a consistent copy of the (open) database to a file through SQLite's online
//    backup API, with its own connection; the file appears only when the copy is complete.
//  - Restore replaces the content of the database with a backup (Storage::restoreDatabase: the
//    backup is checked, the current content is first copied beside the file with a time stamp,
//    then the backup is copied in, in one transaction).
// The dialog closes itself when the job ends: accepted on success, rejected otherwise.
class BackupDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Job { BackUp, Restore };

    // `otherPath`: the backup file to write (BackUp) or to restore from (Restore).
    BackupDialog(Job job, const QString &databasePath, const QString &otherPath, QWidget *parent = nullptr);
    ~BackupDialog() override;

    // File ▸ Back Up…: asks where to write the backup (suggestedBackupPath() first), backs up
    // with this dialog and reports a failure. The file written, or empty.
    static QString backUp(QWidget *parent, const QString &databasePath);
    // Runs a job modally and returns its result: the backup written (BackUp) or the safety copy
    // of the replaced content (Restore).
    static Result<QString> run(Job job, QWidget *parent, const QString &databasePath, const QString &otherPath);
    // "<folder>/<name>-backup-20261122-173934.kizuna" beside the database.
    static QString suggestedBackupPath(const QString &databasePath,
                                       const QDateTime &when = QDateTime::currentDateTime());

    // Starts the job (once).
    void start();
    bool isRunning() const;
    // The job has reported its result (jobFinished() was emitted).
    bool hasFinished() const { return m_finished; }
    // Available after jobFinished().
    const Result<QString> &result() const { return m_result; }

Q_SIGNALS:
    // The job ended; `message` says what was done or what went wrong.
    void jobFinished(bool ok, const QString &message);

public Q_SLOTS:
    // Cancel: asks the job to stop (the dialog closes when it has).
    void reject() override;

private:
    void finish();
    void showProgress();

    struct Progress;

    Job m_job;
    QString m_databasePath;
    QString m_otherPath;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_timer = nullptr;
    QFutureWatcher<Result<QString>> m_watcher;
    std::shared_ptr<Progress> m_shared;
    Result<QString> m_result = QString();
    bool m_finished = false;
    bool m_started = false;
};

} // namespace Kizuna::Ui
