// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/backgroundjob.h"
#include "ui/importer/importstate.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Kizuna::Ui {

// What the worker hands back: the import's summary and the duplicate pairs found afterwards
// among the contacts it created.
struct ImportOutcome
{
    Io::ImportSummary summary;
    int duplicatePairs = 0;
    qint64 orderCustomers = 0; // orders: distinct customers
    qint64 newContacts = 0;    // orders: contacts created for new customers
};

// Fourth page: runs the import on a worker with a connection of its own (one transaction), with
// a progress bar and Cancel (the database stays as it was); then looks for duplicates among the
// new contacts (not after orders, whose new contacts are named after customer keys). Goes on to
// the report when done.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(ImportState &state, QString databasePath, QWidget *parent = nullptr);
    ~ImportRunPage() override;

    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isRunning() const { return m_running; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // Asks the worker to stop; the import rolls back.
    void cancel();

Q_SIGNALS:
    // The import ended: committed, cancelled or failed (message empty when committed).
    void finished(bool committed, const QString &message);

private:
    void start();
    void done(const Result<ImportOutcome> &outcome);
    void showProgress();

    ImportState &m_state;
    QString m_databasePath;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_timer = nullptr;
    QFutureWatcher<Result<ImportOutcome>> *m_watcher = nullptr;
    Storage::CancelFlag m_cancelFlag;
    std::shared_ptr<std::atomic<qint64>> m_bytes;
    std::shared_ptr<std::atomic<int>> m_stage;
    qint64 m_fileSize = 0;
    bool m_running = false;
};

} // namespace Kizuna::Ui
