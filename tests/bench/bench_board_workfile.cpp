// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_board_workfile.h"

#include "bench_board_timing.h"

#include "core/demo/demogenerator.h"
#include "core/model/ids.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <cstdio>

namespace Kizuna::Bench {

namespace {

bool exec(Storage::Database &db, const QString &sql)
{
    const Status status = db.exec(sql);
    if (!status.ok())
        std::fprintf(stderr, "bench_board: %s\n  in: %s\n", qPrintable(status.error().message), qPrintable(sql.left(300)));
    return status.ok();
}

QStringList columnsOf(Storage::Database &db, const QString &schema, const QString &table)
{
    QStringList names;
    auto info = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1', '%2')").arg(table, schema));
    if (info.ok())
        (void)info->forEachRow([&] { names << info->columnText(0); });
    return names;
}

// INSERT INTO main.table SELECT … FROM ref.table WHERE `where` with the columns both have.
bool copyTable(Storage::Database &db, const QString &table, const QString &where)
{
    const QStringList ours = columnsOf(db, QStringLiteral("main"), table);
    QStringList shared;
    for (const QString &column : columnsOf(db, QStringLiteral("ref"), table)) {
        if (ours.contains(column))
            shared << column;
    }
    const QString list = shared.join(QStringLiteral(", "));
    QElapsedTimer timer;
    timer.start();
    const bool ok = exec(db, QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM ref.%1 %3").arg(table, list, where));
    std::printf("  copied %-20s %8lld rows in %6.0f ms\n", qPrintable(table),
                static_cast<long long>(db.changes()), msSince(timer));
    return ok;
}

bool copyFromReference(Storage::Database &db, const QString &reference)
{
    QString uri = QStringLiteral("file:") + reference + QStringLiteral("?mode=ro");
    if (!exec(db, QStringLiteral("ATTACH '%1' AS ref").arg(uri.replace(u'\'', QStringLiteral("''")))))
        return false;
    std::printf("building the work file from %s (read-only)\n", qPrintable(reference));
    Storage::Transaction transaction(db);
    if (!transaction.begun())
        return false;
    const QString dealContacts = QStringLiteral("(SELECT contact_id FROM ref.deals WHERE contact_id IS NOT NULL)");
    const bool ok
        = exec(db, QStringLiteral("DELETE FROM main.pipeline_stages; DELETE FROM main.pipelines; DELETE FROM main.lost_reasons"))
          && copyTable(db, QStringLiteral("users"), QString())
          && copyTable(db, QStringLiteral("pipelines"), QString())
          && copyTable(db, QStringLiteral("pipeline_stages"), QString())
          && copyTable(db, QStringLiteral("lost_reasons"), QString())
          && copyTable(db, QStringLiteral("products"), QString())
          && copyTable(db, QStringLiteral("companies"),
                       QStringLiteral("WHERE id IN (SELECT company_id FROM ref.deals) OR id IN (SELECT company_id FROM "
                                      "ref.contacts WHERE id IN %1)")
                           .arg(dealContacts))
          && copyTable(db, QStringLiteral("contacts"), QStringLiteral("WHERE id IN %1").arg(dealContacts))
          && copyTable(db, QStringLiteral("deals"), QString())
          && copyTable(db, QStringLiteral("deal_lines"), QString())
          && copyTable(db, QStringLiteral("deal_stage_history"), QString());
    if (!ok || !transaction.commit().ok())
        return false;
    return exec(db, QStringLiteral("DETACH ref"));
}

bool fillFromDemo(Storage::Database &db, qint64 contacts)
{
    std::printf("building the work file with the demo generator (%lld contacts)\n", static_cast<long long>(contacts));
    Demo::DemoOptions options;
    options.contacts = contacts;
    options.asOf = QDate(2026, 11, 1);
    auto summary = Demo::generateDemo(db, options);
    if (!summary.ok())
        std::fprintf(stderr, "bench_board: %s\n", qPrintable(summary.error().message));
    return summary.ok();
}

// A second, small pipeline to switch to: every 20th open deal moves into it.
bool addSecondPipeline(Storage::Database &db)
{
    Storage::Transaction transaction(db);
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const QString pipeline = Model::newId();
    if (!exec(db, QStringLiteral("INSERT INTO pipelines (id, name, position, created_at, updated_at) "
                                 "VALUES ('%1', 'ベンチ B', 1, '%2', '%2')")
                      .arg(pipeline, now)))
        return false;
    QStringList stages;
    for (int position = 0; position < 3; ++position) {
        stages << Model::newId();
        if (!exec(db, QStringLiteral("INSERT INTO pipeline_stages (id, pipeline_id, name, position, probability, "
                                     "rotting_days, created_at, updated_at) VALUES ('%1', '%2', 'B%3', %3, 0.%4, 30, "
                                     "'%5', '%5')")
                          .arg(stages.last(), pipeline)
                          .arg(position)
                          .arg(position + 2)
                          .arg(now)))
            return false;
    }
    const bool ok = exec(db, QStringLiteral("UPDATE deals SET pipeline_id = '%1', stage_id = CASE rowid % 3 WHEN 0 THEN "
                                            "'%2' WHEN 1 THEN '%3' ELSE '%4' END WHERE status = 'open' AND rowid % 20 = 0")
                                     .arg(pipeline, stages.at(0), stages.at(1), stages.at(2)));
    return ok && transaction.commit().ok();
}

} // namespace

qint64 countRows(Storage::Database &db, const char *sql)
{
    auto n = db.queryInt(QString::fromLatin1(sql));
    return n.ok() ? *n : -1;
}

bool prepareWorkFile(const QString &work, const QString &reference, qint64 contacts)
{
    if (QFile::exists(work)) {
        bool filled = false;
        {
            auto db = Storage::DatabaseOpener::open(work, {.create = false});
            filled = db.ok() && countRows(**db, "SELECT count(*) FROM deals") > 0;
        }
        if (filled) {
            std::printf("reusing the work file %s\n", qPrintable(work));
            return true;
        }
        QFile::remove(work);
    }
    auto db = Storage::DatabaseOpener::open(work);
    if (!db.ok()) {
        std::fprintf(stderr, "bench_board: %s\n", qPrintable(db.error().message));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const bool filled = reference.isEmpty() ? fillFromDemo(**db, contacts) : copyFromReference(**db, reference);
    if (!filled || !addSecondPipeline(**db))
        return false;
    std::printf("work file ready in %.1f s\n", msSince(timer) / 1000.0);
    return true;
}

} // namespace Kizuna::Bench
