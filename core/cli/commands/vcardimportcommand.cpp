// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli import vcard: people from a vCard file (iPhone, Android, Outlook, Google; 2.1, 3.0, 4.0).
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/commands/importduplicatecheck.h"
#include "core/cli/commands/importsupport.h"
#include "core/cli/exitcode.h"
#include "core/cli/progressprinter.h"
#include "core/io/vcardimporter.h"
#include "core/model/changecontext.h"
#include "core/storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace Kizuna::Cli {

namespace {

constexpr int ProblemsShown = 20;

QJsonObject summaryJson(const Io::VCardImportSummary &summary, bool dryRun)
{
    const Io::ContactImportSummary &c = summary.contacts;
    const QJsonArray problems = problemsJson(c.rejected);
    return {{QStringLiteral("cards"), c.rows},
            {QStringLiteral("imported"), c.imported},
            {QStringLiteral("updated"), c.updated},
            {QStringLiteral("merged_in_file"), c.mergedInFile},
            {QStringLiteral("skipped_duplicates"), c.skippedDuplicates},
            {QStringLiteral("rejected"), c.rejectedRows},
            {QStringLiteral("companies_created"), c.companiesCreated},
            {QStringLiteral("contact_points"), summary.contactPoints},
            {QStringLiteral("tag_links"), summary.tagLinks},
            {QStringLiteral("tags_created"), summary.tagsCreated},
            {QStringLiteral("photos_skipped"), summary.photosSkipped},
            {QStringLiteral("encoding"), Io::encodingName(c.encoding)},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("problems"), problems}};
}

class VCardImportCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("import vcard"),
                Tr::tr("Import contacts from a vCard file (iPhone, Android, Outlook, Google)"),
                Tr::tr("Reads vCard 2.1, 3.0 and 4.0 cards (UTF-8 or Shift_JIS, quoted-printable with CHARSET "
                       "as Japanese phones write it): names with their readings (X-PHONETIC-*, SORT-STRING, "
                       "N;SORT-AS), organisation and department, title, emails, phones, addresses (Japanese "
                       "order), birthday, note, categories as tags; photos are skipped. The first email, "
                       "phone, mobile and address fill the contact, further ones are kept as its other "
                       "contact points. Cards with a bad value are reported with their line and not "
                       "imported; the rest is written in one transaction, and nothing when the file is "
                       "broken. Duplicates (same email or phone) are handled as by import contacts."),
                {Options::database(),
                 {QStringLiteral("file"), QStringLiteral("VCF"), Tr::tr("the file to import"), true},
                 {QStringLiteral("on-duplicate"), QStringLiteral("POLICY"), Tr::tr("skip (default), update or create")},
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
        options.dryRun = context.has(QStringLiteral("dry-run"));
        if (context.has(QStringLiteral("on-duplicate"))) {
            const QString text = context.option(QStringLiteral("on-duplicate"));
            const auto policy = parseDuplicatePolicy(text);
            if (!policy)
                return context.usageError(Tr::tr("--on-duplicate needs skip, update or create, not \"%1\"").arg(text));
            options.onDuplicate = *policy;
        }
        const QString path = context.option(QStringLiteral("file"));
        QFile file(path);
        auto target = openImportTarget(context, file);
        if (!target.ok())
            return context.fail(target.error());

        ProgressPrinter progress(context.err(), context.errIsTerminal(), Tr::tr("import"));
        const qint64 size = file.size();
        RollbackJournalScope journal(*target->db);
        Io::VCardImporter importer(*target->db, target->changes);
        ImportDuplicateCheck duplicates(context);
        if (Status started = duplicates.start(*target->db); !started.ok())
            return context.fail(started.error());
        auto summary = importer.import(file, options, [&](qint64 done) { progress.update(done, size); });
        progress.finish(summary.ok());
        if (!summary.ok())
            return context.fail(withFileName(path, summary.error()));
        const qint64 imported = summary->contacts.imported;
        duplicates.finish(*target->db, summary->contacts.written, imported);
        return report(context, path, options.dryRun, *summary, duplicates);
    }

private:
    static int report(const CommandContext &context, const QString &path, bool dryRun,
                      const Io::VCardImportSummary &summary, const ImportDuplicateCheck &duplicates)
    {
        const Io::ContactImportSummary &c = summary.contacts;
        for (qsizetype i = 0; i < std::min<qsizetype>(c.rejected.size(), ProblemsShown); ++i)
            context.note(path + QStringLiteral(": ") + c.rejected.at(i).text());
        if (c.rejected.size() > ProblemsShown)
            context.note(Tr::tr("… and %n more problem(s) (--json lists them all)", nullptr,
                                int(c.rejected.size() - ProblemsShown)));
        if (summary.photosSkipped > 0)
            context.note(Tr::tr("%1: %n photo(s) skipped (Kizuna does not keep contact photos)", nullptr,
                                int(summary.photosSkipped))
                             .arg(path));
        if (context.json()) {
            QJsonObject json = summaryJson(summary, dryRun);
            duplicates.addTo(json);
            context.printJson(json);
        }
        if (c.rows > 0 && c.rejectedRows == c.rows)
            return context.fail(Error::badInput(
                Tr::tr("%1: nothing imported: all %n card(s) rejected", nullptr, int(c.rows)).arg(path)));
        if (!context.json())
            context.printLine((dryRun ? Tr::tr("dry run, nothing written: ") : QString())
                              + Tr::tr("%1 cards: %2 contacts imported, %3 updated, %4 duplicates skipped, "
                                       "%5 rejected; %6 further emails/phones/addresses, %7 tags")
                                    .arg(c.rows)
                                    .arg(c.imported)
                                    .arg(c.updated)
                                    .arg(c.skippedDuplicates)
                                    .arg(c.rejectedRows)
                                    .arg(summary.contactPoints)
                                    .arg(summary.tagLinks));
        if (!context.json())
            duplicates.print();
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeVCardImportCommand()
{
    return std::make_unique<VCardImportCommand>();
}

} // namespace Kizuna::Cli
