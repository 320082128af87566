// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli search: the desktop app's search from the command line, and a latency benchmark
// that types queries key by key.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/exitcode.h"
#include "core/search/searchengine.h"
#include "core/storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Kizuna::Cli {

namespace {

constexpr int DefaultLimit = 20;

QJsonArray hitsJson(const Search::SearchHits &hits)
{
    QJsonArray array;
    for (const Search::SearchHit &hit : hits)
        array.append(QJsonObject{{QStringLiteral("entity"), hit.entity},
                                 {QStringLiteral("id"), hit.recordId},
                                 {QStringLiteral("title"), hit.title},
                                 {QStringLiteral("subtitle"), hit.subtitle}});
    return array;
}

// The prefixes of a query as typed key by key: one more Unicode code point each.
QStringList typedPrefixes(const QString &query)
{
    QStringList prefixes;
    qsizetype i = 0;
    while (i < query.size()) {
        i += (query.at(i).isHighSurrogate() && i + 1 < query.size() && query.at(i + 1).isLowSurrogate()) ? 2 : 1;
        prefixes << query.left(i);
    }
    return prefixes;
}

// The value below which `share` of the sorted values lie (nearest rank).
double percentile(const std::vector<double> &sorted, double share)
{
    if (sorted.empty())
        return 0;
    const auto rank = qsizetype(std::ceil(share * double(sorted.size())));
    return sorted[size_t(std::clamp<qsizetype>(rank, 1, qsizetype(sorted.size())) - 1)];
}

class SearchCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("search"),
                Tr::tr("Search contacts, companies, deals and activities"),
                Tr::tr("Finds records as the search field of the desktop app does: by any part of names, "
                       "readings (hiragana or katakana), emails, phone numbers and activity text. With "
                       "--bench FILE (one query per line, no QUERY), every query is typed key by key "
                       "against one open database and the latency of each search is measured; the result "
                       "is JSON: the number of searches and their median, 95th percentile and maximum "
                       "in milliseconds."),
                {Options::database(),
                 {QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("at most N hits (default 20)")},
                 {QStringLiteral("bench"), QStringLiteral("FILE"), Tr::tr("measure the latency of the queries in FILE")},
                 Options::json()},
                QStringLiteral("QUERY"),
                0,
                1};
    }

    int run(CommandContext &context) override
    {
        const auto limit = context.integerOption(QStringLiteral("limit"), DefaultLimit, 1, 10000);
        if (!limit)
            return ExitCode::Usage;
        const bool bench = context.has(QStringLiteral("bench"));
        if (bench && !context.positional().isEmpty())
            return context.usageError(Tr::tr("give either QUERY or --bench FILE, not both"));
        if (!bench && context.positional().isEmpty())
            return context.usageError(Tr::tr("\"search\" needs QUERY (or --bench FILE)"));

        QStringList queries;
        if (bench) {
            auto read = readQueries(context.option(QStringLiteral("bench")));
            if (!read.ok())
                return context.fail(read.error());
            queries = *read;
        }
        auto db = context.openDatabase(DatabaseAccess::Read);
        if (!db.ok())
            return context.fail(db.error());
        Search::SearchEngine engine(**db);
        if (bench)
            return runBench(context, engine, queries, int(*limit));

        const QString query = context.positional().first();
        auto hits = engine.search(query, int(*limit));
        if (!hits.ok())
            return context.fail(hits.error());
        if (context.json()) {
            context.printJson({{QStringLiteral("query"), query}, {QStringLiteral("hits"), hitsJson(*hits)}});
            return ExitCode::Ok;
        }
        for (const Search::SearchHit &hit : std::as_const(*hits))
            context.printLine(hit.entity + u'\t' + hit.title + u'\t' + hit.subtitle + u'\t' + hit.recordId);
        if (hits->isEmpty())
            context.note(Tr::tr("nothing found"));
        return ExitCode::Ok;
    }

private:
    static Result<QStringList> readQueries(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error::badInput(Tr::tr("%1: cannot open: %2").arg(path, file.errorString()));
        QStringList queries;
        while (!file.atEnd()) {
            QString line = QString::fromUtf8(file.readLine());
            if (line.startsWith(QChar(0xFEFF)))
                line.remove(0, 1);
            while (line.endsWith(u'\n') || line.endsWith(u'\r'))
                line.chop(1);
            if (!line.isEmpty())
                queries << line;
        }
        return queries;
    }

    static int runBench(const CommandContext &context, Search::SearchEngine &engine, const QStringList &queries,
                        int limit)
    {
        std::vector<double> milliseconds;
        QElapsedTimer timer;
        for (const QString &query : queries) {
            for (const QString &prefix : typedPrefixes(query)) {
                timer.start();
                auto hits = engine.search(prefix, limit);
                const qint64 elapsed = timer.nsecsElapsed();
                if (!hits.ok())
                    return context.fail(hits.error());
                milliseconds.push_back(double(elapsed) / 1e6);
            }
        }
        std::sort(milliseconds.begin(), milliseconds.end());
        const double p50 = percentile(milliseconds, 0.5);
        const double p95 = percentile(milliseconds, 0.95);
        const double max = milliseconds.empty() ? 0.0 : milliseconds.back();
        // Always JSON: the result of a benchmark is for scripts and reports.
        context.printJson({{QStringLiteral("queries"), qint64(milliseconds.size())},
                           {QStringLiteral("p50_ms"), p50},
                           {QStringLiteral("p95_ms"), p95},
                           {QStringLiteral("max_ms"), max}});
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeSearchCommand()
{
    return std::make_unique<SearchCommand>();
}

} // namespace Kizuna::Cli
