// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/cardstyle.h"

#include <QFrame>
#include <QLabel>

namespace Kizuna::Ui::CardStyle {

namespace {

void scaleFont(QLabel *label, double scale, bool bold = false)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

void applyFrame(QFrame *frame)
{
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(u'#' + frame->objectName()
                         + u" { background: white; border: 1px solid #e3e7ec; border-radius: 6px; }");
}

void applyName(QLabel *label)
{
    scaleFont(label, 0.9);
    label->setStyleSheet(QStringLiteral("color: #5b6572;"));
}

void applyValue(QLabel *label, double scale)
{
    scaleFont(label, scale, true);
    label->setStyleSheet(QStringLiteral("color: #26303b;"));
}

void applyNote(QLabel *label)
{
    scaleFont(label, 0.85);
    label->setStyleSheet(QStringLiteral("color: #7a8591;"));
}

} // namespace Kizuna::Ui::CardStyle
