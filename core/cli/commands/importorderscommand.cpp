// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli import orders: a purchase history (customer key, day, amount per row) from CSV.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/commands/importsupport.h"
#include "core/cli/exitcode.h"
#include "core/cli/progressprinter.h"
#include "core/io/orderimporter.h"
#include "core/model/changecontext.h"
#include "core/storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace Kizuna::Cli {

namespace {

constexpr int RejectsShown = 20;

// --delimiter of the CSV imports, or whitespace (fixed-width text).
std::optional<Io::CsvSeparator> orderSeparator(const QString &text)
{
    return text == u"whitespace" ? std::optional(Io::CsvSeparator::Whitespace) : parseSeparator(text);
}

QJsonObject summaryJson(const Io::OrderImportSummary &summary)
{
    QJsonArray rejected;
    for (const Io::RejectedRow &row : summary.rejected)
        rejected.append(QJsonObject{{QStringLiteral("line"), row.line},
                                    {QStringLiteral("field"), row.field},
                                    {QStringLiteral("message"), row.message}});
    return {{QStringLiteral("rows"), summary.rows},
            {QStringLiteral("orders"), summary.orders},
            {QStringLiteral("customers"), summary.customers},
            {QStringLiteral("new_contacts"), summary.newContacts},
            {QStringLiteral("already_present"), summary.alreadyPresent},
            {QStringLiteral("rows_rejected"), qint64(summary.rejected.size())},
            {QStringLiteral("rejected"), rejected}};
}

class ImportOrdersCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("import orders"),
                Tr::tr("Import a purchase history (customer, day, amount) from CSV"),
                Tr::tr("Reads one order per row: a customer key, a date and an amount (a plain decimal). "
                       "Columns are named by their header, or numbered from 1 (--no-header files). A "
                       "contact is created for each customer key not seen before: its id is derived from "
                       "the key, so importing the same customers again finds the same contacts; it is "
                       "named after the key, with source \"import\". With --id-column the order numbers "
                       "make a repeated import skip the orders it already has. Rows with a bad value are "
                       "skipped and reported with their line; everything else is written in one "
                       "transaction. When every row is bad nothing is written (exit 2)."),
                {Options::database(),
                 {QStringLiteral("file"), QStringLiteral("CSV"), Tr::tr("the file to import"), true},
                 {QStringLiteral("customer-column"), QStringLiteral("COL"), Tr::tr("column of the customer key"), true},
                 {QStringLiteral("date-column"), QStringLiteral("COL"), Tr::tr("column of the order date"), true},
                 {QStringLiteral("date-format"), QStringLiteral("FORMAT"),
                  Tr::tr("format of the dates, e.g. yyyyMMdd (default yyyy-MM-dd, with or without HH:mm:ss)")},
                 {QStringLiteral("amount-column"), QStringLiteral("COL"), Tr::tr("column of the order amount"), true},
                 {QStringLiteral("id-column"), QStringLiteral("COL"), Tr::tr("column of the order number (optional)")},
                 {QStringLiteral("delimiter"), QStringLiteral("SEP"),
                  Tr::tr("',', ';', tab or whitespace (default: detected from the first line)")},
                 {QStringLiteral("no-header"), {}, Tr::tr("the first line is data, not column names")},
                 Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        Io::OrderImportOptions options;
        options.customerColumn = context.option(QStringLiteral("customer-column"));
        options.dateColumn = context.option(QStringLiteral("date-column"));
        options.amountColumn = context.option(QStringLiteral("amount-column"));
        options.idColumn = context.option(QStringLiteral("id-column"));
        options.dateFormat = context.option(QStringLiteral("date-format"));
        options.hasHeader = !context.has(QStringLiteral("no-header"));
        for (const char *name : {"customer-column", "date-column", "amount-column", "id-column", "date-format"}) {
            const QString option = QString::fromLatin1(name);
            if (context.has(option) && context.option(option).trimmed().isEmpty())
                return context.usageError(Tr::tr("--%1 needs a value").arg(option));
        }
        if (context.has(QStringLiteral("delimiter"))) {
            const QString text = context.option(QStringLiteral("delimiter"));
            const auto separator = orderSeparator(text);
            if (!separator)
                return context.usageError(
                    Tr::tr("--delimiter needs ',', ';', tab or whitespace, not \"%1\"").arg(text));
            options.csv.separator = *separator;
        }

        const QString path = context.option(QStringLiteral("file"));
        QFile file(path);
        auto target = openImportTarget(context, file);
        if (!target.ok())
            return context.fail(target.error());

        ProgressPrinter progress(context.err(), context.errIsTerminal(), Tr::tr("import"));
        const qint64 size = file.size();
        RollbackJournalScope journal(*target->db);
        Io::OrderImporter importer(*target->db, target->changes);
        auto summary = importer.importCsv(file, options, [&](qint64 done) { progress.update(done, size); });
        progress.finish(summary.ok());
        if (!summary.ok())
            return context.fail(withFileName(path, summary.error()));
        return report(context, path, *summary);
    }

private:
    static int report(const CommandContext &context, const QString &path, const Io::OrderImportSummary &summary)
    {
        const qsizetype rejected = summary.rejected.size();
        for (qsizetype i = 0; i < std::min<qsizetype>(rejected, RejectsShown); ++i)
            context.note(path + QStringLiteral(": ") + summary.rejected.at(i).text());
        if (rejected > RejectsShown)
            context.note(Tr::tr("… and %n more rejected row(s) (--json lists them all)", nullptr,
                                int(rejected - RejectsShown)));
        if (context.json())
            context.printJson(summaryJson(summary));
        if (!summary.written)
            return context.fail(Error::badInput(
                Tr::tr("%1: nothing imported: all %n row(s) rejected", nullptr, int(rejected)).arg(path)));
        if (!context.json()) {
            context.printLine(Tr::tr("imported %1 orders for %2 customers (%3 new contacts), %4 rows rejected")
                                  .arg(summary.orders)
                                  .arg(summary.customers)
                                  .arg(summary.newContacts)
                                  .arg(rejected));
            if (summary.alreadyPresent > 0)
                context.printLine(Tr::tr("%n order(s) skipped: imported before", nullptr, int(summary.alreadyPresent)));
        }
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeImportOrdersCommand()
{
    return std::make_unique<ImportOrdersCommand>();
}

} // namespace Kizuna::Cli
