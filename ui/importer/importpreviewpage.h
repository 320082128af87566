// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/importer/importstate.h"

#include <QWizardPage>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QTableWidget;

namespace Kizuna::Ui {

// Third page: the first rows as they will be imported (a value with a problem in red, the reason
// in its tooltip), what to do with duplicates, and that an import is one step that Undo does not
// take back.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 20;

    explicit ImportPreviewPage(ImportState &state, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void setPolicy(Io::DuplicatePolicy policy);

    void initializePage() override;
    bool validatePage() override;

private:
    void describePolicies();
    void showPreview();

    ImportState &m_state;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QButtonGroup *m_policy = nullptr;
    QGroupBox *m_policyGroup = nullptr;
};

} // namespace Kizuna::Ui
