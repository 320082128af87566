// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli demo: fill a new database with deterministic demo data.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/commands/tablecounts.h"
#include "core/cli/exitcode.h"
#include "core/cli/progressprinter.h"
#include "core/demo/demogenerator.h"
#include "core/storage/database.h"

#include <QDate>
#include <QJsonObject>

#include <limits>

namespace Kizuna::Cli {

namespace {

constexpr qint64 DefaultContacts = 1000;
constexpr qint64 MaximumContacts = 100'000'000;
constexpr int DemoCacheMiB = 256;

class DemoCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("demo"),
                Tr::tr("Fill a database with realistic demo data"),
                Tr::tr("Creates FILE if needed and fills it with contacts, companies, activities, "
                       "orders, deals, tasks and campaigns. The same --contacts, --seed and "
                       "--as-of always give the same data. Refuses a database that already has "
                       "contacts. Progress goes to stderr, the rows per table to stdout."),
                {Options::database(),
                 {QStringLiteral("contacts"), QStringLiteral("N"),
                  Tr::tr("number of contacts (default %1)").arg(DefaultContacts)},
                 {QStringLiteral("seed"), QStringLiteral("S"),
                  Tr::tr("seed of the random generator (default 1)")},
                 {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"),
                  Tr::tr("the day the history ends (default today)")},
                 Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        Demo::DemoOptions options;
        const auto contacts = context.integerOption(QStringLiteral("contacts"), DefaultContacts, 1,
                                                    MaximumContacts);
        if (!contacts)
            return ExitCode::Usage;
        options.contacts = *contacts;
        const auto seed = parseSeed(context);
        if (!seed)
            return ExitCode::Usage;
        options.seed = *seed;
        if (context.has(QStringLiteral("as-of"))) {
            const QString text = context.option(QStringLiteral("as-of"));
            options.asOf = QDate::fromString(text, Qt::ISODate);
            if (!options.asOf.isValid())
                return context.usageError(Tr::tr("--as-of needs a date YYYY-MM-DD, not \"%1\"").arg(text));
        }

        auto db = context.openDatabase(DatabaseAccess::Create);
        if (!db.ok())
            return context.fail(db.error());
        (void)(*db)->setCacheSizeMiB(DemoCacheMiB);
        ProgressPrinter progress(context.err(), context.errIsTerminal(), Tr::tr("demo"));
        auto summary = Demo::generateDemo(**db, options, [&progress](qint64 done, qint64 total) {
            progress.update(done, total);
            return true;
        });
        progress.finish(summary.ok());
        if (!summary.ok())
            return context.fail(summary.error());
        return printSummary(context, **db, options);
    }

private:
    static std::optional<quint64> parseSeed(const CommandContext &context)
    {
        if (!context.has(QStringLiteral("seed")))
            return 1;
        const QString text = context.option(QStringLiteral("seed"));
        bool ok = false;
        const quint64 seed = text.toULongLong(&ok);
        if (!ok) {
            context.usageError(Tr::tr("--seed needs a whole number from 0 to %1, not \"%2\"")
                                   .arg(std::numeric_limits<quint64>::max())
                                   .arg(text));
            return std::nullopt;
        }
        return seed;
    }

    static int printSummary(const CommandContext &context, Storage::Database &db,
                            const Demo::DemoOptions &options)
    {
        auto counts = countTables(db);
        if (!counts.ok())
            return context.fail(counts.error());
        if (context.json()) {
            QJsonObject object{{QStringLiteral("path"), context.databasePath()},
                               {QStringLiteral("contacts"), options.contacts},
                               {QStringLiteral("seed"), QString::number(options.seed)},
                               {QStringLiteral("tables"), tableCountsJson(*counts)}};
            if (options.asOf.isValid())
                object.insert(QStringLiteral("as_of"), options.asOf.toString(Qt::ISODate));
            context.printJson(object);
        } else {
            context.print(tableCountsText(*counts));
        }
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace Kizuna::Cli
