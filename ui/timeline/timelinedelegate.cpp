// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinedelegate.h"
#include "ui/common/displayformat.h"

#include "ui/timeline/timelinemodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace Kizuna::Ui {

namespace {

constexpr int Margin = 6;

QColor badgeColour(const QString &kind)
{
    if (kind == u"order")
        return QColor(0x2e, 0x7d, 0x32);
    if (kind == u"deal_stage")
        return QColor(0x15, 0x65, 0xc0);
    if (kind == u"task")
        return QColor(0x6a, 0x1b, 0x9a);
    if (kind == u"campaign")
        return QColor(0xef, 0x6c, 0x00);
    if (kind == u"complaint")
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x45, 0x5a, 0x64);
}

} // namespace

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString kind = index.data(TimelineKindRole).toString();
    const QString badge = TimelineModel::kindLabel(kind);
    const QString title = index.data(TimelineTitleRole).toString();
    const QString detail = index.data(TimelineDetailRole).toString();
    const QString when = DisplayFormat::dateTime(index.data(TimelineWhenRole).toDateTime());

    painter->save();
    const QRect area = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QRect badgeRect(area.left(), area.top(), boldMetrics.horizontalAdvance(badge) + 12, lineHeight + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColour(kind));
    painter->drawRoundedRect(badgeRect, 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(bold);
    painter->drawText(badgeRect, Qt::AlignCenter, badge);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(option.palette.color(textRole));
    const int timeWidth = metrics.horizontalAdvance(when) + Margin;
    QRect titleRect(badgeRect.right() + Margin, area.top(), area.width() - badgeRect.width() - timeWidth - Margin,
                    lineHeight + 2);
    painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                      boldMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->setFont(option.font);
    painter->drawText(QRect(area.right() - timeWidth, area.top(), timeWidth, lineHeight + 2),
                      Qt::AlignVCenter | Qt::AlignRight, when);

    if (!detail.isEmpty()) {
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QRect detailRect(area.left(), area.top() + lineHeight + 4, area.width(), lineHeight);
        painter->drawText(detailRect, Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
    }
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {200, 2 * metrics.height() + Margin + 6};
}

} // namespace Kizuna::Ui
