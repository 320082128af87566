// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recordextras/tagbar.h"

#include "ui/common/editsession.h"
#include "ui/recordextras/flowlayout.h"
#include "ui/recordextras/tagedits.h"

#include <QCompleter>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

#include <algorithm>

namespace Kizuna::Ui {

namespace Tags = Model::TagAssignments;

TagBar::TagBar(EditSession &session, const QString &entity, QWidget *parent)
    : RecordSection(parent)
    , m_session(session)
    , m_entity(entity)
    , m_add(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_names(new QStringListModel(this))
{
    setObjectName(entity + u"Tags");
    auto *heading = new QLabel(tr("Ta&gs"), this);
    heading->setBuddy(m_add);
    auto *chipArea = new QWidget(this);
    m_flow = new FlowLayout(chipArea);
    m_flow->setContentsMargins(0, 0, 0, 0);

    m_add->setObjectName(QStringLiteral("addTag"));
    m_add->setClearButtonEnabled(true);
    m_add->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 12);
    m_add->setToolTip(tr("Type a tag and press Return; a new name creates the tag"));
    m_completer->setModel(m_names);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_add->setCompleter(m_completer);
    m_flow->addWidget(m_add);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading, 0, Qt::AlignTop);
    layout->addWidget(chipArea, 1);

    connect(m_add, &QLineEdit::returnPressed, this, [this] { addTagByName(m_add->text()); });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) { addTagByName(name); });
    connect(&m_session, &EditSession::recordChanged, this, &TagBar::recordChanged);
    load(QString());
}

void TagBar::load(const QString &recordId)
{
    m_id = recordId;
    m_add->clear();
    m_add->setEnabled(!m_id.isEmpty());
    m_add->setPlaceholderText(m_id.isEmpty() ? tr("Save first, then add tags") : tr("Add a tag…"));
    reload();
}

void TagBar::reload()
{
    m_tags.clear();
    m_all.clear();
    if (!m_id.isEmpty()) {
        auto tags = Tags::tagsOf(m_session.database(), m_entity, m_id);
        auto all = Tags::allTags(m_session.database());
        if (!tags.ok() || !all.ok()) {
            Q_EMIT errorOccurred((tags.ok() ? all.error() : tags.error()).message);
        } else {
            m_tags = *tags;
            m_all = *all;
        }
    }
    QStringList offered;
    for (const Model::Tag &tag : std::as_const(m_all)) {
        const bool carried = std::any_of(m_tags.cbegin(), m_tags.cend(),
                                         [&tag](const Model::Tag &own) { return own.id == tag.id; });
        if (!carried)
            offered << tag.name;
    }
    m_names->setStringList(offered);
    rebuildChips();
}

void TagBar::rebuildChips()
{
    const bool hadFocus = std::any_of(m_chips.cbegin(), m_chips.cend(),
                                      [](const QFrame *chip) { return chip->isAncestorOf(chip->focusWidget()); });
    for (QFrame *chip : std::as_const(m_chips)) {
        m_flow->removeWidget(chip);
        chip->hide();
        chip->deleteLater(); // its × may be what is running now
    }
    m_chips.clear();
    m_flow->removeWidget(m_add);
    for (const Model::Tag &tag : std::as_const(m_tags)) {
        QFrame *chip = makeChip(tag);
        m_chips << chip;
        m_flow->addWidget(chip);
    }
    m_flow->addWidget(m_add);
    // The tab order follows the chips, then the add line.
    QWidget *previous = nullptr;
    for (QFrame *chip : std::as_const(m_chips)) {
        auto *remove = chip->findChild<QToolButton *>();
        if (previous)
            setTabOrder(previous, remove);
        previous = remove;
    }
    if (previous)
        setTabOrder(previous, m_add);
    if (hadFocus)
        m_add->setFocus();
    updateGeometry();
}

QFrame *TagBar::makeChip(const Model::Tag &tag)
{
    auto *chip = new QFrame(m_flow->parentWidget());
    chip->setObjectName(QStringLiteral("tagChip"));
    const QString background = tag.color.isEmpty() ? QStringLiteral("palette(alternate-base)") : tag.color;
    chip->setStyleSheet(QStringLiteral("QFrame#tagChip { border: 1px solid palette(mid); border-radius: 9px; "
                                       "background: %1; }")
                            .arg(background));
    auto *name = new QLabel(tag.name, chip);
    name->setObjectName(QStringLiteral("tagName"));
    name->setTextFormat(Qt::PlainText);
    auto *remove = new QToolButton(chip);
    remove->setObjectName(QStringLiteral("removeTag"));
    remove->setText(QStringLiteral("×"));
    remove->setAutoRaise(true);
    remove->setFocusPolicy(Qt::StrongFocus);
    remove->setToolTip(tr("Remove the tag \"%1\"").arg(tag.name));
    remove->setAccessibleName(tr("Remove the tag \"%1\"").arg(tag.name));
    auto *layout = new QHBoxLayout(chip);
    layout->setContentsMargins(8, 1, 2, 1);
    layout->setSpacing(2);
    layout->addWidget(name);
    layout->addWidget(remove);
    const QString tagId = tag.id;
    connect(remove, &QToolButton::clicked, this, [this, tagId] { removeTag(tagId); });
    chip->show();
    return chip;
}

bool TagBar::addTagByName(const QString &typed)
{
    const QString name = typed.trimmed();
    if (m_id.isEmpty() || name.isEmpty())
        return false;
    m_add->clear();
    // The tag of that name (made on another page a moment ago, perhaps), else one that differs
    // only in case: "vip" finds "VIP" rather than making a second tag.
    auto found = Tags::findTag(m_session.database(), name);
    if (!found.ok()) {
        Q_EMIT errorOccurred(found.error().message);
        return false;
    }
    Model::Tag existing = *found;
    for (const Model::Tag &tag : std::as_const(m_all)) {
        if (existing.id.isEmpty() && tag.name.compare(name, Qt::CaseInsensitive) == 0)
            existing = tag;
    }
    if (existing.id.isEmpty()) {
        auto created = TagEdits::addNewTag(m_session, m_entity, m_id, name, tr("Add the new tag \"%1\"").arg(name));
        if (!created.ok()) {
            Q_EMIT errorOccurred(created.error().message);
            return false;
        }
        Q_EMIT statusMessage(tr("Tag \"%1\" created").arg(name));
        return true;
    }
    const QString existingName = existing.name;
    auto added = TagEdits::addTag(m_session, m_entity, m_id, existing.id, tr("Add the tag \"%1\"").arg(existingName));
    if (!added.ok()) {
        Q_EMIT errorOccurred(added.error().message);
        return false;
    }
    if (!*added)
        Q_EMIT statusMessage(tr("The tag \"%1\" is there already").arg(existingName));
    return *added;
}

bool TagBar::removeTag(const QString &tagId)
{
    if (m_id.isEmpty())
        return false;
    QString name;
    for (const Model::Tag &tag : std::as_const(m_tags)) {
        if (tag.id == tagId)
            name = tag.name;
    }
    auto removed = TagEdits::removeTag(m_session, m_entity, m_id, tagId, tr("Remove the tag \"%1\"").arg(name));
    if (!removed.ok()) {
        Q_EMIT errorOccurred(removed.error().message);
        return false;
    }
    if (*removed)
        Q_EMIT statusMessage(tr("Tag \"%1\" removed; Edit ▸ Undo puts it back").arg(name));
    return *removed;
}

void TagBar::recordChanged(const QString &entity, const QString &id)
{
    // Tag edits announce the tagged record's id (TagEdits): a bulk edit of a thousand contacts
    // reloads this bar only for the one it shows.
    if (!m_id.isEmpty() && (entity == u"tag" || (entity == Tags::linkEntity(m_entity) && id == m_id)))
        reload();
}

QStringList TagBar::chipNames() const
{
    QStringList names;
    for (const QFrame *chip : m_chips)
        names << chip->findChild<QLabel *>(QStringLiteral("tagName"))->text();
    return names;
}

QToolButton *TagBar::removeButton(const QString &name) const
{
    for (const QFrame *chip : m_chips) {
        if (chip->findChild<QLabel *>(QStringLiteral("tagName"))->text() == name)
            return chip->findChild<QToolButton *>(QStringLiteral("removeTag"));
    }
    return nullptr;
}

} // namespace Kizuna::Ui
