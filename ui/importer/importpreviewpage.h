// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/importer/importpreview.h"
#include "ui/importer/importstate.h"

#include <QWizardPage>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QTableWidget;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// Third page: the first rows as they will be imported (a value with a problem in red, the reason
// in its tooltip), what to do with duplicates, and that an import is one step that Undo does not
// take back.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 20;

    ImportPreviewPage(ImportState &state, Storage::Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }
    void setPolicy(Io::DuplicatePolicy policy);

    void initializePage() override;
    bool validatePage() override;

private:
    void describePolicies();
    void showPreview();
    Result<PreviewTable> buildPreview();

    ImportState &m_state;
    Storage::Database &m_db;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QButtonGroup *m_policy = nullptr;
    QGroupBox *m_policyGroup = nullptr;
    QLabel *m_orderNote = nullptr;
};

} // namespace Kizuna::Ui
