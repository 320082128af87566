// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commands/tablecounts.h"

#include "core/cli/clitr.h"
#include "core/model/entities.h"
#include "core/storage/database.h"

#include <QJsonObject>

#include <algorithm>

namespace Kizuna::Cli {

Result<QList<TableCount>> countTables(Storage::Database &db)
{
    QList<TableCount> counts;
    for (const Model::EntityDef &entity : Model::entities()) {
        auto select = db.prepare(QStringLiteral("SELECT count(*), count(deleted_at) FROM %1")
                                     .arg(entity.table));
        if (!select.ok())
            return select.error();
        auto row = select->step();
        if (!row.ok())
            return row.error();
        const qint64 all = select->columnInt64(0);
        const qint64 deleted = select->columnInt64(1);
        counts.append({entity.table, all - deleted, deleted, true});
    }
    auto changes = db.queryInt(QStringLiteral("SELECT count(*) FROM change_log"));
    if (!changes.ok())
        return changes.error();
    counts.append({QStringLiteral("change_log"), *changes, 0, false});
    return counts;
}

QString tableCountsText(const QList<TableCount> &counts)
{
    const QString tableHeader = Tr::tr("table");
    const QString activeHeader = Tr::tr("active");
    const QString trashHeader = Tr::tr("in Trash");
    qsizetype width = tableHeader.size();
    for (const TableCount &count : counts)
        width = std::max(width, count.table.size());
    constexpr int NumberWidth = 10;
    QString text = tableHeader.leftJustified(width) + activeHeader.rightJustified(NumberWidth)
                   + trashHeader.rightJustified(NumberWidth) + u'\n';
    for (const TableCount &count : counts) {
        text += count.table.leftJustified(width)
                + QString::number(count.active).rightJustified(NumberWidth)
                + (count.hasTrash ? QString::number(count.trash) : QStringLiteral("-"))
                      .rightJustified(NumberWidth)
                + u'\n';
    }
    return text;
}

QJsonObject tableCountsJson(const QList<TableCount> &counts)
{
    QJsonObject tables;
    for (const TableCount &count : counts) {
        QJsonObject entry{{QStringLiteral("rows"), count.active + count.trash}};
        if (count.hasTrash) {
            entry.insert(QStringLiteral("active"), count.active);
            entry.insert(QStringLiteral("trash"), count.trash);
        }
        tables.insert(count.table, entry);
    }
    return tables;
}

} // namespace Kizuna::Cli
