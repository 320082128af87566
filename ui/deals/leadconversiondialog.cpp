// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/leadconversiondialog.h"

#include "core/model/personname.h"
#include "core/sales/leadconverter.h"
#include "core/sales/pipelineservice.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "ui/common/editsession.h"
#include "ui/deals/undoablestep.h"
#include "ui/common/recordlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kizuna::Ui {

LeadConversionDialog::LeadConversionDialog(EditSession &session, const QString &contactId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_contactId(contactId)
    , m_heading(new QLabel(this))
    , m_company(new QLineEdit(this))
    , m_companyNote(new QLabel(this))
    , m_createDeal(new QCheckBox(tr("Create a first &deal"), this))
    , m_title(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_pipeline(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("leadConversionDialog"));
    m_company->setObjectName(QStringLiteral("conversionCompany"));
    m_company->setPlaceholderText(tr("an existing company, or a new name"));
    m_createDeal->setObjectName(QStringLiteral("conversionCreateDeal"));
    m_createDeal->setChecked(true);
    m_title->setObjectName(QStringLiteral("conversionDealTitle"));
    m_amount->setObjectName(QStringLiteral("conversionDealAmount"));
    m_amount->setPlaceholderText(tr("e.g. 1200000"));
    m_pipeline->setObjectName(QStringLiteral("conversionPipeline"));
    m_stage->setObjectName(QStringLiteral("conversionStage"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_companyNote->setObjectName(QStringLiteral("conversionCompanyNote"));
    m_companyNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Con&vert"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Company:"), m_company);
    form->addRow(QString(), m_companyNote);
    form->addRow(QString(), m_createDeal);
    form->addRow(tr("Deal &title:"), m_title);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Pipeline:"), m_pipeline);
    form->addRow(tr("&Stage:"), m_stage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_createDeal, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget *widget : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_amount),
                                static_cast<QWidget *>(m_pipeline), static_cast<QWidget *>(m_stage)})
            widget->setEnabled(on);
    });
    connect(m_company, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString name = text.trimmed();
        m_companyNote->setText(name.isEmpty()               ? tr("The contact keeps its company (if any).")
                               : companyIdFor(name).isEmpty() ? tr("A new company “%1” will be created.").arg(name)
                                                              : tr("The contact joins “%1”.").arg(name));
    });
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &LeadConversionDialog::loadStages);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadContact();
    loadPipelines();
}

void LeadConversionDialog::loadContact()
{
    const QStringList row = RecordLookup::row(
        m_session.database(),
        "SELECT c.family_name, c.given_name, co.name FROM contacts c "
        "LEFT JOIN companies co ON co.id = c.company_id AND co.deleted_at IS NULL WHERE c.id = ?1",
        m_contactId);
    if (!row.isEmpty())
        m_contactName = Model::displayName(row.value(0), row.value(1));
    const QString companyName = row.value(2);
    setWindowTitle(tr("Convert %1 to a customer").arg(m_contactName));
    m_heading->setText(tr("%1 becomes a customer; the timeline, tags and owner stay as they are.").arg(m_contactName));
    m_company->setText(companyName);
    QStringList names;
    if (auto all = m_session.database().prepare(
            QStringLiteral("SELECT name FROM companies WHERE deleted_at IS NULL ORDER BY name LIMIT 5000"));
        all.ok())
        (void)all->forEachRow([&] { names << all->columnText(0); });
    auto *completer = new QCompleter(names, m_company);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_company->setCompleter(completer);
    m_title->setPlaceholderText(companyName.isEmpty() ? m_contactName : companyName);
}

void LeadConversionDialog::loadPipelines()
{
    Sales::PipelineService pipelines(m_session.store());
    auto list = pipelines.pipelines();
    if (!list.ok())
        return;
    const QSignalBlocker block(m_pipeline);
    for (const Sales::Pipeline &pipeline : *list)
        m_pipeline->addItem(pipeline.name, pipeline.id);
    m_pipeline->setCurrentIndex(0);
    loadStages();
}

void LeadConversionDialog::loadStages()
{
    m_stage->clear();
    auto stages = Sales::PipelineService(m_session.store()).stages(m_pipeline->currentData().toString());
    if (!stages.ok())
        return;
    for (const Sales::PipelineStage &stage : *stages)
        m_stage->addItem(stage.name, stage.id);
}

QString LeadConversionDialog::companyIdFor(const QString &name) const
{
    return RecordLookup::companyIdByName(m_session.database(), name);
}

bool LeadConversionDialog::apply()
{
    Sales::LeadConversionRequest request;
    request.contactId = m_contactId;
    const QString company = m_company->text().trimmed();
    if (!company.isEmpty()) {
        request.companyId = companyIdFor(company);
        if (request.companyId.isEmpty())
            request.newCompanyName = company;
    }
    request.createDeal = m_createDeal->isChecked();
    if (request.createDeal) {
        request.deal.title = m_title->text().trimmed();
        request.deal.pipelineId = m_pipeline->currentData().toString();
        request.deal.stageId = m_stage->currentData().toString();
        const QString amount = m_amount->text().trimmed();
        if (!amount.isEmpty()) {
            bool ok = false;
            double value = QLocale().toDouble(amount, &ok);
            if (!ok)
                value = QLocale::c().toDouble(amount, &ok);
            if (!ok || value < 0) {
                m_problem->setText(tr("Amount: “%1” is not an amount").arg(amount));
                m_problem->show();
                return false;
            }
            request.deal.amount = value;
        }
    }
    auto converter = std::make_shared<Sales::LeadConverter>(m_session.store());
    auto done = performRecorded<Sales::LeadConversion>(
        m_session, tr("Convert %1 to a customer").arg(m_contactName), QStringLiteral("contact"), m_contactId,
        [converter, request] { return converter->convert(request); },
        [converter](const Sales::LeadConversion &conversion) { return converter->redo(conversion); },
        [converter](const Sales::LeadConversion &conversion) { return converter->undo(conversion); });
    if (!done.ok()) {
        m_problem->setText(done.error().message);
        m_problem->show();
        return false;
    }
    m_createdDealId = done->createdDealId;
    return true;
}

bool LeadConversionDialog::convert(EditSession &session, const QString &contactId, QWidget *parent)
{
    LeadConversionDialog dialog(session, contactId, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Kizuna::Ui
