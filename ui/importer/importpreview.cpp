// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/importpreview.h"

#include "core/io/contactrowconverter.h"
#include "core/io/csvreader.h"
#include "core/io/iotr.h"
#include "core/model/personname.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace Kizuna::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::ImportPreview)
};

QStringList expand(const QString &target)
{
    if (target == u"full_name")
        return {QStringLiteral("family_name"), QStringLiteral("given_name")};
    if (target == u"full_name_reading")
        return {QStringLiteral("family_name_reading"), QStringLiteral("given_name_reading")};
    return {target};
}

QString valueOf(const Io::ContactRow &row, const QString &field)
{
    if (field == u"company")
        return row.companyName;
    const qsizetype index = Io::ContactRowConverter::fieldIndex(field);
    if (index < 0 || index >= row.values.size())
        return {};
    return row.values.at(index).toString();
}

QString headerName(const Io::ColumnMapping &mapping, qsizetype column)
{
    const QString header = mapping.headers.value(column);
    // As ContactRowConverter names a column without a header in its problems.
    return header.isEmpty() ? Io::Tr::tr("column %1").arg(column + 1) : header;
}

void fill(PreviewRow &out, const QStringList &fields, const Io::ContactRow &row)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i == 0)
            out.cells[i].text = Model::displayName(valueOf(row, QStringLiteral("family_name")),
                                                   valueOf(row, QStringLiteral("given_name")));
        else
            out.cells[i].text = valueOf(row, fields.at(i));
    }
}

// A rejected record: the columns with a problem are shown as they are in the file, in red with
// the reasons; the others converted without them.
void fillRejected(PreviewRow &out, const QStringList &fields, const Io::ColumnMapping &mapping,
                  const Io::CsvRecord &record, const QList<Io::RejectedRow> &problems)
{
    QHash<QString, QStringList> reasons;
    for (const auto &problem : problems)
        reasons[problem.field].append(problem.message);
    Io::ColumnMapping rest = mapping;
    for (qsizetype c = 0; c < rest.fields.size(); ++c) {
        if (reasons.contains(headerName(mapping, c)))
            rest.fields[c].clear();
    }
    Io::ContactRow row;
    QList<Io::RejectedRow> ignored;
    if (Io::ContactRowConverter(rest).convert(record, row, ignored))
        fill(out, fields, row);
    for (qsizetype c = 0; c < mapping.fields.size(); ++c) {
        const auto it = reasons.constFind(headerName(mapping, c));
        if (it == reasons.cend())
            continue;
        for (const QString &field : expand(mapping.fields.at(c))) {
            const qsizetype i = fields.indexOf(field);
            if (i < 0)
                continue;
            out.cells[i].text = record.fields.value(c);
            out.cells[i].problem = it->join(u'\n');
        }
        if (mapping.fields.at(c) == u"full_name")
            out.cells[0].problem = it->join(u'\n');
    }
    // A problem of the whole row (no column of its own) marks the name.
    QStringList unplaced;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        bool placed = false;
        for (qsizetype c = 0; c < mapping.fields.size() && !placed; ++c)
            placed = headerName(mapping, c) == it.key();
        if (!placed)
            unplaced += it.value();
    }
    if (!unplaced.isEmpty() && out.cells.at(0).problem.isEmpty())
        out.cells[0].problem = unplaced.join(u'\n');
}

} // namespace

QStringList ImportPreview::fieldsOf(const Io::ColumnMapping &mapping)
{
    QStringList fields{QStringLiteral("name")};
    for (const QString &target : mapping.fields) {
        if (target.isEmpty())
            continue;
        for (const QString &field : expand(target)) {
            if (!fields.contains(field))
                fields.append(field);
        }
    }
    return fields;
}

Result<PreviewTable> ImportPreview::build(const QString &path, Io::TextEncoding encoding,
                                          const Io::ColumnMapping &mapping, int maxRows, Io::CsvSeparator separator)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(Tr::tr("%1: cannot open the file: %2").arg(path, file.errorString()));
    Io::CsvReader reader(file, {separator, 1024 * 1024, encoding});
    Io::CsvRecord record;
    auto header = reader.next(record);
    if (!header.ok())
        return header.error();
    PreviewTable table;
    table.fields = fieldsOf(mapping);
    const Io::ContactRowConverter converter(mapping);
    while (table.rows.size() < maxRows) {
        auto more = reader.next(record);
        if (!more.ok())
            return more.error();
        if (!*more)
            break;
        PreviewRow out;
        out.line = record.line;
        out.cells.resize(table.fields.size());
        Io::ContactRow row;
        QList<Io::RejectedRow> problems;
        if (converter.convert(record, row, problems))
            fill(out, table.fields, row);
        else
            fillRejected(out, table.fields, mapping, record, problems);
        table.rows.append(out);
    }
    return table;
}

} // namespace Kizuna::Ui
