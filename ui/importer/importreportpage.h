// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/importer/importstate.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Kizuna::Ui {

// Last page: what the import did (imported, updated, skipped, rejected), every rejected row with
// its line and reason (savable as CSV), and the duplicates found among the new contacts.
class ImportReportPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { LineColumn, FieldColumn, ReasonColumn };

    explicit ImportReportPage(ImportState &state, QWidget *parent = nullptr);

    QLabel *countsLabel() const { return m_counts; }
    QTableWidget *rejectedTable() const { return m_rejected; }
    QPushButton *reviewButton() const { return m_review; }

    void initializePage() override;
    // Writes the rejected rows as CSV (UTF-8 with BOM); false and a message box on failure.
    bool saveReport(const QString &path);

Q_SIGNALS:
    void reviewDuplicatesRequested();

private:
    void saveReportAs();

    ImportState &m_state;
    QLabel *m_counts = nullptr;
    QTableWidget *m_rejected = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_duplicates = nullptr;
    QPushButton *m_review = nullptr;
};

} // namespace Kizuna::Ui
