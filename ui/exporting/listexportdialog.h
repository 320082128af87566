// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/listexporter.h"
#include "core/storage/backgroundjob.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Kizuna::Io {
class ListSource;
}

namespace Kizuna::Ui {

class CompanyListView;
class ContactListView;

// File ▸ Export List…: writes the list on screen — its filter, order and visible columns, or only
// the selected rows — to a CSV file in UTF-8, UTF-8 with a byte order mark (for Excel) or
// Shift_JIS (CP932). The export runs on a worker with its own connection, page by page, with
// progress and Cancel; the file appears only when it is complete.
class ListExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Encoding { Utf8, Utf8WithBom, ShiftJis }; // the order of the choices
    // Makes a fresh reader of the list for each export (a failed one can be tried again).
    using SourceFactory = std::function<std::unique_ptr<Io::ListSource>()>;

    // The contact list as `view` shows it now; `databasePath`: the file the view reads.
    static ListExportDialog *forContacts(const ContactListView &view, const QString &databasePath,
                                         QWidget *parent = nullptr);
    static ListExportDialog *forCompanies(const CompanyListView &view, const QString &databasePath,
                                          QWidget *parent = nullptr);

    // `selectedRows` and `selectedCount`: the selection (null and 0 without one); `baseName`: the
    // file name suggested, without ".csv".
    ListExportDialog(const QString &databasePath, SourceFactory allRows, SourceFactory selectedRows,
                     qint64 selectedCount, const QString &baseName, QWidget *parent = nullptr);
    ~ListExportDialog() override;

    QString fileName() const;
    void setFileName(const QString &path);
    Encoding encoding() const;
    void setEncoding(Encoding encoding);
    bool selectedOnly() const;
    void setSelectedOnly(bool only);
    // "Protect against spreadsheet formulas" (on unless the user turned it off last time).
    bool formulaProtection() const;
    void setFormulaProtection(bool on);
    void setPageSize(int rows) { m_pageSize = rows; }

    // Starts the export (the Export button); false, with the reason shown, if it cannot start.
    bool start();
    // Stops a running export; the file is not written.
    void cancel();
    bool isRunning() const;
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    // The file is complete (the dialog then closes).
    void exported(const QString &path, qint64 rows);
    // The export failed or was cancelled; the message is also shown in the dialog.
    void exportFailed(const QString &message);

public Q_SLOTS:
    // Cancel: stops a running export; closes the dialog otherwise.
    void reject() override;

private:
    void browse();
    void finish();
    void showProgress();
    void showStatus(const QString &text, bool error);
    void setRunning(bool running);

    struct Progress;

    QString m_databasePath;
    SourceFactory m_allRows;
    SourceFactory m_selectedRows;
    int m_pageSize = 1000;
    QLineEdit *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_selectedOnly = nullptr;
    QCheckBox *m_formulaProtection = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_timer = nullptr;
    QFutureWatcher<Result<qint64>> m_watcher;
    Storage::CancelFlag m_cancel;
    std::shared_ptr<Progress> m_shared;
    QString m_target;
};

} // namespace Kizuna::Ui
