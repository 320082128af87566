// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli import contacts: people from a CSV file (Excel, Google Contacts, Outlook, any
// spreadsheet), with the column mapping suggested from the headers.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/commands/importduplicatecheck.h"
#include "core/cli/commands/importsupport.h"
#include "core/cli/exitcode.h"
#include "core/cli/progressprinter.h"
#include "core/io/contactimporter.h"
#include "core/model/changecontext.h"
#include "core/storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace Kizuna::Cli {

namespace {

QJsonObject summaryJson(const Io::ContactImportSummary &summary, bool dryRun)
{
    QJsonObject json = csvImportJson(summary, dryRun);
    json.insert(QStringLiteral("companies_created"), summary.companiesCreated);
    return json;
}

QList<OptionSpec> contactImportOptions()
{
    QList<OptionSpec> options{Options::database()};
    options << csvImportOptions() << ImportDuplicateCheck::option() << Options::json();
    return options;
}

class ImportContactsCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("import contacts"),
                Tr::tr("Import contacts from CSV (Excel, Google Contacts, Outlook, any spreadsheet)"),
                Tr::tr("Reads people from a CSV file with a header row. The encoding (UTF-8, UTF-16, "
                       "Shift_JIS as Japanese Excel writes it) and separator are detected; the columns are "
                       "mapped from their headers (氏名, フリガナ, メールアドレス, 電話番号, 会社名, 郵便番号 …, "
                       "Google and Outlook exports, English names), and a mapping used once is remembered "
                       "for files with the same header. Fields: %1. full_name and full_name_reading are "
                       "split into family and given name; company finds or creates the company. Values are "
                       "checked (email, phone, Japanese postal code, dates incl. 和暦, choices); rows with "
                       "a bad value are reported with line and column and not imported, the others are "
                       "written in one transaction (nothing when every row is bad, exit 2). Duplicates — "
                       "the same email or phone number as an existing contact or an earlier row — are "
                       "skipped, update the contact (--on-duplicate update) or are imported anyway "
                       "(create).")
                    .arg(Io::ContactColumns::targets().join(QStringLiteral(", "))),
                contactImportOptions(),
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        Io::ContactImportOptions options;
        if (const int code = parseCsvImportOptions(context, options); code != ExitCode::Ok)
            return code;
        const QString path = context.option(QStringLiteral("file"));
        QFile file(path);
        auto target = openImportTarget(context, file);
        if (!target.ok())
            return context.fail(target.error());

        ProgressPrinter progress(context.err(), context.errIsTerminal(), Tr::tr("import"));
        const qint64 size = file.size();
        RollbackJournalScope journal(*target->db);
        Io::ContactImporter importer(*target->db, target->changes);
        importer.setWritingCallback([&](qint64 contacts) {
            progress.finish(true);
            context.note(Tr::tr("import: writing %n new contact(s)", nullptr, int(contacts)));
        });
        ImportDuplicateCheck duplicates(context);
        if (Status started = duplicates.start(*target->db); !started.ok())
            return context.fail(started.error());
        auto summary = importer.importCsv(file, options, [&](qint64 done) { progress.update(done, size); });
        progress.finish(summary.ok());
        if (!summary.ok())
            return context.fail(withFileName(path, summary.error()));
        const qint64 imported = summary->imported;
        duplicates.finish(*target->db, summary->written, imported);
        return report(context, path, options.dryRun, *summary, duplicates);
    }

private:
    static int report(const CommandContext &context, const QString &path, bool dryRun,
                      const Io::ContactImportSummary &summary, const ImportDuplicateCheck &duplicates)
    {
        if (const int code = reportCsvImport(context, path, summary); code != ExitCode::Ok)
            return code;
        if (context.json()) {
            QJsonObject json = summaryJson(summary, dryRun);
            duplicates.addTo(json);
            context.printJson(json);
        }
        if (summary.rows > 0 && summary.rejectedRows == summary.rows)
            return context.fail(Error::badInput(Tr::tr("%1: nothing imported: all %n row(s) rejected", nullptr,
                                                       int(summary.rows))
                                                    .arg(path)));
        if (!context.json()) {
            context.printLine((dryRun ? Tr::tr("dry run, nothing written: ") : QString())
                              + Tr::tr("%1 rows: %2 contacts imported, %3 updated, %4 duplicates skipped, "
                                       "%5 rejected")
                                    .arg(summary.rows)
                                    .arg(summary.imported)
                                    .arg(summary.updated)
                                    .arg(summary.skippedDuplicates)
                                    .arg(summary.rejectedRows));
            if (summary.mergedInFile > 0)
                context.printLine(Tr::tr("%n row(s) merged into an earlier row of the file", nullptr,
                                         int(summary.mergedInFile)));
            if (summary.companiesCreated > 0)
                context.printLine(Tr::tr("companies created: %1").arg(summary.companiesCreated));
            duplicates.print();
        }
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeImportContactsCommand()
{
    return std::make_unique<ImportContactsCommand>();
}

} // namespace Kizuna::Cli
