// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/tableexporter.h"

#include "core/io/csvwriter.h"
#include "core/io/iotr.h"
#include "core/model/entities.h"
#include "core/storage/database.h"

#include <QLocale>

#include <cmath>

namespace Kizuna::Io {

namespace {

const QString ChangeLogTable = QStringLiteral("change_log");
constexpr qint64 ProgressEveryRows = 4096;

QString realText(double value)
{
    // Whole numbers of ordinary size in plain digits ("1500"), anything else in the shortest
    // form that converts back to exactly the same double ("0.1", "1e-07").
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString orderColumn(const QString &table)
{
    return table == ChangeLogTable ? QStringLiteral("seq") : QStringLiteral("id");
}

} // namespace

QStringList TableExporter::tableNames()
{
    QStringList names;
    for (const Model::EntityDef &entity : Model::entities())
        names << entity.table;
    names << ChangeLogTable;
    return names;
}

Result<QString> TableExporter::resolve(const QString &name)
{
    if (name == ChangeLogTable)
        return name;
    if (const Model::EntityDef *entity = Model::findEntity(name))
        return entity->table;
    return Error::badInput(Tr::tr("unknown table \"%1\" (tables: %2)")
                               .arg(name, tableNames().join(QStringLiteral(", "))));
}

QString TableExporter::valueText(const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return {};
    switch (stored.typeId()) {
    case QMetaType::Double:
        return realText(stored.toDouble());
    case QMetaType::QByteArray:
        return QString::fromLatin1(stored.toByteArray().toHex());
    default:
        return stored.toString();
    }
}

Result<qint64> TableExporter::exportTable(const QString &table, QIODevice &device,
                                          const TableExportOptions &options)
{
    if (!tableNames().contains(table))
        return resolve(table).error();
    auto select = m_db.prepare(
        QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderColumn(table)));
    if (!select.ok())
        return select.error();
    CsvWriter writer(device, CsvOptions{options.byteOrderMark, ',', options.encoding, options.formulaProtection});
    const int columns = select->columnCount();
    for (int column = 0; column < columns; ++column)
        writer.addField(select->columnName(column));
    writer.endRow();

    qint64 rows = 0;
    for (;;) {
        auto row = select->step();
        if (!row.ok())
            return Error{row.error().kind,
                         Tr::tr("cannot read table %1: %2").arg(table, row.error().message)};
        if (!*row)
            break;
        for (int column = 0; column < columns; ++column) {
            const QString text = valueText(select->columnVariant(column));
            writer.addField(text, text.isNull());
        }
        writer.endRow();
        ++rows;
        if (rows % ProgressEveryRows == 0) {
            if (Status flushed = writer.flush(); !flushed.ok())
                return Error{flushed.error().kind, table + QStringLiteral(": ") + flushed.error().message};
            if (options.progress && !options.progress(rows))
                return Error::cancelled(Tr::tr("export of %1 cancelled").arg(table));
        }
    }
    if (Status finished = writer.finish(); !finished.ok())
        return Error{finished.error().kind, table + QStringLiteral(": ") + finished.error().message};
    if (options.progress)
        options.progress(rows);
    return rows;
}

} // namespace Kizuna::Io
