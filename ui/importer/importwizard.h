// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/importer/importstate.h"

#include <QWizard>

namespace Kizuna::Ui {

class EditSession;
class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportReportPage;
class ImportRunPage;

// File ▸ Import…: a CSV file of contacts, companies, activities or orders, or a vCard file →
// column mapping (CSV) → preview and duplicate policy → the import on a worker (progress,
// Cancel) → the report. The import is one transaction of its own, not an edit on the undo stack.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, MappingPage, PreviewPage, RunPage, ReportPage };

    explicit ImportWizard(EditSession &session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportRunPage *runPage() const { return m_runPage; }
    ImportReportPage *reportPage() const { return m_reportPage; }
    const ImportState &state() const { return m_state; }

    // Cancel or Escape while the import runs cancels it too (the database stays as it was).
    void reject() override;

Q_SIGNALS:
    // Contacts were written: lists should reload.
    void imported();
    // The user wants to see the duplicates the import made.
    void reviewDuplicatesRequested();

private:
    ImportState m_state;
    ImportFilePage *m_filePage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportRunPage *m_runPage = nullptr;
    ImportReportPage *m_reportPage = nullptr;
};

} // namespace Kizuna::Ui
