// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactpage.h"

#include "core/model/entities.h"
#include "core/model/personname.h"
#include "ui/common/editsession.h"
#include "ui/common/recordhistoryview.h"
#include "ui/contacts/contactform.h"
#include "ui/timeline/timelineview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kizuna::Ui {

ContactPage::ContactPage(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new ContactForm(session.database(), this))
    , m_timeline(new TimelineView(session, this))
    , m_history(new RecordHistoryView(session.database(), this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_delete(new QPushButton(tr("Move to &Trash"), this))
{
    setObjectName(QStringLiteral("contactPage"));
    m_title->setObjectName(QStringLiteral("contactTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("contactSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setObjectName(QStringLiteral("contactSave"));
    m_save->setToolTip(tr("Save the changes (Ctrl+S); Edit ▸ Undo takes them back"));
    m_revert->setObjectName(QStringLiteral("contactRevert"));
    m_delete->setObjectName(QStringLiteral("contactDelete"));
    m_problems->setObjectName(QStringLiteral("contactProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(formScroll, 1);
    detailsLayout->addWidget(m_problems);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    detailsLayout->addLayout(buttons);

    m_tabs->addTab(details, tr("&Details"));
    m_tabs->addTab(m_timeline, tr("T&imeline"));
    m_tabs->addTab(m_history, tr("&History"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ContactPage::save);
    connect(m_save, &QPushButton::clicked, this, &ContactPage::save);
    connect(m_revert, &QPushButton::clicked, this, &ContactPage::revert);
    connect(m_delete, &QPushButton::clicked, this, &ContactPage::moveToTrash);
    connect(m_form, &ContactForm::edited, this, &ContactPage::updateButtons);
    connect(m_timeline, &TimelineView::errorOccurred, this, &ContactPage::errorOccurred);
    connect(m_history, &RecordHistoryView::errorOccurred, this, &ContactPage::errorOccurred);
    connect(&m_session, &EditSession::recordChanged, this, &ContactPage::recordChanged);
    startNewContact();
}

bool ContactPage::showContact(const QString &id)
{
    auto record = m_session.store().get(Model::entity(u"contact"), id);
    if (!record.ok()) {
        Q_EMIT errorOccurred(record.error().message);
        return false;
    }
    m_id = id;
    m_form->load(*record);
    m_timeline->setScope({Model::TimelineScope::Kind::Contact, id});
    m_history->setRecord(QStringLiteral("contact"), id);
    m_tabs->setTabEnabled(TimelineTab, true);
    m_tabs->setTabEnabled(HistoryTab, true);
    updateHeader();
    updateButtons();
    return true;
}

void ContactPage::startNewContact()
{
    m_id.clear();
    m_form->load({});
    m_timeline->setScope({Model::TimelineScope::Kind::Contact, QString()});
    m_history->setRecord(QStringLiteral("contact"), QString());
    m_tabs->setCurrentIndex(DetailsTab);
    m_tabs->setTabEnabled(TimelineTab, false);
    m_tabs->setTabEnabled(HistoryTab, false);
    updateHeader();
    updateButtons();
}

bool ContactPage::save()
{
    if (!m_form->problems().isEmpty()) {
        updateButtons();
        return false;
    }
    if (m_id.isEmpty()) {
        Model::FieldValues values;
        const Model::FieldValues all = m_form->values();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.value().isValid() && !it.value().isNull() && !it.value().toString().isEmpty())
                values.insert(it.key(), it.value());
        }
        auto created = m_session.create(QStringLiteral("contact"), values, tr("Create contact"));
        if (!created.ok()) {
            Q_EMIT errorOccurred(created.error().message);
            return false;
        }
        showContact(*created);
        Q_EMIT statusMessage(tr("Contact created"));
        return true;
    }
    const Model::FieldValues changes = m_form->changes();
    if (changes.isEmpty())
        return false;
    QStringList fields;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        fields << it.key();
    const QString description = changes.size() == 1 ? tr("Edit %1 of %2").arg(fields.constFirst(), m_title->text())
                                                     : tr("Edit %1").arg(m_title->text());
    const Status status = m_session.update(QStringLiteral("contact"), m_id, changes, description);
    if (!status.ok()) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved"));
    return true;
}

void ContactPage::revert()
{
    if (m_id.isEmpty())
        startNewContact();
    else
        showContact(m_id);
}

bool ContactPage::moveToTrash()
{
    if (m_id.isEmpty())
        return false;
    const Status status = m_session.remove(QStringLiteral("contact"), m_id,
                                           tr("Move %1 to the Trash").arg(m_title->text()));
    if (!status.ok()) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("%1 moved to the Trash; Edit ▸ Undo brings it back").arg(m_title->text()));
    Q_EMIT closed();
    return true;
}

void ContactPage::recordChanged(const QString &entity, const QString &id)
{
    if (entity != u"contact" || id != m_id || m_id.isEmpty())
        return;
    auto record = m_session.store().get(Model::entity(u"contact"), id);
    if (!record.ok())
        return;
    if (record->isDeleted()) {
        if (isVisible()) // deleted (or its creation undone) while the user looks at it
            Q_EMIT closed();
        return;
    }
    m_form->load(*record); // an undo or redo: show what is stored now
    m_history->reload();
    updateHeader();
    updateButtons();
}

void ContactPage::updateHeader()
{
    const Model::FieldValues values = m_form->values();
    const QString family = values.value(QStringLiteral("family_name")).toString();
    const QString given = values.value(QStringLiteral("given_name")).toString();
    const QString name = Model::displayName(family, given);
    m_title->setText(m_id.isEmpty() ? tr("New contact") : name);
    const QString reading = Model::displayName(values.value(QStringLiteral("family_name_reading")).toString(),
                                               values.value(QStringLiteral("given_name_reading")).toString());
    m_subtitle->setText(reading);
    m_subtitle->setVisible(!reading.isEmpty());
}

void ContactPage::updateButtons()
{
    const QStringList problems = m_form->problems();
    const bool modified = m_id.isEmpty() || m_form->isModified();
    m_save->setEnabled(problems.isEmpty() && modified);
    m_revert->setEnabled(!m_id.isEmpty() && m_form->isModified());
    m_delete->setEnabled(!m_id.isEmpty());
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace Kizuna::Ui
