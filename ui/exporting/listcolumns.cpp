// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exporting/listcolumns.h"

#include <QHeaderView>
#include <QTableView>

namespace Kizuna::Ui {

ListColumns ListColumns::visibleIn(const QTableView &view)
{
    ListColumns columns;
    const QHeaderView *header = view.horizontalHeader();
    const QAbstractItemModel *model = view.model();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || header->isSectionHidden(logical))
            continue;
        columns.logical << logical;
        columns.headers << model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    return columns;
}

} // namespace Kizuna::Ui
