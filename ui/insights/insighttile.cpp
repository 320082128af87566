// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/insighttile.h"

#include "ui/common/cardstyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Kizuna::Ui {

InsightTile::InsightTile(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_value(new QLabel(this))
    , m_note(new QLabel(this))
{
    // The same card look as the dashboard's KPI tiles.
    setObjectName(QStringLiteral("insightTile"));
    CardStyle::applyFrame(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    CardStyle::applyName(m_name);
    CardStyle::applyValue(m_value, 1.5);
    CardStyle::applyNote(m_note);
    m_note->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_name, m_value, m_note})
        layout->addWidget(label);
    layout->addStretch();
    setMinimumWidth(180);
}

void InsightTile::setName(const QString &name)
{
    m_name->setText(name);
}

void InsightTile::setDefinition(const QString &definition)
{
    setToolTip(definition);
}

void InsightTile::setValue(const QString &value, const QColor &color)
{
    m_value->setText(value);
    m_value->setStyleSheet(QStringLiteral("color: %1;").arg(color.isValid() ? color.name() : QStringLiteral("#26303b")));
}

void InsightTile::setNote(const QString &note)
{
    m_note->setText(note);
}

void InsightTile::clear()
{
    setValue(QStringLiteral("–"));
    m_note->clear();
}

QString InsightTile::name() const
{
    return m_name->text();
}

QString InsightTile::valueText() const
{
    return m_value->text();
}

QString InsightTile::noteText() const
{
    return m_note->text();
}

} // namespace Kizuna::Ui
