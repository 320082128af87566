// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli kpi: every KPI of a period and of the period before it.
#include "core/analytics/kpiengine.h"
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/commands/commandoptions.h"
#include "core/cli/exitcode.h"
#include "core/segments/segmentmembers.h"
#include "core/segments/segmentrepository.h"
#include "core/storage/database.h"

#include <QJsonObject>
#include <QLocale>

#include <functional>

namespace Kizuna::Cli {

namespace {

using Analytics::KpiValues;

enum class KpiKind { Money, Count, Rate, Days, Points };

struct KpiColumn
{
    const char *key;
    KpiKind kind;
    std::function<std::optional<double>(const KpiValues &)> value;
};

// Every KPI in the order PRODUCT.md lists them; keys are the JSON names.
const std::vector<KpiColumn> &kpiColumns()
{
    static const std::vector<KpiColumn> columns{
        {"revenue", KpiKind::Money, [](const KpiValues &v) { return v.revenue; }},
        {"orders", KpiKind::Count, [](const KpiValues &v) { return double(v.orders); }},
        {"aov", KpiKind::Money, [](const KpiValues &v) { return v.aov; }},
        {"active_customers", KpiKind::Count, [](const KpiValues &v) { return double(v.activeCustomers); }},
        {"new_customers", KpiKind::Count, [](const KpiValues &v) { return double(v.newCustomers); }},
        {"repeat_rate", KpiKind::Rate, [](const KpiValues &v) { return v.repeatRate; }},
        {"retention_rate", KpiKind::Rate, [](const KpiValues &v) { return v.retentionRate; }},
        {"churn_rate", KpiKind::Rate, [](const KpiValues &v) { return v.churnRate; }},
        {"new_leads", KpiKind::Count, [](const KpiValues &v) { return double(v.newLeads); }},
        {"lead_conversion_rate", KpiKind::Rate, [](const KpiValues &v) { return v.leadConversionRate; }},
        {"win_rate", KpiKind::Rate, [](const KpiValues &v) { return v.winRate; }},
        {"pipeline_value", KpiKind::Money, [](const KpiValues &v) { return v.pipelineValue; }},
        {"weighted_pipeline_value", KpiKind::Money, [](const KpiValues &v) { return v.weightedPipelineValue; }},
        {"sales_cycle_days", KpiKind::Days, [](const KpiValues &v) { return v.salesCycleDays; }},
        {"nps", KpiKind::Points, [](const KpiValues &v) { return v.nps; }},
        {"cross_sell_rate", KpiKind::Rate, [](const KpiValues &v) { return v.crossSellRate; }},
        {"cac", KpiKind::Money, [](const KpiValues &v) { return v.cac; }},
        {"historic_ltv", KpiKind::Money, [](const KpiValues &v) { return v.historicLtv; }},
    };
    return columns;
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject periodJson(const Analytics::Period &period)
{
    return {{QStringLiteral("from"), period.first.toString(Qt::ISODate)},
            {QStringLiteral("to"), period.last.toString(Qt::ISODate)}};
}

QJsonObject kpiJson(const KpiValues &values, const Analytics::Period &period)
{
    QJsonObject object{{QStringLiteral("period"), periodJson(period)}};
    for (const KpiColumn &column : kpiColumns()) {
        const auto value = column.value(values);
        const bool whole = column.kind == KpiKind::Count && value;
        object.insert(QString::fromLatin1(column.key), whole ? QJsonValue(qint64(*value)) : jsonNumber(value));
    }
    object.insert(QStringLiteral("new_leads_by_source"), countsJson(values.newLeadsBySource));
    object.insert(QStringLiteral("lost_reasons"), countsJson(values.lostReasons));
    return object;
}

QString formatValue(KpiKind kind, std::optional<double> value)
{
    if (!value)
        return QStringLiteral("–");
    const QLocale c = QLocale::c();
    switch (kind) {
    case KpiKind::Money:
        return c.toString(*value, 'f', 2);
    case KpiKind::Count:
        return c.toString(qint64(*value));
    case KpiKind::Rate:
        return c.toString(*value * 100, 'f', 1) + QStringLiteral(" %");
    case KpiKind::Days:
    case KpiKind::Points:
        return c.toString(*value, 'f', 1);
    }
    return {};
}

QString kpiTable(const KpiValues &current, const KpiValues &previous)
{
    QStringList names{Tr::tr("KPI")}, values{Tr::tr("value")}, before{Tr::tr("previous")};
    for (const KpiColumn &column : kpiColumns()) {
        names << QString::fromLatin1(column.key);
        values << formatValue(column.kind, column.value(current));
        before << formatValue(column.kind, column.value(previous));
    }
    qsizetype nameWidth = 0, valueWidth = 0, beforeWidth = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        nameWidth = std::max(nameWidth, names.at(i).size());
        valueWidth = std::max(valueWidth, values.at(i).size());
        beforeWidth = std::max(beforeWidth, before.at(i).size());
    }
    QString text;
    for (qsizetype i = 0; i < names.size(); ++i)
        text += names.at(i).leftJustified(nameWidth + 2) + values.at(i).rightJustified(valueWidth)
                + QStringLiteral("  ") + before.at(i).rightJustified(beforeWidth) + u'\n';
    return text;
}

class KpiCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("kpi"),
                Tr::tr("Show the KPIs of a period and of the period before it"),
                Tr::tr("Computes every KPI for the days from --from to --to (both included) and for the "
                       "period of the same length just before. Rates are fractions in JSON (0.25 = 25 %), "
                       "null where a KPI has no data. --owner limits the KPIs to one user's records, "
                       "--segment to the records of a saved segment's contacts (its members as of --to)."),
                {Options::database(),
                 {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), Tr::tr("first day of the period"), true},
                 {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), Tr::tr("last day of the period"), true},
                 {QStringLiteral("owner"), QStringLiteral("USER_ID"), Tr::tr("only records of this owner")},
                 {QStringLiteral("segment"), QStringLiteral("NAME_OR_ID"),
                  Tr::tr("only records of this segment's contacts")},
                 Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        const auto from = dateOption(context, QStringLiteral("from"));
        if (!from)
            return ExitCode::Usage;
        const auto to = dateOption(context, QStringLiteral("to"));
        if (!to)
            return ExitCode::Usage;
        const Analytics::Period period{*from, *to};
        if (!period.isValid())
            return context.usageError(Tr::tr("--from %1 is after --to %2")
                                          .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        Analytics::KpiFilter filter;
        filter.ownerId = context.option(QStringLiteral("owner"));

        auto db = context.openDatabase(DatabaseAccess::Read);
        if (!db.ok())
            return context.fail(db.error());
        // The segment's members as of the period's last day, in a temporary table that both
        // periods read.
        std::optional<Segments::Segment> segment;
        Segments::SegmentTable members;
        if (context.has(QStringLiteral("segment"))) {
            auto found = Segments::SegmentRepository::find(**db, context.option(QStringLiteral("segment")));
            if (!found.ok())
                return context.fail(found.error());
            auto rule = found->rule();
            if (!rule.ok())
                return context.fail(rule.error());
            auto table = Segments::SegmentMembers(**db, period.last).materialise(*rule);
            if (!table.ok())
                return context.fail(table.error());
            segment = *found;
            members = std::move(*table);
            filter.contactTable = members.name();
        }
        Analytics::KpiEngine engine(**db);
        auto current = engine.compute(period, filter);
        if (!current.ok())
            return context.fail(current.error());
        const Analytics::Period previousPeriod = period.previous();
        auto previous = engine.compute(previousPeriod, filter);
        if (!previous.ok())
            return context.fail(previous.error());

        if (context.json()) {
            QJsonObject object = kpiJson(*current, period);
            object.insert(QStringLiteral("previous"), kpiJson(*previous, previousPeriod));
            if (segment)
                object.insert(QStringLiteral("segment"),
                              QJsonObject{{QStringLiteral("id"), segment->id}, {QStringLiteral("name"), segment->name},
                                          {QStringLiteral("members"), members.size()}});
            context.printJson(object);
            return ExitCode::Ok;
        }
        context.printLine(Tr::tr("period %1 – %2 (previous %3 – %4)")
                              .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate),
                                   previousPeriod.first.toString(Qt::ISODate),
                                   previousPeriod.last.toString(Qt::ISODate)));
        if (segment)
            context.printLine(Tr::tr("segment %1, members: %2").arg(segment->name).arg(members.size()));
        context.print(kpiTable(*current, *previous));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeKpiCommand()
{
    return std::make_unique<KpiCommand>();
}

} // namespace Kizuna::Cli
