// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/drilldownquery.h"

#include "core/model/personname.h"
#include "core/segments/segmentmembers.h"
#include "core/segments/segmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Kizuna::Ui {

namespace {

// The drill-down's SQL with its segment placeholders resolved: the members of its segment in a
// temporary table of this connection (kept in `members` while the query runs), or none.
Result<QString> resolveSegment(Storage::Database &db, const DrillDown &drillDown,
                               Segments::SegmentTable &members, const std::atomic<bool> *cancel)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{segment:([A-Za-z_.]+)\\}"));
    QString sql = drillDown.sql;
    if (drillDown.segmentId.isEmpty() || !sql.contains(placeholder))
        return sql.replace(placeholder, QString());
    auto segment = Segments::SegmentRepository::find(db, drillDown.segmentId);
    if (!segment.ok())
        return segment.error();
    auto rule = segment->rule();
    if (!rule.ok())
        return rule.error();
    auto table = Segments::SegmentMembers(db, drillDown.segmentAsOf).materialise(*rule, cancel);
    if (!table.ok())
        return table.error();
    members = std::move(*table);
    return sql.replace(placeholder, u"AND \\1 IN (SELECT contact_id FROM " + members.name() + u')');
}

} // namespace

Result<DrillDownRows> runDrillDown(Storage::Database &db, const DrillDown &drillDown, int cap,
                                   const std::atomic<bool> *cancel)
{
    Segments::SegmentTable members; // dropped after the query, before the connection closes
    auto sql = resolveSegment(db, drillDown, members, cancel);
    if (!sql.ok())
        return sql.error();
    auto statement
        = db.prepare(QStringLiteral("SELECT * FROM (%1) LIMIT %2").arg(*sql).arg(cap + 1));
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
