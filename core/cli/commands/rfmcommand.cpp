// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli rfm: recency/frequency/monetary scores of every customer and the class counts.
#include "core/analytics/rfm.h"
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/commands/commandoptions.h"
#include "core/cli/exitcode.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Kizuna::Cli {

namespace {

using Analytics::RfmClass;
using Analytics::RfmCustomer;

constexpr qint64 DefaultDormantDays = 180;

QMap<RfmClass, qint64> classCounts(const std::vector<RfmCustomer> &customers)
{
    QMap<RfmClass, qint64> counts;
    for (RfmClass rfmClass : Analytics::rfmClasses())
        counts.insert(rfmClass, 0);
    for (const RfmCustomer &customer : customers)
        ++counts[customer.rfmClass];
    return counts;
}

QJsonArray scoresJson(const std::vector<RfmCustomer> &customers)
{
    QJsonArray scores;
    for (const RfmCustomer &c : customers)
        scores.append(QJsonObject{{QStringLiteral("contact_id"), c.contactId},
                                  {QStringLiteral("recency_days"), c.recencyDays},
                                  {QStringLiteral("frequency"), c.frequency},
                                  {QStringLiteral("monetary"), c.monetary},
                                  {QStringLiteral("r"), c.r},
                                  {QStringLiteral("f"), c.f},
                                  {QStringLiteral("m"), c.m},
                                  {QStringLiteral("class"), Analytics::rfmClassKey(c.rfmClass)}});
    return scores;
}

class RfmCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("rfm"),
                Tr::tr("Score customers by recency, frequency and monetary value"),
                Tr::tr("Scores every contact with an order up to --as-of (default today) from 1 to 5 on "
                       "recency, frequency and monetary value (quintiles, 5 best) and puts them in one of "
                       "eleven classes. Dormant: customers whose last order is more than --dormant-days "
                       "(default 180) before --as-of. --json adds the scores of every customer."),
                {Options::database(),
                 {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"), Tr::tr("the day of the analysis (default today)")},
                 {QStringLiteral("dormant-days"), QStringLiteral("N"),
                  Tr::tr("days without an order that make a customer dormant (default 180)")},
                 Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        const auto asOf = dateOption(context, QStringLiteral("as-of"), QDate::currentDate());
        if (!asOf)
            return ExitCode::Usage;
        const auto dormantDays = context.integerOption(QStringLiteral("dormant-days"), DefaultDormantDays, 1, 100000);
        if (!dormantDays)
            return ExitCode::Usage;
        auto db = context.openDatabase(DatabaseAccess::Read);
        if (!db.ok())
            return context.fail(db.error());
        auto customers = Analytics::computeRfm(**db, *asOf);
        if (!customers.ok())
            return context.fail(customers.error());

        const QMap<RfmClass, qint64> counts = classCounts(*customers);
        const qint64 dormant = std::count_if(customers->cbegin(), customers->cend(), [&](const RfmCustomer &c) {
            return c.recencyDays > double(*dormantDays);
        });
        if (context.json()) {
            QJsonObject classes;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                classes.insert(Analytics::rfmClassKey(it.key()), it.value());
            context.printJson({{QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                               {QStringLiteral("customers"), qint64(customers->size())},
                               {QStringLiteral("classes"), classes},
                               {QStringLiteral("dormant_days"), *dormantDays},
                               {QStringLiteral("dormant"), dormant},
                               {QStringLiteral("scores"), scoresJson(*customers)}});
            return ExitCode::Ok;
        }
        printTable(context, counts, qint64(customers->size()));
        context.printLine(Tr::tr("%1 customers as of %2; %3 dormant (no order in %4 days)")
                              .arg(customers->size())
                              .arg(asOf->toString(Qt::ISODate))
                              .arg(dormant)
                              .arg(*dormantDays));
        return ExitCode::Ok;
    }

private:
    static void printTable(const CommandContext &context, const QMap<RfmClass, qint64> &counts, qint64 total)
    {
        qsizetype width = 0;
        for (RfmClass rfmClass : Analytics::rfmClasses())
            width = std::max(width, Analytics::rfmClassName(rfmClass).size());
        const QLocale c = QLocale::c();
        for (RfmClass rfmClass : Analytics::rfmClasses()) {
            const qint64 count = counts.value(rfmClass);
            const double share = total > 0 ? 100.0 * double(count) / double(total) : 0.0;
            context.printLine(Analytics::rfmClassName(rfmClass).leftJustified(width + 2)
                              + c.toString(count).rightJustified(8)
                              + QString(c.toString(share, 'f', 1) + QStringLiteral(" %")).rightJustified(9));
        }
    }
};

} // namespace

std::unique_ptr<Command> makeRfmCommand()
{
    return std::make_unique<RfmCommand>();
}

} // namespace Kizuna::Cli
