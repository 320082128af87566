// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli duplicates: pairs of contacts that may be the same person, with a score and reasons.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/exitcode.h"
#include "core/dedupe/duplicatefinder.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kizuna::Cli {

namespace {

std::optional<int> number(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= min && value <= max ? std::optional<int>(value) : std::nullopt;
}

class DuplicatesCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("duplicates"),
                Tr::tr("List contacts that may be the same person"),
                Tr::tr("Compares the contacts that share an email, a phone number (digits, national form), a name "
                       "with a company, or a reading (kana and full/half width folded), and lists each pair "
                       "with a score from 0 to 100 and its reasons, best first."),
                {Options::database(),
                 {QStringLiteral("min-score"), QStringLiteral("N"), Tr::tr("only pairs scoring at least N (default 50)")},
                 {QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("at most N pairs (default 100; 0: all)")},
                 Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        Dedupe::DuplicateOptions options;
        options.limit = 100;
        if (context.has(QStringLiteral("min-score"))) {
            const auto value = number(context.option(QStringLiteral("min-score")), 0, 100);
            if (!value)
                return context.usageError(Tr::tr("--min-score needs a number from 0 to 100"));
            options.minScore = *value;
        }
        if (context.has(QStringLiteral("limit"))) {
            const auto value = number(context.option(QStringLiteral("limit")), 0, std::numeric_limits<int>::max());
            if (!value)
                return context.usageError(Tr::tr("--limit needs a number of 0 or more"));
            options.limit = *value;
        }
        auto db = context.openDatabase(DatabaseAccess::Read);
        if (!db.ok())
            return context.fail(db.error());
        auto result = Dedupe::DuplicateFinder::find(**db, options);
        if (!result.ok())
            return context.fail(result.error());
        if (context.json()) {
            QJsonArray pairs;
            for (const Dedupe::DuplicatePair &pair : std::as_const(result->pairs))
                pairs.append(QJsonObject{{QStringLiteral("first_id"), pair.firstId},
                                         {QStringLiteral("second_id"), pair.secondId},
                                         {QStringLiteral("first_name"), pair.firstName},
                                         {QStringLiteral("second_name"), pair.secondName},
                                         {QStringLiteral("score"), pair.score},
                                         {QStringLiteral("reasons"), QJsonArray::fromStringList(pair.reasons)}});
            context.printJson({{QStringLiteral("contacts"), result->contacts},
                               {QStringLiteral("candidate_pairs"), result->candidatePairs},
                               {QStringLiteral("common_keys_skipped"), result->commonKeysSkipped},
                               {QStringLiteral("pairs"), pairs}});
            return ExitCode::Ok;
        }
        for (const Dedupe::DuplicatePair &pair : std::as_const(result->pairs))
            context.printLine(QStringLiteral("%1\t%2 (%3)\t%4 (%5)\t%6")
                                  .arg(pair.score)
                                  .arg(pair.firstName, pair.firstId, pair.secondName, pair.secondId,
                                       pair.reasons.join(QStringLiteral(", "))));
        context.note(Tr::tr("%n pair(s) among %1 contacts", nullptr, int(result->pairs.size())).arg(result->contacts));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeDuplicatesCommand()
{
    return std::make_unique<DuplicatesCommand>();
}

} // namespace Kizuna::Cli
