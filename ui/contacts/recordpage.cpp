// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/recordpage.h"

#include "core/model/entities.h"
#include "core/model/tagassignments.h"
#include "ui/common/choicelabels.h"
#include "ui/common/editsession.h"
#include "ui/common/recordhistoryview.h"
#include "ui/common/recordform.h"
#include "ui/recordextras/recordsection.h"
#include "ui/timeline/timelineview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Kizuna::Ui {

namespace {

// Ends an undo group; a group left empty (its first write failed) is stepped back over, so it
// never shows as an undo step.
void endGroup(EditSession &session)
{
    session.endGroup();
    QUndoStack *stack = session.undoStack();
    if (const QUndoCommand *group = stack->command(stack->index() - 1); group && group->childCount() == 0)
        stack->undo();
}

} // namespace

RecordPage::RecordPage(EditSession &session, const QString &entity, RecordForm *form,
                       Model::TimelineScope::Kind timelineKind, Heading heading, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_entity(entity)
    , m_timelineKind(timelineKind)
    , m_heading(std::move(heading))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_form(form)
    , m_timeline(new TimelineView(session, this))
    , m_history(new RecordHistoryView(session.database(), this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_delete(new QPushButton(tr("Move to &Trash"), this))
{
    setObjectName(entity + u"Page");
    m_form->setParent(this);
    m_title->setObjectName(entity + u"Title");
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(entity + u"Subtitle");
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setObjectName(entity + u"Save");
    m_save->setToolTip(tr("Save the changes (Ctrl+S); Edit ▸ Undo takes them back"));
    m_revert->setObjectName(entity + u"Revert");
    m_delete->setObjectName(entity + u"Delete");
    m_problems->setObjectName(entity + u"Problems");
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *formArea = new QWidget(this); // the form, then the sections (addSection)
    auto *formAreaLayout = new QVBoxLayout(formArea);
    formAreaLayout->setContentsMargins(0, 0, 0, 0);
    formAreaLayout->addWidget(m_form);
    m_sectionLayout = new QVBoxLayout;
    if (m_form->layout())
        m_sectionLayout->setContentsMargins(m_form->layout()->contentsMargins());
    formAreaLayout->addLayout(m_sectionLayout);
    formAreaLayout->addStretch();
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(formArea);
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
    connect(saveShortcut, &QShortcut::activated, this, &RecordPage::save);
    connect(m_save, &QPushButton::clicked, this, &RecordPage::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordPage::revert);
    connect(m_delete, &QPushButton::clicked, this, &RecordPage::moveToTrash);
    connect(m_form, &RecordForm::edited, this, &RecordPage::updateButtons);
    connect(m_timeline, &TimelineView::errorOccurred, this, &RecordPage::errorOccurred);
    connect(m_history, &RecordHistoryView::errorOccurred, this, &RecordPage::errorOccurred);
    connect(&m_session, &EditSession::recordChanged, this, &RecordPage::recordChanged);
    startNew();
}

bool RecordPage::showRecord(const QString &id)
{
    auto record = m_session.store().get(Model::entity(m_entity), id);
    if (!record.ok()) {
        Q_EMIT errorOccurred(record.error().message);
        return false;
    }
    m_id = id;
    m_form->load(*record);
    loadSections();
    m_timeline->setScope({m_timelineKind, id});
    m_history->setRecord(m_entity, id);
    for (int tab = TimelineTab; tab < m_tabs->count(); ++tab)
        m_tabs->setTabEnabled(tab, true);
    updateHeader();
    updateButtons();
    Q_EMIT recordShown(id);
    return true;
}

void RecordPage::startNew()
{
    m_id.clear();
    m_form->load({});
    loadSections();
    m_timeline->setScope({m_timelineKind, QString()});
    m_history->setRecord(m_entity, QString());
    m_tabs->setCurrentIndex(DetailsTab);
    m_tabs->setTabEnabled(TimelineTab, false);
    m_tabs->setTabEnabled(HistoryTab, false);
    for (int tab = HistoryTab + 1; tab < m_tabs->count(); ++tab)
        m_tabs->setTabEnabled(tab, false);
    updateHeader();
    updateButtons();
    Q_EMIT recordShown(QString());
}

void RecordPage::addSection(RecordSection *section)
{
    m_sectionLayout->addWidget(section);
    m_sections << section;
    connect(section, &RecordSection::edited, this, &RecordPage::updateButtons);
    connect(section, &RecordSection::errorOccurred, this, &RecordPage::errorOccurred);
    connect(section, &RecordSection::statusMessage, this, &RecordPage::statusMessage);
    section->load(m_id);
    updateButtons();
}

void RecordPage::loadSections()
{
    for (RecordSection *section : std::as_const(m_sections))
        section->load(m_id);
}

bool RecordPage::sectionsModified() const
{
    return std::any_of(m_sections.cbegin(), m_sections.cend(),
                       [](const RecordSection *section) { return section->isModified(); });
}

bool RecordPage::saveSections(const QString &id)
{
    for (RecordSection *section : std::as_const(m_sections)) {
        if (const Status status = section->save(id); !status.ok()) {
            Q_EMIT errorOccurred(status.error().message);
            return false;
        }
    }
    return true;
}

QStringList RecordPage::problems() const
{
    QStringList list = m_form->problems();
    for (const RecordSection *section : m_sections)
        list << section->problems();
    return list;
}

bool RecordPage::save()
{
    if (!problems().isEmpty()) {
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
        const QString description = tr("Create %1").arg(ChoiceLabels::entity(m_entity));
        const bool group = sectionsModified(); // the record and its sections: one undo step
        if (group)
            m_session.beginGroup(description);
        auto created = m_session.create(m_entity, values, description);
        const bool sectionsSaved = created.ok() && saveSections(*created);
        if (group)
            endGroup(m_session);
        if (!created.ok()) {
            Q_EMIT errorOccurred(created.error().message);
            return false;
        }
        showRecord(*created);
        if (!sectionsSaved)
            return false;
        Q_EMIT statusMessage(tr("%1 created").arg(ChoiceLabels::entity(m_entity)));
        return true;
    }
    const Model::FieldValues changes = m_form->changes();
    const bool sectionChanges = sectionsModified();
    if (changes.isEmpty() && !sectionChanges)
        return false;
    QStringList fields;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        fields << it.key();
    const QString description = changes.size() == 1 && !sectionChanges
                                    ? tr("Edit %1 of %2").arg(fields.constFirst(), m_title->text())
                                    : tr("Edit %1").arg(m_title->text());
    const bool group = !changes.isEmpty() && sectionChanges; // form and sections: one undo step
    if (group)
        m_session.beginGroup(description);
    const Status status = changes.isEmpty() ? Status() : m_session.update(m_entity, m_id, changes, description);
    const bool sectionsSaved = status.ok() && saveSections(m_id);
    if (group)
        endGroup(m_session);
    if (!status.ok()) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    if (!sectionsSaved)
        return false;
    Q_EMIT statusMessage(tr("Saved"));
    return true;
}

void RecordPage::revert()
{
    if (m_id.isEmpty())
        startNew();
    else
        showRecord(m_id);
}

bool RecordPage::moveToTrash()
{
    if (m_id.isEmpty())
        return false;
    const Status status = m_session.remove(m_entity, m_id,
                                           tr("Move %1 to the Trash").arg(m_title->text()));
    if (!status.ok()) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    Q_EMIT statusMessage(tr("%1 moved to the Trash; Edit ▸ Undo brings it back").arg(m_title->text()));
    Q_EMIT closed();
    return true;
}

void RecordPage::recordChanged(const QString &entity, const QString &id)
{
    if (id != m_id || m_id.isEmpty())
        return;
    // Its tags and custom field values are announced with the record's id (TagEdits, the custom
    // fields section): lines of its history.
    if (entity == Model::TagAssignments::linkEntity(m_entity) || entity == u"custom_field_value") {
        m_history->reload();
        return;
    }
    if (entity != m_entity)
        return;
    auto record = m_session.store().get(Model::entity(m_entity), id);
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

void RecordPage::updateHeader()
{
    const auto [title, subtitle] = m_heading(m_form->values());
    m_title->setText(m_id.isEmpty() ? tr("New %1").arg(ChoiceLabels::entity(m_entity).toLower()) : title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void RecordPage::updateButtons()
{
    const QStringList problems = this->problems();
    const bool changed = m_form->isModified() || sectionsModified();
    const bool modified = m_id.isEmpty() || changed;
    m_save->setEnabled(problems.isEmpty() && modified);
    m_revert->setEnabled(!m_id.isEmpty() && changed);
    m_delete->setEnabled(!m_id.isEmpty());
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace Kizuna::Ui
