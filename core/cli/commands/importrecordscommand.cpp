// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli import companies / import activities: records other than contacts from a CSV file,
// with the column mapping suggested from the headers (the same options and output as
// import contacts).
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/commands/importsupport.h"
#include "core/cli/exitcode.h"
#include "core/cli/progressprinter.h"
#include "core/io/recordimporter.h"

#include <QFile>

namespace Kizuna::Cli {

namespace {

struct RecordCommandText
{
    const char *entity; // "companies", "activities"
    QString summary;
    QString description;
    QString resultLine; // %1 rows, %2 imported, %3 updated, %4 skipped, %5 rejected
};

RecordCommandText companiesText()
{
    return {"companies", Tr::tr("Import companies from CSV (Excel or any spreadsheet)"),
            Tr::tr("Reads companies from a CSV file with a header row. The encoding (UTF-8, UTF-16, Shift_JIS as "
                   "Japanese Excel writes it) and separator are detected; the columns are mapped from their "
                   "headers (会社名, フリガナ, Webサイト, 業種, 従業員数, 代表電話, 郵便番号, 住所 …, English names), "
                   "and a mapping used once is remembered for files with the same header. Fields: %1. A web "
                   "address is stored as its domain. Values are checked (phone, Japanese postal code, domain); "
                   "rows with a bad value or without a name are reported with line and column and not imported, "
                   "the others are written in one transaction (nothing when every row is bad, exit 2). "
                   "Duplicates — the same name ignoring 株式会社, (株), Inc., Co., Ltd. …, width, case and kana, "
                   "or the same domain, as an existing company or an earlier row — are skipped, fill the company "
                   "(--on-duplicate update) or are imported anyway (create)."),
            Tr::tr("%1 rows: %2 companies imported, %3 updated, %4 duplicates skipped, %5 rejected")};
}

RecordCommandText activitiesText()
{
    return {"activities", Tr::tr("Import activities (calls, emails, meetings, visits, notes) from CSV"),
            Tr::tr("Reads activities from a CSV file with a header row, detected and mapped as import contacts "
                   "does (種別, 日時, 件名, 内容, 所要時間, 結果, メールアドレス, 氏名, 会社名 …). Fields: %1. Each "
                   "activity needs a type (call, email, meeting, visit, note … or 電話, メール, 打ち合わせ, 訪問, "
                   "メモ …), a date or date and time (local time) and an existing record: its contact found by "
                   "contact_email, else contact_phone, else contact_name, and/or its company by name, or its deal "
                   "by title. A row whose contact or company is not found (or not one) is rejected naming the "
                   "value. Rows are written in one transaction (nothing when every row is bad, exit 2). "
                   "Duplicates — the same contact (or company), type, time and subject — are skipped, update the "
                   "activity (--on-duplicate update) or are imported anyway (create)."),
            Tr::tr("%1 rows: %2 activities imported, %3 updated, %4 duplicates skipped, %5 rejected")};
}

class ImportRecordsCommand final : public Command
{
public:
    explicit ImportRecordsCommand(RecordCommandText text) : m_text(std::move(text)) {}

    CommandSpec spec() const override
    {
        const auto rules = Io::RecordImporter::rulesFor(QString::fromLatin1(m_text.entity));
        QStringList fields;
        for (const Io::ImportTarget &target : rules->targets())
            fields << target.name;
        QList<OptionSpec> options{Options::database()};
        options << csvImportOptions() << Options::json();
        return {QStringLiteral("import ") + QString::fromLatin1(m_text.entity), m_text.summary,
                m_text.description.arg(fields.join(QStringLiteral(", "))), options, {}, 0, 0};
    }

    int run(CommandContext &context) override
    {
        Io::RecordImportOptions options;
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
        Io::RecordImporter importer(*target->db, target->changes,
                                    Io::RecordImporter::rulesFor(QString::fromLatin1(m_text.entity)));
        auto summary = importer.importCsv(file, options, [&](qint64 done) { progress.update(done, size); });
        progress.finish(summary.ok());
        if (!summary.ok())
            return context.fail(withFileName(path, summary.error()));
        return report(context, path, options.dryRun, *summary);
    }

private:
    int report(const CommandContext &context, const QString &path, bool dryRun,
               const Io::RecordImportSummary &summary) const
    {
        if (const int code = reportCsvImport(context, path, summary); code != ExitCode::Ok)
            return code;
        if (context.json())
            context.printJson(csvImportJson(summary, dryRun));
        if (summary.rows > 0 && summary.rejectedRows == summary.rows)
            return context.fail(Error::badInput(Tr::tr("%1: nothing imported: all %n row(s) rejected", nullptr,
                                                       int(summary.rows))
                                                    .arg(path)));
        if (context.json())
            return ExitCode::Ok;
        context.printLine((dryRun ? Tr::tr("dry run, nothing written: ") : QString())
                          + m_text.resultLine.arg(summary.rows)
                                .arg(summary.imported)
                                .arg(summary.updated)
                                .arg(summary.skippedDuplicates)
                                .arg(summary.rejectedRows));
        if (summary.mergedInFile > 0)
            context.printLine(Tr::tr("%n row(s) merged into an earlier row of the file", nullptr,
                                     int(summary.mergedInFile)));
        return ExitCode::Ok;
    }

    RecordCommandText m_text;
};

} // namespace

std::unique_ptr<Command> makeImportCompaniesCommand()
{
    return std::make_unique<ImportRecordsCommand>(companiesText());
}

std::unique_ptr<Command> makeImportActivitiesCommand()
{
    return std::make_unique<ImportRecordsCommand>(activitiesText());
}

} // namespace Kizuna::Cli
