// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactfilterbar.h"

#include "core/model/entities.h"
#include "core/model/prefectures.h"
#include "core/segments/segmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "ui/common/choicelabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Kizuna::Ui {

namespace {

void selectData(QComboBox *box, const QString &key)
{
    box->setCurrentIndex(qMax(0, box->findData(key)));
}

} // namespace

ContactFilterBar::ContactFilterBar(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("contactFilterBar"));
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(4, 2, 4, 2);
    rows->setSpacing(2);
    m_firstRow = new QHBoxLayout;
    m_secondRow = new QHBoxLayout;
    rows->addLayout(m_firstRow);
    rows->addLayout(m_secondRow);
    m_kind = addBox(m_firstRow, QStringLiteral("filterKind"), tr("Kind"));
    for (const QString &key : Model::Choices::contactKinds())
        m_kind->addItem(ChoiceLabels::contactKind(key), key);
    m_stage = addBox(m_firstRow, QStringLiteral("filterStage"), tr("Stage"));
    for (const QString &key : Model::Choices::lifecycleStages())
        m_stage->addItem(ChoiceLabels::lifecycleStage(key), key);
    m_owner = addBox(m_firstRow, QStringLiteral("filterOwner"), tr("Owner"));
    m_tag = addBox(m_firstRow, QStringLiteral("filterTag"), tr("Tag"));
    m_prefecture = addBox(m_firstRow, QStringLiteral("filterPrefecture"), tr("Prefecture"));
    for (const QString &prefecture : Model::japanesePrefectures())
        m_prefecture->addItem(prefecture, prefecture);
    // Names users choose: the box keeps a bounded width; its list shows them whole.
    for (QComboBox *box : {m_owner, m_tag}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    m_city = new QLineEdit(this);
    m_city->setObjectName(QStringLiteral("filterCity"));
    m_city->setPlaceholderText(tr("City"));
    m_city->setClearButtonEnabled(true);
    m_city->setToolTip(tr("Only contacts in this city (the whole name, e.g. 渋谷区); Enter applies it"));
    m_city->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_firstRow->addWidget(m_city);
    m_firstRow->addStretch();
    m_segment = addBox(m_secondRow, QStringLiteral("filterSegment"), tr("Segment"));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_segment->setMinimumContentsLength(16);
    m_editSegments = new QToolButton(this);
    m_editSegments->setObjectName(QStringLiteral("editSegments"));
    m_editSegments->setText(tr("Segments…"));
    m_editSegments->setToolTip(tr("Create, change or delete saved segments"));
    m_secondRow->addWidget(m_editSegments);
    connect(m_editSegments, &QToolButton::clicked, this, &ContactFilterBar::editSegmentsRequested);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    m_secondRow->addWidget(m_clear);
    m_secondRow->addStretch();
    reloadChoices();
    for (QComboBox *box : boxes())
        connect(box, &QComboBox::currentIndexChanged, this, &ContactFilterBar::announce);
    connect(m_city, &QLineEdit::editingFinished, this, [this] {
        if (m_city->text().trimmed() != m_announcedCity)
            announce();
    });
    // The clear button of the field empties it without an editingFinished.
    connect(m_city, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_announcedCity.isEmpty())
            announce();
    });
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });
    m_clear->setEnabled(false);
}

QList<QComboBox *> ContactFilterBar::boxes() const
{
    return {m_kind, m_stage, m_owner, m_tag, m_prefecture, m_segment};
}

void ContactFilterBar::announce()
{
    const ContactListFilter current = filter();
    m_announcedCity = current.city;
    m_clear->setEnabled(!current.isEmpty());
    Q_EMIT filterChanged(current);
}

void ContactFilterBar::addToSecondRow(QWidget *widget)
{
    m_secondRow->insertWidget(m_secondRow->count() - 1, widget);
}

QComboBox *ContactFilterBar::addBox(QBoxLayout *row, const QString &name, const QString &label)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    box->addItem(tr("All"), QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(box);
    row->addWidget(caption);
    row->addWidget(box);
    return box;
}

void ContactFilterBar::fillFromQuery(QComboBox *box, const char *sql)
{
    const QSignalBlocker block(box);
    const QString current = box->currentData().toString();
    while (box->count() > 1)
        box->removeItem(1);
    if (auto rows = m_db.prepare(QString::fromUtf8(sql)); rows.ok())
        (void)rows->forEachRow([&] { box->addItem(rows->columnText(1), rows->columnText(0)); });
    selectData(box, current);
}

void ContactFilterBar::reloadChoices()
{
    fillFromQuery(m_owner, "SELECT id, name FROM users WHERE deleted_at IS NULL ORDER BY name");
    fillFromQuery(m_tag, "SELECT id, name FROM tags WHERE deleted_at IS NULL ORDER BY name");
    fillSegments();
}

void ContactFilterBar::fillSegments()
{
    const QSignalBlocker block(m_segment);
    const QString current = m_segment->currentData().toString();
    while (m_segment->count() > 1)
        m_segment->removeItem(1);
    if (auto segments = Segments::SegmentRepository::list(m_db); segments.ok()) {
        for (const Segments::Segment &segment : std::as_const(*segments))
            m_segment->addItem(segment.name, segment.id);
    }
    selectData(m_segment, current);
}

ContactListFilter ContactFilterBar::filter() const
{
    ContactListFilter filter;
    filter.kind = m_kind->currentData().toString();
    filter.lifecycleStage = m_stage->currentData().toString();
    filter.ownerId = m_owner->currentData().toString();
    filter.tagId = m_tag->currentData().toString();
    filter.prefecture = m_prefecture->currentData().toString();
    filter.city = m_city->text().trimmed();
    filter.segmentId = m_segment->currentData().toString();
    return filter;
}

void ContactFilterBar::setFilter(const ContactListFilter &filter)
{
    for (QComboBox *box : boxes())
        box->blockSignals(true);
    m_city->blockSignals(true);
    selectData(m_kind, filter.kind);
    selectData(m_stage, filter.lifecycleStage);
    selectData(m_owner, filter.ownerId);
    selectData(m_tag, filter.tagId);
    selectData(m_prefecture, filter.prefecture);
    selectData(m_segment, filter.segmentId);
    m_city->setText(filter.city);
    for (QComboBox *box : boxes())
        box->blockSignals(false);
    m_city->blockSignals(false);
    announce();
}

} // namespace Kizuna::Ui
