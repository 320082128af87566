// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/recordimportpreview.h"

#include "core/io/csvreader.h"
#include "core/io/recordimporter.h"
#include "core/io/recordrowconverter.h"
#include "core/model/entity.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace Kizuna::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::RecordImportPreview)
};

QStringList targetsOf(const Io::ColumnMapping &mapping)
{
    QStringList targets;
    for (const QString &target : mapping.fields) {
        if (!target.isEmpty() && !targets.contains(target))
            targets.append(target);
    }
    return targets;
}

QString textOf(const Io::RecordImportRules &rules, const Io::RecordRow &row, const QString &target)
{
    if (const Io::RecordRow::Link *link = row.link(target))
        return link->value;
    const qsizetype field = rules.entity().fieldNames().indexOf(target);
    return field >= 0 && field < row.values.size() ? row.values.at(field).toString() : QString();
}

// The file's text of each column with a problem, marked; a problem of the whole row marks the
// first cell.
void markProblems(PreviewRow &out, const QStringList &targets, const Io::ColumnMapping &mapping,
                  const Io::CsvRecord &record, const QList<Io::RejectedRow> &problems)
{
    for (const Io::RejectedRow &problem : problems) {
        qsizetype cell = 0;
        for (qsizetype c = 0; c < mapping.headers.size(); ++c) {
            if (mapping.headers.at(c) == problem.field && !mapping.fields.value(c).isEmpty()) {
                cell = targets.indexOf(mapping.fields.at(c));
                out.cells[cell].text = record.fields.value(c);
                break;
            }
        }
        PreviewCell &marked = out.cells[qMax<qsizetype>(0, cell)];
        marked.problem += (marked.problem.isEmpty() ? QString() : QStringLiteral("\n")) + problem.message;
    }
}

} // namespace

Result<PreviewTable> RecordImportPreview::build(const QString &path, Io::TextEncoding encoding,
                                                const QString &entity, const Io::ColumnMapping &mapping,
                                                int maxRows, Io::CsvSeparator separator)
{
    const auto rules = Io::RecordImporter::rulesFor(entity);
    if (!rules)
        return Error::badInput(Tr::tr("%1 cannot be imported from CSV").arg(entity));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(Tr::tr("%1: cannot open the file: %2").arg(path, file.errorString()));
    Io::CsvReader reader(file, {separator, 1024 * 1024, encoding});
    Io::CsvRecord record;
    auto header = reader.next(record);
    if (!header.ok())
        return header.error();
    PreviewTable table;
    table.fields = targetsOf(mapping);
    if (table.fields.isEmpty())
        return table;
    const Io::RecordRowConverter converter(*rules, mapping);
    while (table.rows.size() < maxRows) {
        auto more = reader.next(record);
        if (!more.ok())
            return more.error();
        if (!*more)
            break;
        PreviewRow out;
        out.line = record.line;
        out.cells.resize(table.fields.size());
        Io::RecordRow row;
        QList<Io::RejectedRow> problems;
        if (converter.convert(record, row, problems)) {
            for (qsizetype i = 0; i < table.fields.size(); ++i)
                out.cells[i].text = textOf(*rules, row, table.fields.at(i));
        } else {
            markProblems(out, table.fields, mapping, record, problems);
        }
        table.rows.append(out);
    }
    return table;
}

} // namespace Kizuna::Ui
