// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the import commands.
#pragma once

#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/exitcode.h"
#include "core/io/contactimporter.h"
#include "core/model/changecontext.h"
#include "core/storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>
#include <optional>

namespace Kizuna::Cli {

// The rejected rows of an import for --json: [{line, field, message}, …].
inline QJsonArray problemsJson(const QList<Io::RejectedRow> &rejected)
{
    QJsonArray problems;
    for (const Io::RejectedRow &row : rejected)
        problems.append(QJsonObject{{QStringLiteral("line"), row.line},
                                    {QStringLiteral("field"), row.field},
                                    {QStringLiteral("message"), row.message}});
    return problems;
}

// --on-duplicate: skip, update or create.
inline std::optional<Io::DuplicatePolicy> parseDuplicatePolicy(const QString &text)
{
    if (text == u"skip")
        return Io::DuplicatePolicy::Skip;
    if (text == u"update")
        return Io::DuplicatePolicy::Update;
    if (text == u"create")
        return Io::DuplicatePolicy::Create;
    return std::nullopt;
}

// --delimiter: ',', ';' or tab.
inline std::optional<Io::CsvSeparator> parseSeparator(const QString &text)
{
    if (text == u"," || text == u"comma")
        return Io::CsvSeparator::Comma;
    if (text == u";" || text == u"semicolon")
        return Io::CsvSeparator::Semicolon;
    if (text == u"\t" || text == u"\\t" || text == u"tab")
        return Io::CsvSeparator::Tab;
    return std::nullopt;
}

// The options of a CSV import command after --db: --file, --map, --encoding, --delimiter,
// --on-duplicate, --report, --dry-run (the caller adds --json and its own).
inline QList<OptionSpec> csvImportOptions()
{
    return {{QStringLiteral("file"), QStringLiteral("CSV"), Tr::tr("the file to import"), true},
            {QStringLiteral("map"), QStringLiteral("HEADER=FIELD"),
             Tr::tr("fill FIELD from the column HEADER (or its number); FIELD empty or - ignores the column; "
                    "may be repeated"),
             false, true},
            {QStringLiteral("encoding"), QStringLiteral("NAME"),
             Tr::tr("auto (default), utf-8, utf-16, utf-16le, utf-16be or shift_jis (cp932)")},
            {QStringLiteral("delimiter"), QStringLiteral("SEP"),
             Tr::tr("',', ';' or tab (default: detected from the header line)")},
            {QStringLiteral("on-duplicate"), QStringLiteral("POLICY"), Tr::tr("skip (default), update or create")},
            {QStringLiteral("report"), QStringLiteral("FILE"),
             Tr::tr("write the rejected rows (line, column, reason) to FILE as CSV")},
            {QStringLiteral("dry-run"), {}, Tr::tr("check and count everything, change nothing")}};
}

// Reads the options of csvImportOptions() into an import's options (ContactImportOptions,
// RecordImportOptions); a usage error names the bad value.
template<typename ImportOptions>
int parseCsvImportOptions(const CommandContext &context, ImportOptions &options)
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

// The rejected rows as a CSV report (--report FILE), written whole or not at all.
inline Status writeRejectReport(const QString &path, const QList<Io::RejectedRow> &rejected)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    KIZUNA_TRY(Io::ContactImporter::writeRejectReport(file, rejected));
    if (!file.commit())
        return Error::storage(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

// What a CSV import notes on stderr before its result: the encoding and mapping, the first
// problems, and the report when --report asks for one. Returns the exit code of a failed report.
inline int reportCsvImport(const CommandContext &context, const QString &path, const Io::ImportSummary &summary)
{
    constexpr qsizetype ProblemsShown = 20;
    context.note(Tr::tr("%1: %2; columns: %3")
                     .arg(path, Io::encodingLabel(summary.encoding), summary.mapping.describe()));
    const qsizetype problems = summary.rejected.size();
    for (qsizetype i = 0; i < std::min(problems, ProblemsShown); ++i)
        context.note(path + QStringLiteral(": ") + summary.rejected.at(i).text());
    if (problems > ProblemsShown)
        context.note(Tr::tr("… and %n more problem(s) (--report or --json lists them all)", nullptr,
                            int(problems - ProblemsShown)));
    if (context.has(QStringLiteral("report"))) {
        if (Status written = writeRejectReport(context.option(QStringLiteral("report")), summary.rejected);
            !written.ok())
            return context.fail(written.error());
    }
    return ExitCode::Ok;
}

// The counts every CSV import reports with --json.
inline QJsonObject csvImportJson(const Io::ImportSummary &summary, bool dryRun)
{
    QJsonObject mapping;
    for (qsizetype i = 0; i < summary.mapping.headers.size(); ++i)
        mapping.insert(summary.mapping.headers.at(i), summary.mapping.fields.value(i));
    return {{QStringLiteral("rows"), summary.rows},
            {QStringLiteral("imported"), summary.imported},
            {QStringLiteral("updated"), summary.updated},
            {QStringLiteral("merged_in_file"), summary.mergedInFile},
            {QStringLiteral("skipped_duplicates"), summary.skippedDuplicates},
            {QStringLiteral("rejected"), summary.rejectedRows},
            {QStringLiteral("encoding"), Io::encodingName(summary.encoding)},
            {QStringLiteral("mapping"), mapping},
            {QStringLiteral("mapping_remembered"), summary.mappingWasRemembered},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("problems"), problemsJson(summary.rejected)}};
}

// While an import runs: a rollback journal instead of WAL when no other connection has the file
// open (switching fails otherwise, and WAL stays). New pages are then written once, not to the
// WAL and again by the checkpoint; the journal keeps the file safe all the same (a killed import
// leaves a hot journal that the next opening rolls back).
class RollbackJournalScope final
{
public:
    explicit RollbackJournalScope(Storage::Database &db) : m_db(db)
    {
        auto mode = m_db.queryText(QStringLiteral("PRAGMA journal_mode"));
        if (mode.ok() && mode->compare(u"wal", Qt::CaseInsensitive) == 0) {
            auto changed = m_db.queryText(QStringLiteral("PRAGMA journal_mode = DELETE"));
            m_switched = changed.ok() && changed->compare(u"delete", Qt::CaseInsensitive) == 0;
        }
    }
    ~RollbackJournalScope()
    {
        if (m_switched)
            (void)m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    RollbackJournalScope(const RollbackJournalScope &) = delete;
    RollbackJournalScope &operator=(const RollbackJournalScope &) = delete;

private:
    Storage::Database &m_db;
    bool m_switched = false;
};

// What every import command opens before it reads a row: the input file, the database for
// writing with a larger page cache, and the change context of the rows it writes.
struct ImportTarget
{
    std::unique_ptr<Storage::Database> db;
    Model::ChangeContext changes;
};

inline Result<ImportTarget> openImportTarget(const CommandContext &context, QFile &file)
{
    constexpr int ImportCacheMiB = 64;
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(Tr::tr("%1: cannot open: %2").arg(file.fileName(), file.errorString()));
    auto db = context.openDatabase(DatabaseAccess::Write);
    if (!db.ok())
        return db.error();
    auto changes = Model::changeContextFor(**db);
    if (!changes.ok())
        return changes.error();
    (void)(*db)->setCacheSizeMiB(ImportCacheMiB);
    return ImportTarget {std::move(*db), *changes};
}

// An importer's error as the command reports it: bad input names the file first.
inline Error withFileName(const QString &path, Error error)
{
    if (error.kind == ErrorKind::BadInput)
        error.message = path + QStringLiteral(": ") + error.message;
    return error;
}

} // namespace Kizuna::Cli
