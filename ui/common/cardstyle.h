// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QFrame;
class QLabel;

namespace Kizuna::Ui::CardStyle {

// The look of the number cards of the dashboard and the contact insights: a white panel with a
// thin border and rounded corners (the frame's object name is used in the style sheet, so give
// it one first).
void applyFrame(QFrame *frame);
// The small grey name of the figure.
void applyName(QLabel *label);
// The figure itself, bold and `scale` times the normal size.
void applyValue(QLabel *label, double scale);
// A smaller grey line under the figure.
void applyNote(QLabel *label);

} // namespace Kizuna::Ui::CardStyle
