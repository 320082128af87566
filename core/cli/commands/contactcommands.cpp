// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli contact add|update|delete|restore|show: contacts for scripts, through the record
// store, so every change lands in the change log like an edit in the desktop app.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commandregistry.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/commands/recordoutput.h"
#include "core/cli/commands/recordwriting.h"
#include "core/cli/exitcode.h"
#include "core/model/changecontext.h"
#include "core/model/changelog.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/database.h"

#include <QJsonObject>

#include <optional>

namespace Kizuna::Cli {

namespace {

const Model::EntityDef &contactEntity()
{
    return Model::entity(u"contact");
}

QString fieldsHelp()
{
    return Tr::tr("Fields: %1. An empty value (name=) clears a field; a value may contain '='.")
        .arg(contactEntity().fieldNames().join(QStringLiteral(", ")));
}

// "name=value" arguments → field values; a usage error (printed) for anything else.
std::optional<Model::FieldValues> parseAssignments(const CommandContext &context,
                                                   const QStringList &arguments)
{
    Model::FieldValues values;
    for (const QString &argument : arguments) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals <= 0) {
            context.usageError(Tr::tr("argument \"%1\" for \"%2\" is not name=value")
                                   .arg(argument, context.spec().name));
            return std::nullopt;
        }
        const QString name = argument.left(equals);
        if (values.contains(name)) {
            context.usageError(Tr::tr("field \"%1\" given twice").arg(name));
            return std::nullopt;
        }
        values.insert(name, QVariant(argument.mid(equals + 1)));
    }
    return values;
}

class ContactAddCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("contact add"),
                Tr::tr("Add a contact and print its id"),
                fieldsHelp(),
                {Options::database(), Options::json()},
                QStringLiteral("[name=value …]"),
                0,
                -1};
    }

    int run(CommandContext &context) override
    {
        const auto values = parseAssignments(context, context.positional());
        if (!values)
            return ExitCode::Usage;
        auto open = openStore(context);
        if (!open.ok())
            return context.fail(open.error());
        auto id = open->store->insert(contactEntity(), *values);
        if (!id.ok())
            return context.fail(id.error());
        return reportCreated(context, *id);
    }
};

class ContactUpdateCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("contact update"),
                Tr::tr("Change fields of a contact"),
                fieldsHelp(),
                {Options::database(), Options::json()},
                QStringLiteral("ID name=value …"),
                2,
                -1};
    }

    int run(CommandContext &context) override
    {
        const QString id = context.positional().first();
        const auto values = parseAssignments(context, context.positional().mid(1));
        if (!values)
            return ExitCode::Usage;
        auto open = openStore(context);
        if (!open.ok())
            return context.fail(open.error());
        if (auto updated = open->store->update(contactEntity(), id, *values); !updated.ok())
            return context.fail(updated.error());
        return reportDone(context, id, QStringLiteral("updated"), Tr::tr("contact %1 updated").arg(id));
    }
};

class ContactDeleteCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("contact delete"),
                Tr::tr("Move a contact to the Trash (--purge: delete it for good)"),
                Tr::tr("Without --purge the contact goes to the Trash and can be restored. "
                       "--purge deletes a contact that is already in the Trash for good."),
                {Options::database(),
                 {QStringLiteral("purge"), {}, Tr::tr("delete a contact in the Trash for good")},
                 Options::json()},
                QStringLiteral("ID"),
                1,
                1};
    }

    int run(CommandContext &context) override
    {
        const QString id = context.positional().first();
        auto open = openStore(context);
        if (!open.ok())
            return context.fail(open.error());
        if (context.has(QStringLiteral("purge"))) {
            if (auto purged = open->store->purge(contactEntity(), id); !purged.ok())
                return context.fail(purged.error());
            return reportDone(context, id, QStringLiteral("purged"),
                              Tr::tr("contact %1 deleted for good").arg(id));
        }
        if (auto removed = open->store->remove(contactEntity(), id); !removed.ok())
            return context.fail(removed.error());
        return reportDone(context, id, QStringLiteral("deleted"),
                          Tr::tr("contact %1 moved to the Trash").arg(id));
    }
};

class ContactRestoreCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("contact restore"),
                Tr::tr("Bring a contact back from the Trash"),
                {},
                {Options::database(), Options::json()},
                QStringLiteral("ID"),
                1,
                1};
    }

    int run(CommandContext &context) override
    {
        const QString id = context.positional().first();
        auto open = openStore(context);
        if (!open.ok())
            return context.fail(open.error());
        if (auto restored = open->store->restore(contactEntity(), id); !restored.ok())
            return context.fail(restored.error());
        return reportDone(context, id, QStringLiteral("restored"),
                          Tr::tr("contact %1 restored from the Trash").arg(id));
    }
};

class ContactShowCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("contact show"),
                Tr::tr("Show a contact's fields (and its history)"),
                Tr::tr("Shows every field, also of a contact in the Trash. --history adds the "
                       "change log: who changed which field from what to what, and when."),
                {Options::database(),
                 {QStringLiteral("history"), {}, Tr::tr("also show the change history")},
                 Options::json()},
                QStringLiteral("ID"),
                1,
                1};
    }

    int run(CommandContext &context) override
    {
        const QString id = context.positional().first();
        auto db = context.openDatabase(DatabaseAccess::Read);
        if (!db.ok())
            return context.fail(db.error());
        Model::RecordStore store(**db, {});
        auto record = store.get(contactEntity(), id);
        if (!record.ok())
            return context.fail(record.error());
        QList<Model::ChangeEntry> history;
        const bool withHistory = context.has(QStringLiteral("history"));
        if (withHistory) {
            auto entries = Model::ChangeLog(**db).history(contactEntity().name, id);
            if (!entries.ok())
                return context.fail(entries.error());
            history = *entries;
        }
        if (context.json()) {
            QJsonObject object = recordJson(contactEntity(), *record);
            if (withHistory)
                object.insert(QStringLiteral("history"), historyJson(history));
            context.printJson(object);
        } else {
            context.print(recordText(contactEntity(), *record));
            if (withHistory)
                context.print(historyText(history));
        }
        return ExitCode::Ok;
    }
};

} // namespace

void registerContactCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<ContactAddCommand>());
    registry.add(std::make_unique<ContactUpdateCommand>());
    registry.add(std::make_unique<ContactDeleteCommand>());
    registry.add(std::make_unique<ContactRestoreCommand>());
    registry.add(std::make_unique<ContactShowCommand>());
}

} // namespace Kizuna::Cli
