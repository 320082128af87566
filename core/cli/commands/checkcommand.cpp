// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli check: SQLite's integrity check and the foreign keys of every table.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/exitcode.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace Kizuna::Cli {

namespace {

constexpr int MaximumReported = 20;

struct ForeignKeyViolation
{
    QString table;
    qint64 rowid = 0;
    QString id;     // the row's id, when the table has one
    QString column; // the referencing column
    QString parent; // the referenced table
};

struct CheckReport
{
    QStringList integrityProblems; // empty: "ok"
    QList<ForeignKeyViolation> violations; // the first MaximumReported
    qint64 violationCount = 0;

    bool clean() const { return integrityProblems.isEmpty() && violationCount == 0; }
};

Result<QStringList> integrityProblems(Storage::Database &db)
{
    auto check = db.prepare(QStringLiteral("PRAGMA integrity_check(%1)").arg(MaximumReported));
    if (!check.ok())
        return check.error();
    QStringList problems;
    KIZUNA_TRY(check->forEachRow([&] {
        const QString line = check->columnText(0);
        if (line != u"ok")
            problems << line;
    }));
    return problems;
}

// The referencing column of each foreign key of a table, by the key's number.
Result<QMap<qint64, QString>> foreignKeyColumns(Storage::Database &db, const QString &table)
{
    auto list = db.prepare(QStringLiteral("SELECT id, \"from\" FROM pragma_foreign_key_list(?1)"));
    if (!list.ok())
        return list.error();
    list->bind(1, table);
    QMap<qint64, QString> columns;
    KIZUNA_TRY(list->forEachRow([&] {
        columns.insert(list->columnInt64(0), list->columnText(1));
    }));
    return columns;
}

QString idOfRow(Storage::Database &db, const QString &table, qint64 rowid)
{
    auto select = db.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE rowid = ?1").arg(table));
    if (!select.ok())
        return {};
    select->bind(1, static_cast<std::int64_t>(rowid));
    auto row = select->step();
    return row.ok() && *row ? select->columnText(0) : QString();
}

Status checkForeignKeys(Storage::Database &db, CheckReport &report)
{
    auto check = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!check.ok())
        return check.error();
    QMap<QString, QMap<qint64, QString>> columnsByTable;
    for (;;) {
        auto row = check->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        ++report.violationCount;
        if (report.violations.size() >= MaximumReported)
            continue;
        ForeignKeyViolation violation;
        violation.table = check->columnText(0);
        violation.rowid = check->columnInt64(1);
        violation.parent = check->columnText(2);
        if (!columnsByTable.contains(violation.table)) {
            auto columns = foreignKeyColumns(db, violation.table);
            columnsByTable.insert(violation.table, columns.ok() ? *columns : QMap<qint64, QString>());
        }
        violation.column = columnsByTable.value(violation.table).value(check->columnInt64(3));
        violation.id = idOfRow(db, violation.table, violation.rowid);
        report.violations << violation;
    }
    return {};
}

QString violationText(const ForeignKeyViolation &v)
{
    const QString row = v.id.isEmpty() ? Tr::tr("rowid %1").arg(v.rowid)
                                       : Tr::tr("id %1 (rowid %2)").arg(v.id).arg(v.rowid);
    return Tr::tr("%1 %2: %3 refers to a missing row of %4").arg(v.table, row, v.column, v.parent);
}

QJsonObject reportJson(const QString &path, const CheckReport &report)
{
    QJsonArray violations;
    for (const ForeignKeyViolation &v : report.violations)
        violations.append(QJsonObject{{QStringLiteral("table"), v.table},
                                      {QStringLiteral("rowid"), v.rowid},
                                      {QStringLiteral("id"), v.id},
                                      {QStringLiteral("column"), v.column},
                                      {QStringLiteral("parent"), v.parent}});
    return {{QStringLiteral("path"), path},
            {QStringLiteral("ok"), report.clean()},
            {QStringLiteral("integrity"), QJsonArray::fromStringList(report.integrityProblems)},
            {QStringLiteral("foreign_key_violations"), report.violationCount},
            {QStringLiteral("foreign_key_examples"), violations}};
}

void printReport(const CommandContext &context, const CheckReport &report)
{
    if (report.integrityProblems.isEmpty())
        context.printLine(Tr::tr("integrity: ok"));
    for (const QString &problem : report.integrityProblems)
        context.printLine(Tr::tr("integrity: %1").arg(problem));
    context.printLine(Tr::tr("foreign keys: %1 violation(s)").arg(report.violationCount));
    for (const ForeignKeyViolation &violation : report.violations)
        context.printLine(QStringLiteral("  ") + violationText(violation));
    if (report.violationCount > report.violations.size())
        context.printLine(Tr::tr("  … and %1 more").arg(report.violationCount - report.violations.size()));
}

Error damage(const QString &path, const CheckReport &report)
{
    if (!report.integrityProblems.isEmpty())
        return Error::storage(Tr::tr("%1: damaged: %2").arg(path, report.integrityProblems.first()));
    return Error::storage(Tr::tr("%1: %2 foreign-key violation(s), first: %3")
                              .arg(path)
                              .arg(report.violationCount)
                              .arg(violationText(report.violations.first())));
}

class CheckCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("check"),
                Tr::tr("Check the database's integrity and foreign keys"),
                Tr::tr("Runs SQLite's integrity check and the foreign-key check without changing "
                       "the file, and lists the first %1 problems. Exit status 0 when clean, 3 "
                       "when damaged.").arg(MaximumReported),
                {Options::database(), Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        auto db = context.openDatabase(DatabaseAccess::Inspect);
        if (!db.ok())
            return context.fail(db.error());
        CheckReport report;
        auto problems = integrityProblems(**db);
        if (!problems.ok())
            return context.fail(problems.error());
        report.integrityProblems = *problems;
        if (auto checked = checkForeignKeys(**db, report); !checked.ok())
            return context.fail(checked.error());
        if (context.json())
            context.printJson(reportJson(context.databasePath(), report));
        else
            printReport(context, report);
        return report.clean() ? int(ExitCode::Ok) : context.fail(damage(context.databasePath(), report));
    }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace Kizuna::Cli
