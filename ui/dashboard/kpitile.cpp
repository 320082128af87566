// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/kpitile.h"

#include "ui/common/cardstyle.h"
#include "ui/dashboard/charts/chartpalette.h"
#include "ui/dashboard/dashboardformat.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace Kizuna::Ui {

KpiTile::KpiTile(Kpi kpi, Kind kind, bool lowerIsBetter, QWidget *parent)
    : QFrame(parent)
    , m_kpi(kpi)
    , m_kind(kind)
    , m_lowerIsBetter(lowerIsBetter)
    , m_name(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
    , m_previous(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiTile"));
    CardStyle::applyFrame(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    CardStyle::applyName(m_name);
    CardStyle::applyValue(m_value, 1.7);
    CardStyle::applyNote(m_previous);
    QFont smallFont = m_change->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    m_change->setFont(smallFont);
    for (QLabel *label : { m_name, m_value, m_change, m_previous })
        layout->addWidget(label);
    setMinimumWidth(150);
    retranslate();
    setValues(std::nullopt, std::nullopt);
}

QString KpiTile::format(std::optional<double> value) const
{
    switch (m_kind) {
    case Kind::Money:
        return DashboardFormat::optionalNumber(value, 0);
    case Kind::Count:
        return DashboardFormat::optionalNumber(value, 0);
    case Kind::Rate:
        return DashboardFormat::percent(value);
    case Kind::Points:
        return DashboardFormat::points(value);
    case Kind::Days:
        return DashboardFormat::days(value);
    }
    return {};
}

void KpiTile::setValues(std::optional<double> value, std::optional<double> previous,
                        bool comparable)
{
    m_value->setText(format(value));
    if (!comparable) {
        m_change->clear();
        m_previous->clear();
        return;
    }
    m_previous->setText(tr("Previous period: %1").arg(format(previous)));
    if (!value || !previous) {
        m_change->setText(QStringLiteral("–"));
        m_change->setStyleSheet(QStringLiteral("color: #7a8591;"));
        return;
    }
    const double delta = *value - *previous;
    QString amount;
    if (m_kind == Kind::Rate)
        amount = tr("%1 pt", "percentage points")
                     .arg(DashboardFormat::number(std::abs(delta) * 100.0, 1));
    else if (m_kind == Kind::Points)
        amount = tr("%1 pt", "NPS points").arg(DashboardFormat::number(std::abs(delta), 1));
    else if (*previous != 0)
        amount = DashboardFormat::percent(std::abs(delta / *previous));
    else
        amount = tr("new");
    const bool flat = std::abs(delta) < 1e-12;
    const QString arrow
        = flat ? QStringLiteral("＝") : (delta > 0 ? QStringLiteral("▲") : QStringLiteral("▼"));
    m_change->setText(QStringLiteral("%1 %2").arg(arrow, flat ? tr("unchanged") : amount));
    const bool better = m_lowerIsBetter ? delta < 0 : delta > 0;
    const QColor color = flat ? ChartPalette::muted()
                              : (better ? ChartPalette::positive() : ChartPalette::negative());
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
}

void KpiTile::setNote(const QString &note)
{
    m_change->setText(note);
    m_change->setStyleSheet(QStringLiteral("color: #5b6572;"));
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

QString KpiTile::previousText() const
{
    return m_previous->text();
}

void KpiTile::retranslate()
{
    m_name->setText(KpiDefinitions::name(m_kpi));
    setToolTip(KpiDefinitions::toolTip(m_kpi));
}

void KpiTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace Kizuna::Ui
