// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/fileactions.h"

#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "ui/backup/backupdialog.h"
#include "ui/backup/restoredialog.h"
#include "ui/common/errorreport.h"
#include "ui/companies/companylistview.h"
#include "ui/contacts/contactlistview.h"
#include "ui/exporting/listexportdialog.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QStackedWidget>

namespace Kizuna::Ui {

FileActions::FileActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
}

void FileActions::addTo(QMenu *menu)
{
    QAction *exportList = menu->addAction(tr("&Export List…"), this, &FileActions::exportList);
    exportList->setObjectName(QStringLiteral("exportListAction"));
    exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportList->setStatusTip(tr("The contact or company list on screen, with its filters and columns, as a CSV file"));
    QAction *backUp = menu->addAction(tr("&Back Up…"), this, &FileActions::backUp);
    backUp->setObjectName(QStringLiteral("backUpAction"));
    backUp->setStatusTip(tr("A copy of the whole database, taken while you work"));
    QAction *restore = menu->addAction(tr("&Restore from Backup…"), this, &FileActions::restore);
    restore->setObjectName(QStringLiteral("restoreAction"));
    restore->setStatusTip(tr("Replace the data with a backup (the current data is kept in a safety copy first)"));
}

void FileActions::exportList()
{
    const QString path = m_window.database().path();
    auto *screens = static_cast<QStackedWidget *>(m_window.centralWidget());
    ListExportDialog *dialog = nullptr;
    if (auto *companies = qobject_cast<CompanyListView *>(screens->currentWidget()))
        dialog = ListExportDialog::forCompanies(*companies, path, &m_window);
    else
        dialog = ListExportDialog::forContacts(*m_window.contactsView(), path, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ListExportDialog::exported, this, [this](const QString &file, qint64 rows) {
        m_window.showStatusMessage(tr("%Ln row(s) exported to %1", nullptr, static_cast<int>(rows))
                                       .arg(QDir::toNativeSeparators(file)),
                                   8000);
    });
    dialog->open();
}

void FileActions::backUp()
{
    const QString written = BackupDialog::backUp(&m_window, m_window.database().path());
    if (!written.isEmpty())
        m_window.showStatusMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(written)), 8000);
}

void FileActions::restore()
{
    const QString path = m_window.database().path();
    RestoreDialog chooser(path, &m_window);
    if (chooser.exec() != QDialog::Accepted)
        return;
    const Result<QString> restored = BackupDialog::run(BackupDialog::Job::Restore, &m_window, path, chooser.backupPath());
    // Whatever happened, the screens read the file again on a fresh connection.
    Storage::OpenOptions options;
    options.create = false;
    auto db = Storage::DatabaseOpener::open(path, options);
    if (!db.ok()) {
        reportError(&m_window, tr("Cannot Open Database"), db.error().message);
        return;
    }
    m_window.setDatabase(std::move(*db));
    if (!restored.ok()) {
        if (restored.error().kind != ErrorKind::Cancelled)
            reportError(&m_window, tr("Restore Failed"), restored.error().message);
        return;
    }
    m_window.showStatusMessage(tr("Restored from %1; the data from before is kept in %2")
                                   .arg(QDir::toNativeSeparators(chooser.backupPath()),
                                        QDir::toNativeSeparators(*restored)),
                               0);
}

} // namespace Kizuna::Ui
