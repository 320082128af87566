// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/insighttile.h"

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
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral(
        "#insightTile { background: white; border: 1px solid #e3e7ec; border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    QFont nameFont = font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 0.9);
    m_name->setFont(nameFont);
    m_name->setStyleSheet(QStringLiteral("color: #5b6572;"));
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.5);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setStyleSheet(QStringLiteral("color: #26303b;"));
    QFont noteFont = font();
    noteFont.setPointSizeF(noteFont.pointSizeF() * 0.85);
    m_note->setFont(noteFont);
    m_note->setStyleSheet(QStringLiteral("color: #7a8591;"));
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
