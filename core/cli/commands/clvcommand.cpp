// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli clv: BG/NBD + Gamma-Gamma customer lifetime value, with an optional hold-out check.
#include "core/analytics/clvanalysis.h"
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

using Analytics::ClvReport;

QJsonObject bgnbdJson(const Analytics::BgNbdFit &fit)
{
    return {{QStringLiteral("r"), fit.params.r},
            {QStringLiteral("alpha"), fit.params.alpha},
            {QStringLiteral("a"), fit.params.a},
            {QStringLiteral("b"), fit.params.b},
            {QStringLiteral("loglik"), fit.logLikelihood}};
}

QJsonValue gammaGammaJson(const std::optional<Analytics::GammaGammaFit> &fit)
{
    if (!fit)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("p"), fit->params.p},
                       {QStringLiteral("q"), fit->params.q},
                       {QStringLiteral("v"), fit->params.gamma},
                       {QStringLiteral("loglik"), fit->logLikelihood}};
}

QJsonArray trackingJson(const ClvReport &report)
{
    QJsonArray tracking;
    for (const Analytics::TrackingPoint &point : report.tracking)
        tracking.append(QJsonObject{{QStringLiteral("week"), point.week},
                                    {QStringLiteral("actual"), point.actual},
                                    {QStringLiteral("predicted"), point.predicted}});
    return tracking;
}

QJsonArray customersJson(const ClvReport &report)
{
    QJsonArray customers;
    for (const Analytics::CustomerValue &c : report.customers)
        customers.append(QJsonObject{{QStringLiteral("contact_id"), c.contactId},
                                     {QStringLiteral("x"), c.summary.frequency},
                                     {QStringLiteral("t_x"), c.summary.recency},
                                     {QStringLiteral("T"), c.summary.age},
                                     {QStringLiteral("p_alive"), c.probabilityAlive},
                                     {QStringLiteral("expected_purchases"), c.expectedPurchases},
                                     {QStringLiteral("expected_value"), c.expectedAverageValue},
                                     {QStringLiteral("clv"), c.clv},
                                     {QStringLiteral("churn_risk"), c.churnRisk}});
    return customers;
}

QString number(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

class ClvCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("clv"),
                Tr::tr("Predict customer lifetime value (BG/NBD and Gamma-Gamma)"),
                Tr::tr("Fits BG/NBD (number of future purchases) and Gamma-Gamma (their value) to the orders "
                       "up to --calibration-end and predicts each customer's value over the horizon, "
                       "discounted monthly. With --holdout-end, compares the predicted repeat purchases "
                       "after the calibration end with the actual ones."),
                {Options::database(),
                 {QStringLiteral("calibration-end"), QStringLiteral("YYYY-MM-DD"),
                  Tr::tr("last day of the calibration period"), true},
                 {QStringLiteral("holdout-end"), QStringLiteral("YYYY-MM-DD"), Tr::tr("last day of the hold-out period")},
                 {QStringLiteral("horizon-weeks"), QStringLiteral("N"), Tr::tr("CLV horizon in weeks (default 52)")},
                 {QStringLiteral("discount"), QStringLiteral("RATE"), Tr::tr("monthly discount rate (default 0.01)")},
                 {QStringLiteral("customers"), {}, Tr::tr("also list every customer's values")},
                 {QStringLiteral("tracking"), {}, Tr::tr("also list cumulative repeat purchases week by week")},
                 Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        Analytics::ClvOptions options;
        const auto calibrationEnd = dateOption(context, QStringLiteral("calibration-end"));
        if (!calibrationEnd)
            return ExitCode::Usage;
        const auto holdoutEnd = dateOption(context, QStringLiteral("holdout-end"));
        if (!holdoutEnd)
            return ExitCode::Usage;
        if (holdoutEnd->isValid() && *holdoutEnd <= *calibrationEnd)
            return context.usageError(Tr::tr("--holdout-end must be after --calibration-end"));
        const auto horizon = context.integerOption(QStringLiteral("horizon-weeks"), 52, 1, 5200);
        if (!horizon)
            return ExitCode::Usage;
        const auto discount = numberOption(context, QStringLiteral("discount"), 0.01, 0, 1);
        if (!discount)
            return ExitCode::Usage;
        options.calibrationEnd = *calibrationEnd;
        options.holdoutEnd = *holdoutEnd;
        options.horizonWeeks = double(*horizon);
        options.monthlyDiscountRate = *discount;

        auto db = context.openDatabase(DatabaseAccess::Read);
        if (!db.ok())
            return context.fail(db.error());
        auto report = Analytics::analyseClv(**db, options);
        if (!report.ok())
            return context.fail(report.error());
        if (context.json()) {
            context.printJson(json(context, *report));
            return ExitCode::Ok;
        }
        printText(context, *report);
        return ExitCode::Ok;
    }

private:
    static QJsonObject json(const CommandContext &context, const ClvReport &report)
    {
        QJsonValue holdout = QJsonValue::Null;
        if (report.holdoutPredicted && report.holdoutActual)
            holdout = QJsonObject{{QStringLiteral("predicted"), *report.holdoutPredicted},
                                  {QStringLiteral("actual"), *report.holdoutActual}};
        QJsonObject object{{QStringLiteral("customers"), qint64(report.customers.size())},
                           {QStringLiteral("bgnbd"), bgnbdJson(report.bgnbd)},
                           {QStringLiteral("gammagamma"), gammaGammaJson(report.gammaGamma)},
                           {QStringLiteral("holdout"), holdout}};
        if (context.has(QStringLiteral("tracking")))
            object.insert(QStringLiteral("tracking"), trackingJson(report));
        if (context.has(QStringLiteral("customers")))
            object.insert(QStringLiteral("customer_values"), customersJson(report));
        return object;
    }

    static void printText(const CommandContext &context, const ClvReport &report)
    {
        const Analytics::BgNbdParams &p = report.bgnbd.params;
        context.printLine(Tr::tr("customers: %1").arg(report.customers.size()));
        context.printLine(Tr::tr("BG/NBD: r %1, alpha %2, a %3, b %4 (log-likelihood %5)")
                              .arg(number(p.r, 4), number(p.alpha, 4), number(p.a, 4), number(p.b, 4),
                                   number(report.bgnbd.logLikelihood, 2)));
        if (report.gammaGamma)
            context.printLine(Tr::tr("Gamma-Gamma: p %1, q %2, v %3 (log-likelihood %4)")
                                  .arg(number(report.gammaGamma->params.p, 4), number(report.gammaGamma->params.q, 4),
                                       number(report.gammaGamma->params.gamma, 4),
                                       number(report.gammaGamma->logLikelihood, 2)));
        else
            context.printLine(Tr::tr("Gamma-Gamma: not fitted (too few repeat buyers with an amount)"));
        if (report.holdoutPredicted && report.holdoutActual)
            context.printLine(Tr::tr("hold-out repeat purchases: predicted %1, actual %2")
                                  .arg(number(*report.holdoutPredicted, 1), number(*report.holdoutActual, 0)));
        if (context.has(QStringLiteral("tracking"))) {
            for (const Analytics::TrackingPoint &point : report.tracking)
                context.printLine(Tr::tr("week %1: actual %2, predicted %3")
                                      .arg(point.week)
                                      .arg(number(point.actual, 0), number(point.predicted, 1)));
        }
        if (context.has(QStringLiteral("customers"))) {
            for (const Analytics::CustomerValue &c : report.customers)
                context.printLine(Tr::tr("%1  P(alive) %2  expected purchases %3  CLV %4  churn risk %5")
                                      .arg(c.contactId, number(c.probabilityAlive, 3), number(c.expectedPurchases, 2),
                                           number(c.clv, 2), number(c.churnRisk, 3)));
        }
    }
};

} // namespace

std::unique_ptr<Command> makeClvCommand()
{
    return std::make_unique<ClvCommand>();
}

} // namespace Kizuna::Cli
