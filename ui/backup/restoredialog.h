// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/backup.h"
#include "core/storage/result.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kizuna::Ui {

// File ▸ Restore…, first step: choose a backup file and have it checked (a Kizuna database, not
// from a newer Kizuna, SQLite's integrity check passes — on a worker, it reads the whole file),
// then confirm that the data of the open database will be replaced (it is first copied beside
// the file with a time stamp). Accepted with backupPath() set only when the file passed the check
// and the user confirmed; the restore itself is BackupDialog::run(Job::Restore, …) while the main
// window has closed its screens.
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    // Asks the final question; true to go ahead. The default shows a warning message box.
    using Confirmation = std::function<bool(QWidget *parent, const QString &question)>;

    explicit RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // Checks the file (on a worker); the result shows under it and enables Restore.
    void setBackupPath(const QString &path);
    // The file that passed the check (empty until one has).
    QString backupPath() const { return m_valid ? m_checkedPath : QString(); }
    bool isChecking() const { return m_watcher.isRunning(); }
    bool isValid() const { return m_valid; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *restoreButton() const { return m_restore; }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    // A check has ended; `message` is what the dialog shows.
    void checked(bool valid, const QString &message);

public Q_SLOTS:
    // Restore: asks for confirmation, then accepts.
    void accept() override;
    void reject() override;

private:
    void browse();
    void showResult();
    void stopCheck();
    void showMessage(const QString &text, bool error);

    QString m_databasePath;
    QLineEdit *m_path = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_restore = nullptr;
    QFutureWatcher<Result<Storage::BackupInspection>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_checkingPath;
    QString m_checkedPath;
    bool m_valid = false;
    Confirmation m_confirm;
};

} // namespace Kizuna::Ui
