// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/restoredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Kizuna::Ui {

namespace {

bool askWithMessageBox(QWidget *parent, const QString &question)
{
    return QMessageBox::warning(parent, RestoreDialog::tr("Restore Backup"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

} // namespace

RestoreDialog::RestoreDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_path(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_confirm(&askWithMessageBox)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore Backup"));
    auto *intro = new QLabel(tr("Choose a Kizuna backup. Restoring replaces all data in %1 with the "
                                "backup's; the current data is first saved as a copy beside it.")
                                 .arg(QDir::toNativeSeparators(databasePath)),
                             this);
    intro->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("backupPath"));
    m_message->setObjectName(QStringLiteral("backupCheck"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pathRow);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(browse, &QPushButton::clicked, this, &RestoreDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (QDir::fromNativeSeparators(m_path->text().trimmed()) != m_checkingPath)
            setBackupPath(m_path->text().trimmed());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<Storage::BackupInspection>>::finished, this, &RestoreDialog::showResult);
}

RestoreDialog::~RestoreDialog()
{
    stopCheck();
}

void RestoreDialog::stopCheck()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher.isRunning())
        m_watcher.waitForFinished(); // the integrity check stops within a few thousand steps
}

void RestoreDialog::browse()
{
    const QString folder = m_path->text().isEmpty() ? QFileInfo(m_databasePath).absolutePath() : m_path->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore Backup"), folder,
                                                      tr("Kizuna backups (*.kizuna *.bak *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        setBackupPath(path);
}

void RestoreDialog::setBackupPath(const QString &path)
{
    stopCheck();
    const QString file = QDir::fromNativeSeparators(path);
    m_path->setText(QDir::toNativeSeparators(file));
    m_checkingPath = file;
    m_valid = false;
    m_restore->setEnabled(false);
    if (file.isEmpty()) {
        showMessage(QString(), false);
        return;
    }
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath()) {
        const QString message = tr("This is the open database itself; choose a backup of it.");
        showMessage(message, true);
        Q_EMIT checked(false, message);
        return;
    }
    showMessage(tr("Checking %1…").arg(QFileInfo(file).fileName()), false);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(QtConcurrent::run([file, cancel = m_cancel] {
        return Storage::inspectBackup(file, [cancel] { return !cancel->load(); });
    }));
}

void RestoreDialog::showResult()
{
    if (!m_watcher.isFinished() || !m_cancel || m_cancel->load())
        return; // a check overtaken by another file, or the dialog is closing
    const Result<Storage::BackupInspection> result = m_watcher.result();
    m_checkedPath = m_checkingPath;
    m_valid = result.ok();
    m_restore->setEnabled(m_valid);
    QString message;
    if (result.ok()) {
        const QLocale locale;
        const QString saved = locale.toString(QFileInfo(m_checkedPath).lastModified(), QLocale::ShortFormat);
        const QString size = locale.formattedDataSize(result->bytes);
        message = result->contacts >= 0
            ? tr("A Kizuna backup (schema version %1, %2, last changed %3) with %Ln contact(s); it passed the "
                 "integrity check.", nullptr, static_cast<int>(result->contacts))
                  .arg(result->schemaVersion)
                  .arg(size, saved)
            : tr("A Kizuna backup (schema version %1, %2, last changed %3); it passed the integrity check.")
                  .arg(result->schemaVersion)
                  .arg(size, saved);
    } else {
        message = result.error().message;
    }
    showMessage(message, !m_valid);
    Q_EMIT checked(m_valid, message);
}

void RestoreDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void RestoreDialog::accept()
{
    if (!m_valid || isChecking())
        return;
    const QString question = tr("Replace all data in %1 with the backup %2?\n\nThe current data is first "
                                "saved as %3.")
                                 .arg(QDir::toNativeSeparators(m_databasePath),
                                      QDir::toNativeSeparators(m_checkedPath),
                                      QDir::toNativeSeparators(Storage::safetyCopyPath(m_databasePath)));
    if (m_confirm && !m_confirm(this, question))
        return;
    QDialog::accept();
}

void RestoreDialog::reject()
{
    stopCheck();
    QDialog::reject();
}

} // namespace Kizuna::Ui
