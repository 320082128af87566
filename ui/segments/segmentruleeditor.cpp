// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segmentruleeditor.h"

#include "ui/segments/segmentconditionrow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kizuna::Ui {

using Segments::SegmentRule;

SegmentRuleEditor::SegmentRuleEditor(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_match(new QComboBox(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add Condition"), this))
    , m_note(new QLabel(this))
    , m_empty(new QLabel(tr("No conditions: every contact is a member."), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *matchLine = new QHBoxLayout;
    auto *lead = new QLabel(tr("Contacts that match"), this);
    auto *tail = new QLabel(tr("of these conditions:"), this);
    m_match->setObjectName(QStringLiteral("segmentMatch"));
    m_match->addItem(tr("all"), static_cast<int>(SegmentRule::Match::All));
    m_match->addItem(tr("any"), static_cast<int>(SegmentRule::Match::Any));
    lead->setBuddy(m_match);
    matchLine->addWidget(lead);
    matchLine->addWidget(m_match);
    matchLine->addWidget(tail);
    matchLine->addStretch();
    layout->addLayout(matchLine);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    m_empty->setStyleSheet(QStringLiteral("color: #7a8591;"));
    layout->addWidget(m_empty);
    m_add->setObjectName(QStringLiteral("addCondition"));
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch();
    layout->addLayout(addLine);
    layout->addStretch();
    connect(m_match, &QComboBox::currentIndexChanged, this, &SegmentRuleEditor::changed);
    connect(m_add, &QPushButton::clicked, this, [this] {
        SegmentConditionRow *row = addCondition();
        row->fieldBox()->setFocus(Qt::OtherFocusReason);
    });
}

SegmentConditionRow *SegmentRuleEditor::addCondition()
{
    auto *row = new SegmentConditionRow(m_db, this);
    m_rows.append(row);
    m_rowsLayout->addWidget(row);
    m_empty->setVisible(false);
    connect(row, &SegmentConditionRow::changed, this, &SegmentRuleEditor::changed);
    connect(row, &SegmentConditionRow::removeRequested, this, [this, row] { removeRow(row); });
    Q_EMIT changed();
    return row;
}

void SegmentRuleEditor::removeRow(SegmentConditionRow *row)
{
    m_rows.removeOne(row);
    row->deleteLater();
    m_empty->setVisible(m_rows.isEmpty());
    Q_EMIT changed();
}

void SegmentRuleEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_match->setEnabled(editable);
    m_add->setEnabled(editable);
    m_note->setVisible(!editable);
}

void SegmentRuleEditor::clear()
{
    const QSignalBlocker block(this);
    for (SegmentConditionRow *row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
    m_match->setCurrentIndex(0);
    m_empty->setVisible(true);
    setEditable(true);
}

bool SegmentRuleEditor::setRule(const SegmentRule &rule)
{
    {
        const QSignalBlocker block(this);
        clear();
        bool flat = rule.isGroup();
        for (const SegmentRule &child : rule.children())
            flat = flat && !child.isGroup();
        if (!flat) {
            m_note->setText(tr("This segment's rule has nested groups of conditions, which this "
                               "editor cannot show. You can rename or delete the segment here; "
                               "change its rule with kizuna-cli segment."));
            m_empty->setVisible(false);
            setEditable(false);
        } else {
            m_match->setCurrentIndex(m_match->findData(static_cast<int>(rule.match())));
            for (const SegmentRule &child : rule.children())
                addCondition()->setCondition(child.condition());
        }
    }
    Q_EMIT changed();
    return m_editable;
}

Result<SegmentRule> SegmentRuleEditor::rule() const
{
    SegmentRule rule = SegmentRule::group(static_cast<SegmentRule::Match>(m_match->currentData().toInt()));
    for (int i = 0; i < m_rows.size(); ++i) {
        auto condition = m_rows.at(i)->condition(i + 1);
        if (!condition.ok())
            return condition.error();
        rule.add(std::move(*condition));
    }
    return rule;
}

} // namespace Kizuna::Ui
