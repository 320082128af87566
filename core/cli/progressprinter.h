// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace Kizuna::Cli {

// Shows the progress of a long command on stderr: on a terminal one line rewritten with a
// carriage return at every whole percent; otherwise (a log, a pipe) a plain line every
// `step` percent, so logs stay short.
class ProgressPrinter final
{
public:
    ProgressPrinter(QIODevice &device, bool terminal, QString label, int step = 5);

    void update(qint64 done, qint64 total);
    // Ends the terminal line; when completed, shows 100 % if it was not shown yet.
    void finish(bool completed = true);

private:
    void show(int percent);

    QIODevice &m_device;
    bool m_terminal;
    QString m_label;
    int m_step;
    int m_shown = -1;
};

} // namespace Kizuna::Cli
