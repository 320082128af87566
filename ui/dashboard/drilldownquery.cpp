// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/drilldownquery.h"

#include "core/model/personname.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QCoreApplication>

namespace Kizuna::Ui {

Result<DrillDownRows> runDrillDown(Storage::Database &db, const DrillDown &drillDown, int cap,
                                   const std::atomic<bool> *cancel)
{
    auto statement
        = db.prepare(QStringLiteral("SELECT * FROM (%1) LIMIT %2").arg(drillDown.sql).arg(cap + 1));
    if (!statement.ok())
        return statement.error();
    for (auto it = drillDown.binds.cbegin(); it != drillDown.binds.cend(); ++it) {
        if (const int index = statement->parameterIndex(it.key().toUtf8().constData()); index > 0)
            statement->bindVariant(index, it.value());
    }
    DrillDownRows result;
    const int columns = statement->columnCount();
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error::cancelled(
                QCoreApplication::translate("Kizuna::Ui::DrillDown", "cancelled"));
        auto row = statement->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        if (result.rows.size() == cap) {
            result.truncated = true;
            break;
        }
        QVariantList values;
        for (int column = 0; column < columns; ++column) {
            if (column == drillDown.nameColumn) {
                values.append(Model::displayName(statement->columnText(column),
                                                 statement->columnText(column + 1)));
                ++column;
                continue;
            }
            values.append(statement->columnVariant(column));
        }
        result.rows.append(values);
    }
    return result;
}

} // namespace Kizuna::Ui
