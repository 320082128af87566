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
#include <QSaveFile>

namespace Kizuna::Cli {

namespace {

constexpr int ProblemsShown = 20;

std::optional<Io::CsvSeparator> parseSeparator(const QString &text)
{
    if (text == u"," || text == u"comma")
        return Io::CsvSeparator::Comma;
    if (text == u";" || text == u"semicolon")
        return Io::CsvSeparator::Semicolon;
    if (text == u"\t" || text == u"\\t" || text == u"tab")
        return Io::CsvSeparator::Tab;
    return std::nullopt;
}

QJsonObject summaryJson(const Io::ContactImportSummary &summary, bool dryRun)
{
    const QJsonArray problems = problemsJson(summary.rejected);
    QJsonObject mapping;
    for (qsizetype i = 0; i < summary.mapping.headers.size(); ++i)
        mapping.insert(summary.mapping.headers.at(i), summary.mapping.fields.value(i));
    return {{QStringLiteral("rows"), summary.rows},
            {QStringLiteral("imported"), summary.imported},
            {QStringLiteral("updated"), summary.updated},
            {QStringLiteral("merged_in_file"), summary.mergedInFile},
            {QStringLiteral("skipped_duplicates"), summary.skippedDuplicates},
            {QStringLiteral("rejected"), summary.rejectedRows},
            {QStringLiteral("companies_created"), summary.companiesCreated},
            {QStringLiteral("encoding"), Io::encodingName(summary.encoding)},
            {QStringLiteral("mapping"), mapping},
            {QStringLiteral("mapping_remembered"), summary.mappingWasRemembered},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("problems"), problems}};
}

class ImportContactsCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        OptionSpec map{QStringLiteral("map"), QStringLiteral("HEADER=FIELD"),
                       Tr::tr("fill FIELD from the column HEADER (or its number); FIELD empty or - ignores "
                              "the column; may be repeated"),
                       false, true};
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
                {Options::database(),
                 {QStringLiteral("file"), QStringLiteral("CSV"), Tr::tr("the file to import"), true},
                 map,
                 {QStringLiteral("encoding"), QStringLiteral("NAME"),
                  Tr::tr("auto (default), utf-8, utf-16, utf-16le, utf-16be or shift_jis (cp932)")},
                 {QStringLiteral("delimiter"), QStringLiteral("SEP"),
                  Tr::tr("',', ';' or tab (default: detected from the header line)")},
                 {QStringLiteral("on-duplicate"), QStringLiteral("POLICY"),
                  Tr::tr("skip (default), update or create")},
                 {QStringLiteral("report"), QStringLiteral("FILE"),
                  Tr::tr("write the rejected rows (line, column, reason) to FILE as CSV")},
                 {QStringLiteral("dry-run"), {}, Tr::tr("check and count everything, change nothing")},
                 ImportDuplicateCheck::option(),
                 Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        Io::ContactImportOptions options;
        if (const int code = parseOptions(context, options); code != ExitCode::Ok)
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
    static int parseOptions(const CommandContext &context, Io::ContactImportOptions &options)
    {
        options.mapOverrides = context.arguments().repeated.value(QStringLiteral("map"));
        options.dryRun = context.has(QStringLiteral("dry-run"));
        if (context.has(QStringLiteral("encoding"))) {
            const QString name = context.option(QStringLiteral("encoding"));
            const auto encoding = Io::encodingFromName(name);
            if (!encoding)
                return context.usageError(Tr::tr("--encoding: unknown encoding \"%1\" (use %2)")
                                              .arg(name, Io::encodingNames().join(QStringLiteral(", "))));
            options.csv.encoding = *encoding;
        }
        if (context.has(QStringLiteral("delimiter"))) {
            const QString text = context.option(QStringLiteral("delimiter"));
            const auto separator = parseSeparator(text);
            if (!separator)
                return context.usageError(Tr::tr("--delimiter needs ',', ';' or tab, not \"%1\"").arg(text));
            options.csv.separator = *separator;
        }
        if (context.has(QStringLiteral("on-duplicate"))) {
            const QString text = context.option(QStringLiteral("on-duplicate"));
            const auto policy = parseDuplicatePolicy(text);
            if (!policy)
                return context.usageError(Tr::tr("--on-duplicate needs skip, update or create, not \"%1\"").arg(text));
            options.onDuplicate = *policy;
        }
        if (context.has(QStringLiteral("report")) && context.option(QStringLiteral("report")).isEmpty())
            return context.usageError(Tr::tr("--report needs a file name"));
        return ExitCode::Ok;
    }

    static Status writeReport(const QString &path, const Io::ContactImportSummary &summary)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error::storage(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
        KIZUNA_TRY(Io::ContactImporter::writeRejectReport(file, summary.rejected));
        if (!file.commit())
            return Error::storage(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
        return {};
    }

    static int report(const CommandContext &context, const QString &path, bool dryRun,
                      const Io::ContactImportSummary &summary, const ImportDuplicateCheck &duplicates)
    {
        context.note(Tr::tr("%1: %2; columns: %3")
                         .arg(path, Io::encodingLabel(summary.encoding), summary.mapping.describe()));
        const qsizetype problems = summary.rejected.size();
        for (qsizetype i = 0; i < std::min<qsizetype>(problems, ProblemsShown); ++i)
            context.note(path + QStringLiteral(": ") + summary.rejected.at(i).text());
        if (problems > ProblemsShown)
            context.note(Tr::tr("… and %n more problem(s) (--report or --json lists them all)", nullptr,
                                int(problems - ProblemsShown)));
        if (context.has(QStringLiteral("report"))) {
            if (Status written = writeReport(context.option(QStringLiteral("report")), summary); !written.ok())
                return context.fail(written.error());
        }
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
