// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exporting/listexportdialog.h"

#include "core/io/listsource.h"
#include "ui/companies/companylistmodel.h"
#include "ui/companies/companylistview.h"
#include "ui/contacts/contactlistmodel.h"
#include "ui/contacts/contactlistview.h"
#include "ui/exporting/companylistsource.h"
#include "ui/exporting/contactlistsource.h"
#include "ui/exporting/fixedrowssource.h"
#include "ui/exporting/listcolumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace Kizuna::Ui {

namespace {

const QString FolderKey = QStringLiteral("export/folder");
const QString EncodingKey = QStringLiteral("export/encoding");
const QString FormulaProtectionKey = QStringLiteral("export/formulaProtection");

// The rows selected in a view, top to bottom.
QList<int> selectedRows(const QTableView &view)
{
    QList<int> rows;
    if (!view.selectionModel())
        return rows;
    for (const QItemSelectionRange &range : view.selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

ListExportDialog::SourceFactory fixedRows(const QStringList &headers, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return {};
    return [headers, rows] { return std::make_unique<FixedRowsSource>(headers, rows); };
}

} // namespace

struct ListExportDialog::Progress
{
    std::atomic<qint64> written{0};
    std::atomic<qint64> total{-1};
};

ListExportDialog *ListExportDialog::forContacts(const ContactListView &view, const QString &databasePath,
                                                QWidget *parent)
{
    const ContactListModel *model = view.model();
    const ListColumns columns = ListColumns::visibleIn(*view.tableView());
    SourceFactory all = [columns, order = model->order(), filter = model->filter(), known = model->totalCount()] {
        return std::make_unique<ContactListSource>(order, filter, columns, known);
    };
    QList<QStringList> selection;
    for (const int row : selectedRows(*view.tableView()))
        selection << ContactListSource::rowTexts(model->row(row), columns.logical);
    return new ListExportDialog(databasePath, std::move(all), fixedRows(columns.headers, selection),
                                selection.size(), tr("contacts"), parent);
}

ListExportDialog *ListExportDialog::forCompanies(const CompanyListView &view, const QString &databasePath,
                                                 QWidget *parent)
{
    const CompanyListModel *model = view.model();
    const ListColumns columns = ListColumns::visibleIn(*view.tableView());
    SourceFactory all = [columns, order = model->order()] {
        return std::make_unique<CompanyListSource>(order, columns);
    };
    QList<QStringList> selection;
    for (const int row : selectedRows(*view.tableView()))
        selection << CompanyListSource::rowTexts(model->row(row), columns.logical);
    return new ListExportDialog(databasePath, std::move(all), fixedRows(columns.headers, selection),
                                selection.size(), tr("companies"), parent);
}

ListExportDialog::ListExportDialog(const QString &databasePath, SourceFactory allRows, SourceFactory selectedRows,
                                   qint64 selectedCount, const QString &baseName, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_allRows(std::move(allRows))
    , m_selectedRows(std::move(selectedRows))
    , m_file(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_selectedOnly(new QCheckBox(this))
    , m_formulaProtection(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("listExportDialog"));
    setWindowTitle(tr("Export List"));
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_encoding->setObjectName(QStringLiteral("exportEncoding"));
    m_selectedOnly->setObjectName(QStringLiteral("exportSelectedOnly"));
    m_formulaProtection->setObjectName(QStringLiteral("exportFormulaProtection"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_encoding->addItem(tr("UTF-8"));
    m_encoding->addItem(tr("UTF-8 with BOM (for Excel)"));
    m_encoding->addItem(tr("Shift_JIS (for Japanese Excel)"));
    m_selectedOnly->setText(tr("Only the %n selected row(s)", nullptr, static_cast<int>(selectedCount)));
    m_selectedOnly->setVisible(m_selectedRows && selectedCount > 0);
    m_formulaProtection->setText(tr("Protect against spreadsheet formulas"));
    m_formulaProtection->setToolTip(tr("A value that starts with =, +, -, @ (not a number or phone number) gets a "
                                       "leading ' so that Excel or LibreOffice show it as text instead of running "
                                       "it as a formula. Kizuna's import takes the ' off again."));
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(QString(), m_selectedOnly);
    form->addRow(QString(), m_formulaProtection);
    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("exportCancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    const QSettings settings;
    const QString folder = settings.value(FolderKey,
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    m_file->setText(QDir(folder).filePath(
        baseName + u'-' + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv")));
    m_encoding->setCurrentIndex(qBound(0, settings.value(EncodingKey, 0).toInt(), m_encoding->count() - 1));
    m_formulaProtection->setChecked(settings.value(FormulaProtectionKey, true).toBool());

    connect(browse, &QPushButton::clicked, this, &ListExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ListExportDialog::start);
    connect(m_close, &QPushButton::clicked, this, &ListExportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<qint64>>::finished, this, &ListExportDialog::finish);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ListExportDialog::showProgress);
}

ListExportDialog::~ListExportDialog()
{
    if (isRunning()) {
        m_cancel->store(true);
        m_watcher.waitForFinished(); // stops after the page it is writing; the file is not written
    }
}

QString ListExportDialog::fileName() const
{
    return m_file->text();
}

void ListExportDialog::setFileName(const QString &path)
{
    m_file->setText(path);
}

ListExportDialog::Encoding ListExportDialog::encoding() const
{
    return static_cast<Encoding>(m_encoding->currentIndex());
}

void ListExportDialog::setEncoding(Encoding encoding)
{
    m_encoding->setCurrentIndex(static_cast<int>(encoding));
}

bool ListExportDialog::selectedOnly() const
{
    return m_selectedRows && m_selectedOnly->isChecked();
}

void ListExportDialog::setSelectedOnly(bool only)
{
    m_selectedOnly->setChecked(only);
}

bool ListExportDialog::formulaProtection() const
{
    return m_formulaProtection->isChecked();
}

void ListExportDialog::setFormulaProtection(bool on)
{
    m_formulaProtection->setChecked(on);
}

bool ListExportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ListExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export List"), m_file->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

bool ListExportDialog::start()
{
    if (isRunning())
        return false;
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        showStatus(tr("Choose the file to write."), true);
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    path = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(path).isDir()) {
        showStatus(tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    Io::ListExportOptions options;
    options.encoding = encoding() == Encoding::ShiftJis ? Io::TextEncoding::ShiftJis : Io::TextEncoding::Utf8;
    options.byteOrderMark = encoding() == Encoding::Utf8WithBom;
    options.pageSize = m_pageSize;
    options.formulaProtection = formulaProtection();
    std::shared_ptr<Io::ListSource> source = selectedOnly() ? m_selectedRows() : m_allRows();
    m_cancel = Storage::makeCancelFlag();
    m_shared = std::make_shared<Progress>();
    m_target = path;
    m_watcher.setFuture(Storage::runInBackground<qint64>(
        m_databasePath, m_cancel,
        [source, path, options, shared = m_shared](Storage::Database &db, const std::atomic<bool> &cancel) {
            Io::ListExportOptions withProgress = options;
            withProgress.progress = [&cancel, shared](qint64 written, qint64 total) {
                shared->written = written;
                shared->total = total;
                return !cancel.load();
            };
            return Io::exportList(db, *source, path, withProgress);
        }));
    setRunning(true);
    showStatus(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void ListExportDialog::cancel()
{
    if (isRunning())
        m_cancel->store(true);
}

void ListExportDialog::reject()
{
    if (isRunning()) {
        cancel();
        return; // finish() reports it
    }
    QDialog::reject();
}

void ListExportDialog::finish()
{
    setRunning(false);
    const Result<qint64> result = m_watcher.result();
    if (result.ok()) {
        QSettings settings;
        settings.setValue(FolderKey, QFileInfo(m_target).absolutePath());
        settings.setValue(EncodingKey, m_encoding->currentIndex());
        settings.setValue(FormulaProtectionKey, m_formulaProtection->isChecked());
        showStatus(tr("%Ln row(s) written to %1.", nullptr, static_cast<int>(*result))
                       .arg(QDir::toNativeSeparators(m_target)),
                   false);
        Q_EMIT exported(m_target, *result);
        accept();
        return;
    }
    const bool cancelled = result.error().kind == ErrorKind::Cancelled || m_cancel->load();
    const QString message = cancelled ? tr("Export cancelled; no file was written.")
                                      : tr("Not exported: %1").arg(result.error().message);
    showStatus(message, !cancelled);
    Q_EMIT exportFailed(message);
}

void ListExportDialog::showProgress()
{
    const qint64 total = m_shared->total.load();
    const qint64 written = m_shared->written.load();
    const QLocale locale;
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(qMin<qint64>(1000, written * 1000 / total)));
    m_progress->setFormat(tr("%1 of %2 rows").arg(locale.toString(written), locale.toString(total)));
}

void ListExportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                                  : QString());
}

void ListExportDialog::setRunning(bool running)
{
    m_export->setEnabled(!running);
    m_file->setEnabled(!running);
    m_encoding->setEnabled(!running);
    m_selectedOnly->setEnabled(!running);
    m_formulaProtection->setEnabled(!running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

} // namespace Kizuna::Ui
