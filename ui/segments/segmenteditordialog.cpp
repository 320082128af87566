// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segmenteditordialog.h"

#include "core/segments/segmentrepository.h"
#include "core/storage/database.h"
#include "ui/common/editsession.h"
#include "ui/common/errorreport.h"
#include "ui/segments/segmentcounter.h"
#include "ui/segments/segmentruleeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace Kizuna::Ui {

namespace {

constexpr int IdRole = Qt::UserRole;

bool askWithMessageBox(QWidget *parent, const QString &title, const QString &question)
{
    if (!guiErrorsEnabled())
        return true; // nobody could answer (offscreen, headless): as the Trash does
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
        == QMessageBox::Yes;
}

} // namespace

SegmentEditorDialog::SegmentEditorDialog(EditSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_counter(new SegmentCounter(session.database().path(), this))
    , m_countDelay(new QTimer(this))
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("New"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_name(new QLineEdit(this))
    , m_rule(new SegmentRuleEditor(session.database(), this))
    , m_countLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_confirm(&askWithMessageBox)
{
    setObjectName(QStringLiteral("segmentEditor"));
    setWindowTitle(tr("Segments"));
    resize(920, 520);
    m_list->setObjectName(QStringLiteral("segmentList"));
    m_new->setObjectName(QStringLiteral("newSegment"));
    m_delete->setObjectName(QStringLiteral("deleteSegment"));
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_countLabel->setObjectName(QStringLiteral("segmentCount"));
    m_message->setObjectName(QStringLiteral("segmentMessage"));
    m_save->setObjectName(QStringLiteral("saveSegment"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    left->addLayout(listButtons);
    m_list->setMaximumWidth(260);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name->setPlaceholderText(tr("e.g. Tokyo customers"));
    form->addRow(tr("&Name:"), m_name);
    right->addLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_rule);
    right->addWidget(scroll, 1);
    QFont countFont = m_countLabel->font();
    countFont.setBold(true);
    m_countLabel->setFont(countFont);
    right->addWidget(m_countLabel);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_message);
    auto *saveLine = new QHBoxLayout;
    saveLine->addStretch();
    saveLine->addWidget(m_save);
    right->addLayout(saveLine);

    auto *panes = new QHBoxLayout;
    panes->addLayout(left);
    panes->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(panes, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    m_countDelay->setSingleShot(true);
    m_countDelay->setInterval(250); // count once the typing pauses
    connect(m_countDelay, &QTimer::timeout, this, &SegmentEditorDialog::startCount);
    connect(m_counter, &SegmentCounter::counted, this, &SegmentEditorDialog::showCount);
    connect(m_counter, &SegmentCounter::failed, this, [this](const QString &message) {
        m_countLabel->setText(tr("The contacts cannot be counted."));
        showError(message);
        Q_EMIT countUpdated();
    });
    connect(m_rule, &SegmentRuleEditor::changed, this, &SegmentEditorDialog::edited);
    connect(m_name, &QLineEdit::textEdited, this, &SegmentEditorDialog::edited);
    connect(m_list, &QListWidget::currentItemChanged, this, &SegmentEditorDialog::listSelectionChanged);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (confirmDiscard())
            startNew();
    });
    connect(m_delete, &QPushButton::clicked, this, &SegmentEditorDialog::deleteSegment);
    connect(m_save, &QPushButton::clicked, this, &SegmentEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &SegmentEditorDialog::reject);

    reloadList({});
    startNew();
}

SegmentEditorDialog::~SegmentEditorDialog() = default;

void SegmentEditorDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto segments = Segments::SegmentRepository::list(m_session.database());
    if (!segments.ok()) {
        showError(segments.error().message);
        return;
    }
    for (const Segments::Segment &segment : std::as_const(*segments)) {
        auto *item = new QListWidgetItem(segment.name, m_list);
        item->setData(IdRole, segment.id);
        if (segment.id == selectId)
            m_list->setCurrentItem(item);
    }
}

bool SegmentEditorDialog::confirmDiscard()
{
    if (!m_modified)
        return true;
    return m_confirm(this, tr("Discard Changes"),
                     tr("The changes to \"%1\" are not saved. Discard them?")
                         .arg(m_name->text().trimmed().isEmpty() ? tr("the new segment") : m_name->text().trimmed()));
}

void SegmentEditorDialog::listSelectionChanged()
{
    QListWidgetItem *item = m_list->currentItem();
    const QString id = item ? item->data(IdRole).toString() : QString();
    if (id == m_id)
        return;
    if (!confirmDiscard()) {
        reloadList(m_id); // back to the segment being edited
        return;
    }
    showSegment(id);
}

void SegmentEditorDialog::startNew()
{
    m_loading = true;
    m_id.clear();
    m_storedRule = {};
    m_name->clear();
    m_rule->clear();
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    m_loading = false;
    m_modified = false;
    m_message->clear();
    updateButtons();
    startCount();
}

bool SegmentEditorDialog::showSegment(const QString &id)
{
    if (id.isEmpty()) {
        startNew();
        return true;
    }
    auto segment = Segments::SegmentRepository::find(m_session.database(), id);
    if (!segment.ok()) {
        showError(segment.error().message);
        return false;
    }
    auto rule = segment->rule();
    m_loading = true;
    m_id = segment->id;
    m_name->setText(segment->name);
    m_storedRule = rule.ok() ? *rule : Segments::SegmentRule();
    m_rule->setRule(m_storedRule);
    reloadList(m_id);
    m_loading = false;
    m_modified = false;
    m_message->clear();
    if (!rule.ok())
        showError(rule.error().message);
    updateButtons();
    startCount();
    return true;
}

Result<Segments::SegmentRule> SegmentEditorDialog::currentRule() const
{
    if (!m_rule->isEditable())
        return m_storedRule;
    return m_rule->rule();
}

void SegmentEditorDialog::edited()
{
    if (m_loading)
        return;
    m_modified = true;
    m_message->clear();
    updateButtons();
    // The number on screen is the old rule's: say so until the new one is counted.
    m_count.reset();
    m_counter->cancel();
    m_countLabel->setText(tr("Counting…"));
    m_countDelay->start();
}

void SegmentEditorDialog::startCount()
{
    m_countDelay->stop();
    m_count.reset();
    auto rule = currentRule();
    if (!rule.ok()) {
        m_counter->cancel();
        m_countLabel->setText(tr("Complete the conditions to see how many contacts match."));
        showError(rule.error().message);
        Q_EMIT countUpdated();
        return;
    }
    m_countLabel->setText(tr("Counting…"));
    m_counter->count(*rule);
}

void SegmentEditorDialog::showCount(qint64 members)
{
    m_count = members;
    m_countLabel->setText(tr("%n contact(s) match", nullptr, static_cast<int>(members)));
    if (m_message->property("error").toBool())
        m_message->clear();
    Q_EMIT countUpdated();
}

void SegmentEditorDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setProperty("error", true);
    m_message->setText(message);
}

void SegmentEditorDialog::updateButtons()
{
    m_delete->setEnabled(!m_id.isEmpty());
    m_save->setEnabled(m_modified || m_id.isEmpty());
}

bool SegmentEditorDialog::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Give the segment a name."));
        m_name->setFocus(Qt::OtherFocusReason);
        return false;
    }
    auto rule = currentRule();
    if (!rule.ok()) {
        showError(rule.error().message);
        return false;
    }
    Segments::SegmentRepository repository(m_session.store());
    QString id = m_id;
    if (id.isEmpty()) {
        auto created = repository.create(name, *rule);
        if (!created.ok()) {
            showError(created.error().message);
            return false;
        }
        id = *created;
    } else if (const Status updated = repository.update(id, name, *rule); !updated.ok()) {
        showError(updated.error().message);
        return false;
    }
    m_id = id;
    m_storedRule = *rule;
    m_modified = false;
    reloadList(m_id);
    updateButtons();
    m_message->setStyleSheet(QString());
    m_message->setProperty("error", false);
    m_message->setText(tr("Saved \"%1\".").arg(name));
    Q_EMIT segmentsChanged(m_id);
    return true;
}

bool SegmentEditorDialog::deleteSegment()
{
    if (m_id.isEmpty())
        return false;
    const QString name = m_name->text().trimmed();
    if (!m_confirm(this, tr("Delete Segment"),
                   tr("Move the segment \"%1\" to the Trash? Its contacts stay; lists and the "
                      "dashboard filtered by it show all contacts again.")
                       .arg(name)))
        return false;
    const QString id = m_id;
    if (const Status removed = Segments::SegmentRepository(m_session.store()).remove(id); !removed.ok()) {
        showError(removed.error().message);
        return false;
    }
    reloadList({});
    startNew();
    m_message->setText(tr("\"%1\" is in the Trash.").arg(name));
    Q_EMIT segmentsChanged(id);
    return true;
}

void SegmentEditorDialog::reject()
{
    if (!confirmDiscard())
        return;
    m_counter->cancel();
    QDialog::reject();
}

} // namespace Kizuna::Ui
