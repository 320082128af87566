// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/importreportpage.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kizuna::Ui {

ImportReportPage::ImportReportPage(ImportState &state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Import finished"));
    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);
    m_rejected = new QTableWidget(0, 3, this);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_rejected->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_save = new QPushButton(tr("Save report as CSV…"), this);
    m_duplicates = new QLabel(this);
    m_duplicates->setWordWrap(true);
    m_review = new QPushButton(tr("Review duplicates…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_rejected, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_review, 0, Qt::AlignLeft);
    connect(m_save, &QPushButton::clicked, this, &ImportReportPage::saveReportAs);
    connect(m_review, &QPushButton::clicked, this, &ImportReportPage::reviewDuplicatesRequested);
}

void ImportReportPage::initializePage()
{
    const Io::ImportSummary &s = m_state.summary;
    const QString counts =
        m_state.entity == u"order"
            ? tr("Orders imported: %1 for %n customer(s), %2 of them new contacts · Skipped (imported before): %3 "
                 "· Rejected: %4",
                 nullptr, int(m_state.orderCustomers))
                  .arg(s.imported)
                  .arg(m_state.newContacts)
                  .arg(s.skippedDuplicates)
                  .arg(s.rejectedRows)
            : tr("Imported: %1 · Updated: %2 · Skipped as duplicates: %3 · Rejected: %4")
                  .arg(s.imported)
                  .arg(s.updated + s.mergedInFile)
                  .arg(s.skippedDuplicates)
                  .arg(s.rejectedRows);
    m_counts->setText(counts + (s.written ? QString() : u'\n' + tr("Nothing was written to the database.")));
    m_rejected->setRowCount(int(s.rejected.size()));
    for (int r = 0; r < s.rejected.size(); ++r) {
        const Io::RejectedRow &row = s.rejected.at(r);
        m_rejected->setItem(r, LineColumn, new QTableWidgetItem(QString::number(row.line)));
        m_rejected->setItem(r, FieldColumn, new QTableWidgetItem(row.field));
        m_rejected->setItem(r, ReasonColumn, new QTableWidgetItem(row.message));
    }
    m_rejected->setVisible(!s.rejected.isEmpty());
    m_save->setVisible(!s.rejected.isEmpty());
    const bool duplicates = m_state.duplicatePairs > 0;
    m_duplicates->setVisible(duplicates);
    m_review->setVisible(duplicates);
    m_duplicates->setText(tr("%n possible duplicate pair(s) involve the new contacts.", nullptr,
                             m_state.duplicatePairs));
}

bool ImportReportPage::saveReport(const QString &path)
{
    QSaveFile file(path);
    Status status = file.open(QIODevice::WriteOnly)
                        ? Io::ContactImporter::writeRejectReport(file, m_state.summary.rejected)
                        : Status(Error::storage(file.errorString()));
    if (status.ok() && !file.commit())
        status = Error::storage(file.errorString());
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Save report"),
                             tr("The report could not be saved to %1: %2").arg(path, status.error().message));
        return false;
    }
    return true;
}

void ImportReportPage::saveReportAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report as CSV"), tr("import-report.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveReport(path);
}

} // namespace Kizuna::Ui
