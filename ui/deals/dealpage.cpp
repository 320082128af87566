// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/dealpage.h"

#include "core/model/entities.h"
#include "core/model/fieldvalue.h"
#include "core/model/personname.h"
#include "core/sales/dealservice.h"
#include "core/sales/pipelineservice.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "ui/common/editsession.h"
#include "ui/common/recordform.h"
#include "ui/common/recordhistoryview.h"
#include "ui/deals/deallineseditor.h"
#include "ui/deals/lostreasondialog.h"
#include "ui/deals/undoablestep.h"
#include "ui/timeline/timelineview.h"
#include "ui/common/recordlookup.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Kizuna::Ui {

namespace {

const QString DealEntity = QStringLiteral("deal");

QString money(double value, const QString &currency)
{
    const QString symbol = currency.isEmpty() || currency == u"JPY" ? QStringLiteral("¥") : currency + u' ';
    return QLocale().toCurrencyString(value, symbol, currency.isEmpty() || currency == u"JPY" ? 0 : 2);
}

// Sets the label RecordForm gave a field's row (its labels are those of contacts).
void relabel(RecordForm *form, QWidget *field, const QString &text)
{
    auto *layout = qobject_cast<QFormLayout *>(form->layout());
    if (!layout || !field)
        return;
    if (auto *label = qobject_cast<QLabel *>(layout->labelForField(field)))
        label->setText(text);
}

} // namespace

DealPage::DealPage(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_lines(new DealLinesEditor(session, this))
    , m_timeline(new TimelineView(session, this))
    , m_history(new RecordHistoryView(session.database(), this))
{
    setObjectName(QStringLiteral("dealPage"));
    QWidget *header = buildHeader();
    m_tabs->addTab(buildDetails(), tr("&Details"));
    m_tabs->addTab(m_lines, tr("L&ines"));
    m_tabs->addTab(m_timeline, tr("Ti&meline"));
    m_tabs->addTab(m_history, tr("&History"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);

    connect(m_lines, &DealLinesEditor::errorOccurred, this, &DealPage::errorOccurred);
    connect(m_lines, &DealLinesEditor::statusMessage, this, &DealPage::statusMessage);
    connect(m_timeline, &TimelineView::errorOccurred, this, &DealPage::errorOccurred);
    connect(m_history, &RecordHistoryView::errorOccurred, this, &DealPage::errorOccurred);
    connect(&m_session, &EditSession::recordChanged, this, &DealPage::onRecordChanged);

    m_wonAction = addDealAction(tr("Mark &Won"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), m_won,
                                &DealPage::markWon);
    m_lostAction = addDealAction(tr("Mark &Lost…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), m_lost,
                                 &DealPage::markLost);
    m_reopenAction = addDealAction(tr("&Reopen"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), m_reopen,
                                   &DealPage::reopen);
    m_saveAction = addDealAction(tr("&Save Changes"), QKeySequence::Save, m_save, &DealPage::save);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    updateButtons();
}

QAction *DealPage::addDealAction(const QString &text, const QKeySequence &key, QPushButton *button,
                                 bool (DealPage::*run)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, run] { (this->*run)(); });
    addAction(action);
    button->setToolTip(tr("%1 (%2)").arg(QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
    return action;
}

QList<QAction *> DealPage::dealActions() const
{
    return {m_wonAction, m_lostAction, m_reopenAction, m_saveAction};
}

QWidget *DealPage::buildHeader()
{
    auto *header = new QWidget(this);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("dealTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("dealStatus"));
    m_contact = new QLabel(header);
    m_contact->setObjectName(QStringLiteral("dealContact"));
    m_contact->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_company = new QLabel(header);
    m_company->setObjectName(QStringLiteral("dealCompany"));
    m_company->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_contact, &QLabel::linkActivated, this, &DealPage::contactActivated);
    connect(m_company, &QLabel::linkActivated, this, &DealPage::companyActivated);

    m_stage = new QComboBox(header);
    m_stage->setObjectName(QStringLiteral("dealStage"));
    auto *stageLabel = new QLabel(tr("&Stage:"), header);
    stageLabel->setBuddy(m_stage);
    connect(m_stage, &QComboBox::activated, this,
            [this](int index) { moveToStage(m_stage->itemData(index).toString()); });
    m_won = new QPushButton(tr("Mark &won"), header);
    m_won->setObjectName(QStringLiteral("markWon"));
    m_lost = new QPushButton(tr("Mark &lost…"), header);
    m_lost->setObjectName(QStringLiteral("markLost"));
    m_reopen = new QPushButton(tr("Re&open"), header);
    m_reopen->setObjectName(QStringLiteral("reopenDeal"));
    connect(m_won, &QPushButton::clicked, this, &DealPage::markWon);
    connect(m_lost, &QPushButton::clicked, this, &DealPage::markLost);
    connect(m_reopen, &QPushButton::clicked, this, &DealPage::reopen);

    auto *people = new QHBoxLayout;
    people->addWidget(m_contact);
    people->addSpacing(16);
    people->addWidget(m_company);
    people->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(stageLabel);
    actions->addWidget(m_stage);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_won);
    actions->addWidget(m_lost);
    actions->addWidget(m_reopen);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(people);
    layout->addLayout(actions);
    return header;
}

void DealPage::buildForm()
{
    m_form = new RecordForm(m_session.database(), DealEntity, this);
    relabel(m_form, m_form->addLine(QStringLiteral("title")), tr("Title"));
    m_form->addCompanyField();
    relabel(m_form, m_form->addLine(QStringLiteral("amount"), tr("e.g. 1200000")), tr("Amount"));
    relabel(m_form, m_form->addLine(QStringLiteral("currency"), QStringLiteral("JPY")), tr("Currency"));
    relabel(m_form, m_form->addLine(QStringLiteral("expected_close_date"), tr("YYYY-MM-DD")),
            tr("Expected close"));
    m_form->addOwnerField();
    m_form->addNotes();
    m_probability = new QSpinBox(m_form);
    m_probability->setObjectName(QStringLiteral("field_probability"));
    m_probability->setRange(-1, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    if (auto *layout = qobject_cast<QFormLayout *>(m_form->layout()))
        layout->insertRow(4, tr("Probability"), m_probability);
    connect(m_probability, &QSpinBox::valueChanged, this, &DealPage::updateButtons);
    connect(m_form, &RecordForm::edited, this, &DealPage::updateButtons);
}

QWidget *DealPage::buildDetails()
{
    buildForm();
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("dealProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_save = new QPushButton(tr("Sa&ve"), this);
    m_save->setObjectName(QStringLiteral("dealSave"));
    m_revertButton = new QPushButton(tr("&Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("dealRevert"));
    connect(m_save, &QPushButton::clicked, this, &DealPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &DealPage::revert);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    return details;
}

bool DealPage::showDeal(const QString &dealId)
{
    auto deal = Sales::DealService(m_session.store()).deal(dealId);
    if (!deal.ok()) {
        Q_EMIT errorOccurred(deal.error().message);
        return false;
    }
    m_deal = *deal;
    if (!reload())
        return false;
    m_timeline->setScope({Model::TimelineScope::Kind::Deal, dealId});
    m_history->setRecord(DealEntity, dealId);
    return true;
}

bool DealPage::reload()
{
    auto record = m_session.store().get(Model::entity(DealEntity), m_deal.id);
    auto deal = Sales::DealService(m_session.store()).deal(m_deal.id);
    if (!record.ok() || !deal.ok()) {
        Q_EMIT errorOccurred(record.ok() ? deal.error().message : record.error().message);
        return false;
    }
    m_deal = *deal;
    loadStages();
    m_form->load(*record);
    {
        const QSignalBlocker block(m_probability);
        m_probability->setSpecialValueText(
            tr("stage default (%1 %)").arg(std::lround(m_stageProbability * 100.0)));
        m_probability->setValue(m_deal.probability ? static_cast<int>(std::lround(*m_deal.probability * 100.0)) : -1);
    }
    m_lines->setDeal(m_deal.id, m_deal.status == Sales::DealStatus::Open);
    if (QLineEdit *amount = m_form->lineEdit(QStringLiteral("amount"))) {
        const bool fromLines = !m_lines->lines().isEmpty();
        amount->setReadOnly(fromLines);
        amount->setToolTip(fromLines ? tr("The total of the line items (edit them on the Lines tab)") : QString());
    }
    updateHeader();
    updateButtons();
    m_history->reload();
    return true;
}

void DealPage::loadStages()
{
    const QSignalBlocker block(m_stage);
    m_stage->clear();
    m_stageProbability = 0.0;
    auto stages = Sales::PipelineService(m_session.store()).stages(m_deal.pipelineId);
    if (!stages.ok()) {
        Q_EMIT errorOccurred(stages.error().message);
        return;
    }
    for (const Sales::PipelineStage &stage : *stages) {
        m_stage->addItem(stage.name, stage.id);
        if (stage.id == m_deal.stageId)
            m_stageProbability = stage.probability;
    }
    m_stage->setCurrentIndex(m_stage->findData(m_deal.stageId));
}

void DealPage::updateHeader()
{
    m_title->setText(m_deal.title);
    const QString contactName = nameOfContact(m_deal.contactId);
    m_contact->setText(contactName.isEmpty()
                           ? tr("No contact")
                           : tr("Contact: %1").arg(u"<a href=\"" + m_deal.contactId + u"\">"
                                                   + contactName.toHtmlEscaped() + u"</a>"));
    const QString companyName = nameOfCompany(m_deal.companyId);
    m_company->setText(companyName.isEmpty()
                           ? tr("No company")
                           : tr("Company: %1").arg(u"<a href=\"" + m_deal.companyId + u"\">"
                                                   + companyName.toHtmlEscaped() + u"</a>"));
    const QString amount = money(m_deal.amount, m_deal.currency);
    const QString closed = QLocale().toString(m_deal.closedAt.toLocalTime().date(), QLocale::ShortFormat);
    switch (m_deal.status) {
    case Sales::DealStatus::Open:
        m_status->setText(tr("Open · %1").arg(amount));
        break;
    case Sales::DealStatus::Won:
        m_status->setText(tr("Won on %1 · %2").arg(closed, amount));
        break;
    case Sales::DealStatus::Lost: {
        const QString reason = nameOfLostReason(m_deal.lostReasonId);
        m_status->setText(reason.isEmpty() ? tr("Lost on %1").arg(closed)
                                           : tr("Lost on %1: %2").arg(closed, reason));
        break;
    }
    }
}

QStringList DealPage::problems() const
{
    QStringList list = m_form->problems();
    const Model::EntityDef &def = Model::entity(DealEntity);
    const QList<QPair<QString, QString>> checked = {{QStringLiteral("amount"), tr("Amount")},
                                                    {QStringLiteral("expected_close_date"), tr("Expected close")}};
    for (const auto &[field, label] : checked) {
        const QLineEdit *edit = m_form->lineEdit(field);
        if (!edit || edit->text().trimmed().isEmpty())
            continue;
        auto stored = Model::toStoredValue(def, *def.field(field), edit->text());
        if (!stored.ok())
            list << label + u": " + tr("“%1” is not valid").arg(edit->text().trimmed());
        else if (field == u"amount" && stored->toDouble() < 0)
            list << label + u": " + tr("must not be negative");
    }
    if (m_form->lineEdit(QStringLiteral("title"))->text().trimmed().isEmpty())
        list << tr("Title: enter a title");
    return list;
}

void DealPage::updateButtons()
{
    const bool loaded = !m_deal.id.isEmpty();
    const bool open = loaded && m_deal.status == Sales::DealStatus::Open;
    m_won->setEnabled(open);
    m_lost->setEnabled(open);
    m_reopen->setEnabled(loaded && !open);
    if (m_wonAction) {
        m_wonAction->setEnabled(open);
        m_lostAction->setEnabled(open);
        m_reopenAction->setEnabled(loaded && !open);
    }
    m_stage->setEnabled(open);
    const QStringList list = loaded ? problems() : QStringList();
    const int storedProbability = m_deal.probability ? static_cast<int>(std::lround(*m_deal.probability * 100.0)) : -1;
    const bool modified = loaded && (m_form->isModified() || m_probability->value() != storedProbability);
    m_save->setEnabled(modified && list.isEmpty());
    if (m_saveAction)
        m_saveAction->setEnabled(m_save->isEnabled());
    m_revertButton->setEnabled(modified);
    m_problems->setText(list.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
}

bool DealPage::save()
{
    if (m_deal.id.isEmpty() || !problems().isEmpty())
        return false;
    Model::FieldValues changes = m_form->changes();
    if (!m_lines->lines().isEmpty())
        changes.remove(QStringLiteral("amount")); // follows the lines
    const int storedProbability = m_deal.probability ? static_cast<int>(std::lround(*m_deal.probability * 100.0)) : -1;
    if (m_probability->value() != storedProbability)
        changes.insert(QStringLiteral("probability"),
                       m_probability->value() < 0 ? QVariant() : QVariant(m_probability->value() / 100.0));
    if (changes.isEmpty())
        return false;
    const Status status = m_session.update(DealEntity, m_deal.id, changes, tr("Edit deal “%1”").arg(m_deal.title));
    if (!status.ok()) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved"));
    return true;
}

void DealPage::revert()
{
    if (!m_deal.id.isEmpty())
        reload();
}

bool DealPage::markWon()
{
    if (m_deal.id.isEmpty())
        return false;
    auto service = std::make_shared<Sales::DealService>(m_session.store());
    auto done = performRecorded<Sales::StatusChange>(
        m_session, tr("Mark “%1” as won").arg(m_deal.title), DealEntity, m_deal.id,
        [service, id = m_deal.id] { return service->markWon(id); },
        [service](const Sales::StatusChange &change) { return service->redoStatusChange(change); },
        [service](const Sales::StatusChange &change) { return service->undoStatusChange(change); });
    if (!done.ok()) {
        Q_EMIT errorOccurred(done.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("“%1” won; Edit ▸ Undo takes it back").arg(m_deal.title));
    return true;
}

bool DealPage::markLost()
{
    if (m_deal.id.isEmpty())
        return false;
    QString reasonId;
    if (!LostReasonDialog::choose(m_session, m_deal.title, this, &reasonId))
        return false;
    return markLostWithReason(reasonId);
}

bool DealPage::markLostWithReason(const QString &lostReasonId)
{
    if (m_deal.id.isEmpty())
        return false;
    auto service = std::make_shared<Sales::DealService>(m_session.store());
    auto done = performRecorded<Sales::StatusChange>(
        m_session, tr("Mark “%1” as lost").arg(m_deal.title), DealEntity, m_deal.id,
        [service, id = m_deal.id, lostReasonId] { return service->markLost(id, lostReasonId); },
        [service](const Sales::StatusChange &change) { return service->redoStatusChange(change); },
        [service](const Sales::StatusChange &change) { return service->undoStatusChange(change); });
    if (!done.ok()) {
        Q_EMIT errorOccurred(done.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("“%1” lost; Edit ▸ Undo takes it back").arg(m_deal.title));
    return true;
}

bool DealPage::reopen()
{
    if (m_deal.id.isEmpty())
        return false;
    auto service = std::make_shared<Sales::DealService>(m_session.store());
    auto done = performRecorded<Sales::StatusChange>(
        m_session, tr("Reopen “%1”").arg(m_deal.title), DealEntity, m_deal.id,
        [service, id = m_deal.id] { return service->reopen(id); },
        [service](const Sales::StatusChange &change) { return service->redoStatusChange(change); },
        [service](const Sales::StatusChange &change) { return service->undoStatusChange(change); });
    if (!done.ok()) {
        Q_EMIT errorOccurred(done.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("“%1” reopened").arg(m_deal.title));
    return true;
}

bool DealPage::moveToStage(const QString &stageId)
{
    if (m_deal.id.isEmpty() || stageId.isEmpty() || stageId == m_deal.stageId)
        return false;
    auto service = std::make_shared<Sales::DealService>(m_session.store());
    const QString stageName = m_stage->itemText(m_stage->findData(stageId));
    auto done = performRecorded<Sales::StageMove>(
        m_session, tr("Move “%1” to %2").arg(m_deal.title, stageName), DealEntity, m_deal.id,
        [service, id = m_deal.id, stageId] { return service->moveToStage(id, stageId); },
        [service](const Sales::StageMove &move) { return service->redoMove(move); },
        [service](const Sales::StageMove &move) { return service->undoMove(move); });
    if (!done.ok()) {
        Q_EMIT errorOccurred(done.error().message);
        loadStages(); // back to the stage it is in
        return false;
    }
    return true;
}

void DealPage::onRecordChanged(const QString &entity, const QString &id)
{
    if (m_deal.id.isEmpty())
        return;
    if (entity == DealEntity && id == m_deal.id) {
        auto deal = Sales::DealService(m_session.store()).deal(m_deal.id);
        if (!deal.ok() || deal->deleted) {
            if (isVisible())
                Q_EMIT closed();
            return;
        }
        reload();
    } else if (entity == u"contact" || entity == u"company" || entity == u"lost_reason") {
        updateHeader();
    }
}

QString DealPage::nameOfContact(const QString &contactId) const
{
    if (contactId.isEmpty())
        return {};
    const QStringList name
        = RecordLookup::row(m_session.database(), "SELECT family_name, given_name FROM contacts WHERE id = ?1", contactId);
    return name.isEmpty() ? QString() : Model::displayName(name.value(0), name.value(1));
}

QString DealPage::nameOfCompany(const QString &companyId) const
{
    if (companyId.isEmpty())
        return {};
    return RecordLookup::text(m_session.database(), "SELECT name FROM companies WHERE id = ?1", companyId);
}

QString DealPage::nameOfLostReason(const QString &reasonId) const
{
    if (reasonId.isEmpty())
        return {};
    return RecordLookup::text(m_session.database(), "SELECT name FROM lost_reasons WHERE id = ?1", reasonId);
}

} // namespace Kizuna::Ui
