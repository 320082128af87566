// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/progressprinter.h"

#include <QIODevice>

#include <algorithm>

namespace Kizuna::Cli {

ProgressPrinter::ProgressPrinter(QIODevice &device, bool terminal, QString label, int step)
    : m_device(device), m_terminal(terminal), m_label(std::move(label)), m_step(terminal ? 1 : step)
{}

void ProgressPrinter::update(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    const int percent = static_cast<int>(std::clamp<qint64>(done * 100 / total, 0, 100));
    if (m_shown >= 0 && percent < m_shown + m_step && percent != 100)
        return;
    if (percent == m_shown)
        return;
    show(percent);
}

void ProgressPrinter::show(int percent)
{
    m_shown = percent;
    const QString text = QStringLiteral("%1: %2%").arg(m_label).arg(percent);
    if (m_terminal)
        m_device.write((u'\r' + text).toUtf8());
    else
        m_device.write((text + u'\n').toUtf8());
}

void ProgressPrinter::finish(bool completed)
{
    if (m_shown < 0)
        return; // nothing was shown: nothing to end
    if (completed && m_shown != 100)
        show(100);
    if (m_terminal)
        m_device.write("\n");
}

} // namespace Kizuna::Cli
