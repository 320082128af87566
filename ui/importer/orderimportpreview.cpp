// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/orderimportpreview.h"

#include "core/io/orderimporter.h"
#include "core/model/personname.h"
#include "core/storage/database.h"
#include "ui/importer/ordercolumns.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cmath>

namespace Kizuna::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::OrderImportPreview)
};

// The name of the contact a customer key finds, or that a new one will be made.
QString contactFor(Storage::Database &db, const QString &key)
{
    auto select = db.cached("SELECT family_name, given_name FROM contacts WHERE id = ?1");
    if (!select.ok())
        return {};
    (*select)->bind(1, Io::OrderImporter::customerContactId(key));
    auto found = (*select)->step();
    QString name;
    if (found.ok() && *found)
        name = Model::displayName((*select)->columnText(0), (*select)->columnText(1));
    (*select)->reset();
    return found.ok() && *found ? name : Tr::tr("(new contact)");
}

QString amountText(double amount)
{
    return QLocale().toString(amount, 'f', amount == std::floor(amount) ? 0 : 2);
}

// The cell of the column a problem names; the first cell when it names none.
qsizetype cellOf(const PreviewTable &table, const Io::ColumnMapping &mapping, const QString &field)
{
    for (qsizetype c = 0; c < mapping.headers.size(); ++c) {
        if (mapping.headers.at(c).trimmed() == field && !mapping.fields.value(c).isEmpty())
            return qMax<qsizetype>(0, table.fields.indexOf(mapping.fields.at(c)));
    }
    return 0;
}

void fillRow(Storage::Database &db, const PreviewTable &table, const ImportState &state,
             const Io::OrderPreviewRow &row, PreviewRow &out)
{
    if (row.problems.isEmpty()) {
        for (qsizetype i = 0; i < table.fields.size(); ++i) {
            const QString &field = table.fields.at(i);
            if (field == u"customer")
                out.cells[i].text = row.customer;
            else if (field == u"contact")
                out.cells[i].text = contactFor(db, row.customer);
            else if (field == u"order_date")
                out.cells[i].text = row.day.toString(Qt::ISODate);
            else if (field == u"total")
                out.cells[i].text = amountText(row.amount);
            else
                out.cells[i].text = row.orderNumber;
        }
        return;
    }
    // As in the file; the cell with the problem marked.
    for (qsizetype c = 0; c < state.mapping.fields.size(); ++c) {
        const qsizetype i = table.fields.indexOf(state.mapping.fields.at(c));
        if (!state.mapping.fields.at(c).isEmpty() && i >= 0)
            out.cells[i].text = row.fields.value(c).trimmed();
    }
    for (const Io::RejectedRow &problem : row.problems) {
        PreviewCell &cell = out.cells[cellOf(table, state.mapping, problem.field)];
        cell.problem += (cell.problem.isEmpty() ? QString() : QStringLiteral("\n")) + problem.message;
    }
}

} // namespace

Result<PreviewTable> OrderImportPreview::build(Storage::Database &db, const ImportState &state, int maxRows)
{
    QFile file(state.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(Tr::tr("%1: cannot open the file: %2").arg(state.filePath, file.errorString()));
    Io::OrderImporter importer(db, {});
    auto rows = importer.previewCsv(file, OrderColumns::optionsFor(state), maxRows);
    if (!rows.ok())
        return rows.error();
    PreviewTable table;
    table.fields = {QStringLiteral("customer"), QStringLiteral("contact"), QStringLiteral("order_date"),
                    QStringLiteral("total")};
    if (state.mapping.fields.contains(QStringLiteral("order_number")))
        table.fields << QStringLiteral("order_number");
    for (const Io::OrderPreviewRow &row : std::as_const(*rows)) {
        PreviewRow out;
        out.line = row.line;
        out.cells.resize(table.fields.size());
        fillRow(db, table, state, row, out);
        table.rows.append(out);
    }
    return table;
}

} // namespace Kizuna::Ui
