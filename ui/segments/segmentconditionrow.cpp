// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segmentconditionrow.h"

#include "ui/segments/segmentlabels.h"
#include "ui/segments/segmentvalueeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

namespace Kizuna::Ui {

using Segments::SegmentOperator;

SegmentConditionRow::SegmentConditionRow(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_field(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new SegmentValueEditor(db, this))
    , m_remove(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field->setObjectName(QStringLiteral("conditionField"));
    m_operator->setObjectName(QStringLiteral("conditionOperator"));
    m_value->setObjectName(QStringLiteral("conditionValue"));
    m_remove->setObjectName(QStringLiteral("conditionRemove"));
    for (const Segments::SegmentField &field : Segments::segmentFields()) {
        m_field->addItem(SegmentLabels::field(field.name), field.name);
        m_field->setItemData(m_field->count() - 1, SegmentLabels::hint(field.name), Qt::ToolTipRole);
    }
    m_field->setMaxVisibleItems(20);
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove this condition"));
    layout->addWidget(m_field);
    layout->addWidget(m_operator);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_remove);
    connect(m_field, &QComboBox::currentIndexChanged, this, &SegmentConditionRow::fieldChosen);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &SegmentConditionRow::operatorChosen);
    connect(m_value, &SegmentValueEditor::edited, this, &SegmentConditionRow::changed);
    connect(m_remove, &QToolButton::clicked, this, &SegmentConditionRow::removeRequested);
    fieldChosen();
}

QString SegmentConditionRow::fieldName() const
{
    return m_field->currentData().toString();
}

SegmentOperator SegmentConditionRow::op() const
{
    return static_cast<SegmentOperator>(m_operator->currentData().toInt());
}

void SegmentConditionRow::fieldChosen()
{
    const Segments::SegmentField *field = Segments::findSegmentField(fieldName());
    if (!field)
        return;
    const SegmentOperator previous = op();
    {
        const QSignalBlocker block(m_operator);
        m_operator->clear();
        for (SegmentOperator candidate : field->operators)
            m_operator->addItem(SegmentLabels::op(candidate, field->type), static_cast<int>(candidate));
        const int kept = m_operator->findData(static_cast<int>(previous));
        m_operator->setCurrentIndex(std::max(0, kept));
    }
    m_field->setToolTip(SegmentLabels::hint(field->name));
    operatorChosen();
}

void SegmentConditionRow::operatorChosen()
{
    if (const Segments::SegmentField *field = Segments::findSegmentField(fieldName()))
        m_value->configure(*field, op());
    Q_EMIT changed();
}

void SegmentConditionRow::choose(const QString &fieldName, SegmentOperator op)
{
    m_field->setCurrentIndex(m_field->findData(fieldName));
    m_operator->setCurrentIndex(m_operator->findData(static_cast<int>(op)));
}

void SegmentConditionRow::setCondition(const Segments::SegmentCondition &condition)
{
    {
        const QSignalBlocker block(this);
        choose(condition.field, condition.op);
        m_value->setValues(condition.values);
    }
    Q_EMIT changed();
}

Result<Segments::SegmentRule> SegmentConditionRow::condition(int number) const
{
    const QString label = m_field->currentText();
    auto values = m_value->values();
    if (!values.ok())
        return Error::badInput(tr("Condition %1 (%2): %3").arg(number).arg(label, values.error().message));
    // The core's message then reads "segment rule at condition 2 (Prefecture): …".
    return Segments::SegmentRule::condition(fieldName(), op(), *values,
                                            tr("condition %1 (%2)").arg(number).arg(label));
}

} // namespace Kizuna::Ui
