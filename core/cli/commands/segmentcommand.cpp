// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli segment list|create|update|show|members|delete: saved segments (rules over contacts) for
// scripts, through the record store, so every change lands in the change log.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commandregistry.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/commands/commandoptions.h"
#include "core/cli/commands/recordwriting.h"
#include "core/cli/exitcode.h"
#include "core/model/changecontext.h"
#include "core/model/personname.h"
#include "core/model/recordstore.h"
#include "core/segments/segmentmembers.h"
#include "core/segments/segmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kizuna::Cli {

namespace {

using Segments::Segment;
using Segments::SegmentRepository;
using Segments::SegmentRule;

QString rulesHelp()
{
    return Tr::tr("A rule is JSON: {\"op\": \"and\"|\"or\", \"conditions\": [{\"field\": F, \"operator\": O, "
                  "\"value\": V} or a nested group …]}; --rule @FILE reads it from a file. Fields: %1. "
                  "Operators: =, !=, in, not_in, contains, <, <=, >, >=, between ([from, to]), is_empty, "
                  "is_not_empty. Recency, RFM class, orders and revenue are taken as of --as-of (today).")
        .arg(Segments::segmentFieldNames().join(QStringLiteral(", ")));
}

OptionSpec asOfOption()
{
    return {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"),
            Tr::tr("evaluate recency, RFM class, orders and revenue on this day (default today)")};
}

QJsonValue ruleJson(const Segment &segment)
{
    const QJsonDocument document = QJsonDocument::fromJson(segment.ruleJson);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(QString::fromUtf8(segment.ruleJson));
}

// The --rule value: JSON, or @FILE.
Result<SegmentRule> ruleOption(const CommandContext &context)
{
    QString text = context.option(QStringLiteral("rule"));
    if (text.startsWith(u'@')) {
        QFile file(text.mid(1));
        if (!file.open(QIODevice::ReadOnly))
            return Error::badInput(Tr::tr("cannot read the rule file %1: %2").arg(file.fileName(), file.errorString()));
        return SegmentRule::fromJson(file.readAll());
    }
    return SegmentRule::fromJson(text.toUtf8());
}

struct OpenSegment
{
    std::unique_ptr<Storage::Database> db;
    Segment segment;
    SegmentRule rule;
};

// The database and the segment named by the first argument, with its rule parsed.
Result<OpenSegment> openSegment(const CommandContext &context, DatabaseAccess access)
{
    auto db = context.openDatabase(access);
    if (!db.ok())
        return db.error();
    auto segment = SegmentRepository::find(**db, context.positional().first());
    if (!segment.ok())
        return segment.error();
    auto rule = segment->rule();
    if (!rule.ok())
        return rule.error();
    return OpenSegment{std::move(*db), *segment, *rule};
}

class SegmentListCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("segment list"), Tr::tr("List the saved segments"), {},
                {Options::database(), Options::json()}, {}, 0, 0};
    }

    int run(CommandContext &context) override
    {
        auto db = context.openDatabase(DatabaseAccess::Read);
        if (!db.ok())
            return context.fail(db.error());
        auto segments = SegmentRepository::list(**db);
        if (!segments.ok())
            return context.fail(segments.error());
        if (context.json()) {
            QJsonArray items;
            for (const Segment &segment : std::as_const(*segments))
                items.append(QJsonObject{{QStringLiteral("id"), segment.id}, {QStringLiteral("name"), segment.name},
                                         {QStringLiteral("rule"), ruleJson(segment)}});
            context.printJson({{QStringLiteral("segments"), items}});
            return ExitCode::Ok;
        }
        for (const Segment &segment : std::as_const(*segments))
            context.printLine(segment.id + u"  " + segment.name + u"  " + QString::fromUtf8(segment.ruleJson));
        return ExitCode::Ok;
    }
};

class SegmentCreateCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("segment create"),
                Tr::tr("Save a segment and print its id"),
                rulesHelp(),
                {Options::database(),
                 {QStringLiteral("name"), QStringLiteral("NAME"), Tr::tr("the segment's name (unique)"), true},
                 {QStringLiteral("rule"), QStringLiteral("JSON"), Tr::tr("the rule, or @FILE"), true},
                 Options::json()},
                {}, 0, 0};
    }

    int run(CommandContext &context) override
    {
        auto rule = ruleOption(context);
        if (!rule.ok())
            return context.fail(rule.error());
        auto open = openStore(context);
        if (!open.ok())
            return context.fail(open.error());
        auto id = SegmentRepository(*open->store).create(context.option(QStringLiteral("name")), *rule);
        if (!id.ok())
            return context.fail(id.error());
        return reportCreated(context, *id);
    }
};

class SegmentUpdateCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("segment update"),
                Tr::tr("Rename a segment or give it a new rule"),
                rulesHelp(),
                {Options::database(),
                 {QStringLiteral("name"), QStringLiteral("NAME"), Tr::tr("the new name (unique)")},
                 {QStringLiteral("rule"), QStringLiteral("JSON"), Tr::tr("the new rule, or @FILE")},
                 Options::json()},
                QStringLiteral("NAME_OR_ID"), 1, 1};
    }

    int run(CommandContext &context) override
    {
        if (!context.has(QStringLiteral("name")) && !context.has(QStringLiteral("rule")))
            return context.fail(Error::badInput(Tr::tr("give --name, --rule or both")));
        auto open = openStore(context);
        if (!open.ok())
            return context.fail(open.error());
        auto segment = SegmentRepository::find(*open->db, context.positional().first());
        if (!segment.ok())
            return context.fail(segment.error());
        // The rule stays as stored unless --rule replaces it.
        Result<SegmentRule> rule = context.has(QStringLiteral("rule")) ? ruleOption(context) : segment->rule();
        if (!rule.ok())
            return context.fail(rule.error());
        const QString name
            = context.has(QStringLiteral("name")) ? context.option(QStringLiteral("name")) : segment->name;
        if (auto updated = SegmentRepository(*open->store).update(segment->id, name, *rule); !updated.ok())
            return context.fail(updated.error());
        return reportDone(context, segment->id, QStringLiteral("updated"),
                          Tr::tr("segment \"%1\" (%2) saved").arg(name.trimmed(), segment->id));
    }
};

class SegmentShowCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("segment show"),
                Tr::tr("Show a segment's rule and how many contacts it has"),
                {},
                {Options::database(), asOfOption(), Options::json()},
                QStringLiteral("NAME_OR_ID"), 1, 1};
    }

    int run(CommandContext &context) override
    {
        const auto asOf = dateOption(context, QStringLiteral("as-of"), QDate::currentDate());
        if (!asOf)
            return ExitCode::Usage;
        auto open = openSegment(context, DatabaseAccess::Read);
        if (!open.ok())
            return context.fail(open.error());
        Segments::SegmentMembers members(*open->db, *asOf);
        auto count = members.count(open->rule);
        if (!count.ok())
            return context.fail(count.error());
        const Segment &segment = open->segment;
        if (context.json()) {
            context.printJson({{QStringLiteral("id"), segment.id}, {QStringLiteral("name"), segment.name},
                               {QStringLiteral("rule"), open->rule.toJsonObject()},
                               {QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                               {QStringLiteral("members"), *count}});
            return ExitCode::Ok;
        }
        context.printLine(Tr::tr("id       %1").arg(segment.id));
        context.printLine(Tr::tr("name     %1").arg(segment.name));
        context.printLine(Tr::tr("members  %1 (as of %2)").arg(*count).arg(asOf->toString(Qt::ISODate)));
        context.print(QString::fromUtf8(QJsonDocument(open->rule.toJsonObject()).toJson(QJsonDocument::Indented)));
        return ExitCode::Ok;
    }
};

class SegmentMembersCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("segment members"),
                Tr::tr("List the contacts of a segment, a page at a time"),
                Tr::tr("Contacts in id order; pass the last id of a page as --after to get the next one."),
                {Options::database(),
                 {QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("contacts per page (default 100)")},
                 {QStringLiteral("after"), QStringLiteral("ID"), Tr::tr("start after this contact id")},
                 asOfOption(), Options::json()},
                QStringLiteral("NAME_OR_ID"), 1, 1};
    }

    int run(CommandContext &context) override
    {
        const auto asOf = dateOption(context, QStringLiteral("as-of"), QDate::currentDate());
        if (!asOf)
            return ExitCode::Usage;
        const auto limit = context.integerOption(QStringLiteral("limit"), 100, 1, 1000000);
        if (!limit)
            return ExitCode::Usage;
        auto open = openSegment(context, DatabaseAccess::Read);
        if (!open.ok())
            return context.fail(open.error());
        Segments::SegmentMembers members(*open->db, *asOf);
        auto ids = members.page(open->rule, context.option(QStringLiteral("after")), static_cast<int>(*limit));
        if (!ids.ok())
            return context.fail(ids.error());
        auto rows = describe(*open->db, *ids);
        if (!rows.ok())
            return context.fail(rows.error());
        if (context.json()) {
            auto count = members.count(open->rule);
            if (!count.ok())
                return context.fail(count.error());
            const bool more = ids->size() == *limit;
            context.printJson({{QStringLiteral("segment"), open->segment.id},
                               {QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                               {QStringLiteral("count"), *count},
                               {QStringLiteral("members"), *rows},
                               {QStringLiteral("next_after"), more ? QJsonValue(ids->last()) : QJsonValue()}});
            return ExitCode::Ok;
        }
        for (const QJsonValue &row : std::as_const(*rows)) {
            const QJsonObject contact = row.toObject();
            context.printLine(contact.value(QStringLiteral("id")).toString() + u"  "
                              + contact.value(QStringLiteral("name")).toString() + u"  "
                              + contact.value(QStringLiteral("email")).toString());
        }
        return ExitCode::Ok;
    }

private:
    // Id, display name and email of each contact, in the order of `ids`.
    static Result<QJsonArray> describe(Storage::Database &db, const QStringList &ids)
    {
        auto statement = db.prepare(QStringLiteral(
            "SELECT c.id, c.family_name, c.given_name, c.email FROM contacts c "
            "WHERE c.id IN (SELECT value FROM json_each(?1)) ORDER BY c.id"));
        if (!statement.ok())
            return statement.error();
        statement->bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
        QJsonArray rows;
        KIZUNA_TRY(statement->forEachRow([&] {
            rows.append(QJsonObject{{QStringLiteral("id"), statement->columnText(0)},
                                    {QStringLiteral("name"), Model::displayName(statement->columnText(1),
                                                                                statement->columnText(2))},
                                    {QStringLiteral("email"), statement->columnText(3)}});
        }));
        return rows;
    }
};

class SegmentDeleteCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("segment delete"), Tr::tr("Move a segment to the Trash"), {},
                {Options::database(), Options::json()}, QStringLiteral("NAME_OR_ID"), 1, 1};
    }

    int run(CommandContext &context) override
    {
        auto open = openStore(context);
        if (!open.ok())
            return context.fail(open.error());
        auto segment = SegmentRepository::find(*open->db, context.positional().first());
        if (!segment.ok())
            return context.fail(segment.error());
        if (auto removed = SegmentRepository(*open->store).remove(segment->id); !removed.ok())
            return context.fail(removed.error());
        return reportDone(context, segment->id, QStringLiteral("deleted"),
                          Tr::tr("segment \"%1\" (%2) moved to the Trash").arg(segment->name, segment->id));
    }
};

} // namespace

void registerSegmentCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<SegmentListCommand>());
    registry.add(std::make_unique<SegmentCreateCommand>());
    registry.add(std::make_unique<SegmentUpdateCommand>());
    registry.add(std::make_unique<SegmentShowCommand>());
    registry.add(std::make_unique<SegmentMembersCommand>());
    registry.add(std::make_unique<SegmentDeleteCommand>());
}

} // namespace Kizuna::Cli
