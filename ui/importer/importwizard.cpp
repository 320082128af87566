// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/importwizard.h"

#include "ui/common/editsession.h"
#include "ui/importer/importfilepage.h"
#include "ui/importer/importmappingpage.h"
#include "ui/importer/importpreviewpage.h"
#include "ui/importer/importreportpage.h"
#include "ui/importer/importrunpage.h"

namespace Kizuna::Ui {

ImportWizard::ImportWizard(EditSession &session, QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Import"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_filePage = new ImportFilePage(m_state, this);
    m_mappingPage = new ImportMappingPage(m_state, session.database(), this);
    m_previewPage = new ImportPreviewPage(m_state, session.database(), this);
    m_runPage = new ImportRunPage(m_state, session.database().path(), this);
    m_reportPage = new ImportReportPage(m_state, this);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(PreviewPage, m_previewPage);
    setPage(RunPage, m_runPage);
    setPage(ReportPage, m_reportPage);
    setStartId(FilePage);
    m_previewPage->setButtonText(QWizard::NextButton, tr("Import"));
    m_previewPage->setCommitPage(false);

    connect(m_runPage, &ImportRunPage::finished, this, [this](bool committed) {
        if (committed)
            Q_EMIT imported();
    });
    connect(m_reportPage, &ImportReportPage::reviewDuplicatesRequested, this, [this] {
        Q_EMIT reviewDuplicatesRequested();
        accept();
    });
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    m_runPage->cancel();
    QWizard::reject();
}

} // namespace Kizuna::Ui
