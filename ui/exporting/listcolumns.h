// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

class QTableView;

namespace Kizuna::Ui {

// The columns of a list as the user sees them: the visible ones in their on-screen order (after
// moving or hiding columns), with the headings the screen shows.
struct ListColumns
{
    QList<int> logical; // the model's column numbers, left to right
    QStringList headers;

    static ListColumns visibleIn(const QTableView &view);
};

} // namespace Kizuna::Ui
