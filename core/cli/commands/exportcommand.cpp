// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli export: one table as CSV, streamed, in a stable order.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/exitcode.h"
#include "core/io/tableexporter.h"
#include "core/storage/database.h"

#include <QJsonObject>
#include <QSaveFile>

namespace Kizuna::Cli {

namespace {

class ExportCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("export"),
                Tr::tr("Write a table as CSV"),
                Tr::tr("Writes every column and row of a table as CSV (RFC 4180, UTF-8 or Shift_JIS): a header "
                       "row with the column names, then the rows ordered by id (change_log by "
                       "seq), values as stored, NULL as an empty field. NAME is a table or record "
                       "name (contacts or contact) or change_log. A value a spreadsheet would run as a formula "
                       "(=, +, -, @ first; not numbers and phone numbers) is written with a leading ' unless "
                       "--no-formula-protection is given. Without --out the CSV goes to "
                       "stdout; --out writes FILE only when the export is complete."),
                {Options::database(),
                 {QStringLiteral("table"), QStringLiteral("NAME"), Tr::tr("the table to export"), true},
                 {QStringLiteral("out"), QStringLiteral("FILE"), Tr::tr("write to FILE instead of stdout")},
                 {QStringLiteral("bom"), {}, Tr::tr("start with a UTF-8 byte order mark (for Excel)")},
                 {QStringLiteral("encoding"), QStringLiteral("NAME"),
                  Tr::tr("utf-8 (default) or shift_jis (CP932, for Japanese Excel; fails on a character "
                         "CP932 does not have)")},
                 {QStringLiteral("no-formula-protection"), {},
                  Tr::tr("write values that start with = + - @ as they are (by default they get a leading ' so "
                         "a spreadsheet does not run them as formulas; import takes it off again)")},
                 Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        const bool toFile = context.has(QStringLiteral("out"));
        if (context.json() && !toFile)
            return context.usageError(Tr::tr("--json needs --out (the CSV itself goes to stdout)"));
        if (toFile && context.option(QStringLiteral("out")).isEmpty())
            return context.usageError(Tr::tr("--out needs a file name"));
        auto table = Io::TableExporter::resolve(context.option(QStringLiteral("table")));
        if (!table.ok())
            return context.fail(table.error());
        auto db = context.openDatabase(DatabaseAccess::Read);
        if (!db.ok())
            return context.fail(db.error());

        Io::TableExportOptions options;
        options.byteOrderMark = context.has(QStringLiteral("bom"));
        options.formulaProtection = !context.has(QStringLiteral("no-formula-protection"));
        if (context.has(QStringLiteral("encoding"))) {
            const QString name = context.option(QStringLiteral("encoding"));
            const auto encoding = Io::encodingFromName(name);
            if (!encoding || (*encoding != Io::TextEncoding::Utf8 && *encoding != Io::TextEncoding::ShiftJis))
                return context.usageError(Tr::tr("--encoding needs utf-8 or shift_jis, not \"%1\"").arg(name));
            options.encoding = *encoding;
            if (options.encoding == Io::TextEncoding::ShiftJis && options.byteOrderMark)
                return context.usageError(Tr::tr("--bom is for UTF-8; Shift_JIS has no byte order mark"));
        }
        Io::TableExporter exporter(**db);
        if (!toFile) {
            auto rows = exporter.exportTable(*table, context.out(), options);
            return rows.ok() ? int(ExitCode::Ok) : context.fail(rows.error());
        }
        const QString path = context.option(QStringLiteral("out"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(Error::storage(Tr::tr("%1: cannot write: %2").arg(path, file.errorString())));
        auto rows = exporter.exportTable(*table, file, options);
        if (!rows.ok()) {
            file.cancelWriting();
            return context.fail(rows.error());
        }
        if (!file.commit())
            return context.fail(Error::storage(Tr::tr("%1: cannot write: %2").arg(path, file.errorString())));
        if (context.json())
            context.printJson({{QStringLiteral("table"), *table},
                               {QStringLiteral("rows"), *rows},
                               {QStringLiteral("out"), path}});
        else
            context.printLine(Tr::tr("%1: %2 rows of %3").arg(path).arg(*rows).arg(*table));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace Kizuna::Cli
