// SPDX-License-Identifier: GPL-3.0-or-later
// The full KPI dashboard (PRODUCT.md: < 1 s on the reference data) beside the same aggregates in
// plain SQL in the sqlite3 shell.
//
//   bench_dashboard DB [--from YYYY-MM-DD --to YYYY-MM-DD] [--owner] [--no-shell]
//
// Runs Analytics::computeDashboard — exactly what the dashboard's worker computes — for the
// period the view opens with (the last 12 months up to today unless --from/--to), printing the
// time of each part and of the whole:
//   cold     the first computation in this process on a fresh connection (SQLite's page cache
//            empty; the operating system's file cache as it is);
//   refresh  again on a new connection, as the view does on every refresh;
//   warm     again on that same connection.
// With --owner, also the dashboard filtered to the first active user (the base-table path).
// Then the sqlite3 shell (Debian package sqlite3) runs plain SQL doing the same work: KPI
// aggregates of both periods, the per-bucket series, leads by source, funnel, pipeline, lost
// reasons, NPS, cohort months per customer, per-customer RFM aggregates and purchase days for
// the CLV fit. Timings are printed, never asserted.
#include "core/analytics/dashboarddata.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Kizuna;

namespace {

struct Options
{
    QString path;
    Analytics::Period period;
    bool owner = false;
    bool shell = true;
};

// The view's default: "Last 12 months", from the first day of the month 11 months back to today.
Analytics::Period defaultPeriod()
{
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    return {monthStart.addMonths(-11), today};
}

bool parse(const QStringList &args, Options &options)
{
    options.period = defaultPeriod();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if ((arg == QLatin1String("--from") || arg == QLatin1String("--to")) && i + 1 < args.size()) {
            const QDate date = QDate::fromString(args[++i], Qt::ISODate);
            if (!date.isValid())
                return false;
            (arg == QLatin1String("--from") ? options.period.first : options.period.last) = date;
        } else if (arg == QLatin1String("--owner")) {
            options.owner = true;
        } else if (arg == QLatin1String("--no-shell")) {
            options.shell = false;
        } else if (options.path.isEmpty() && !arg.startsWith(u'-')) {
            options.path = arg;
        } else {
            return false;
        }
    }
    return !options.path.isEmpty() && options.period.isValid();
}

Result<Analytics::DashboardData> compute(Storage::Database &db, const Analytics::DashboardRequest &request)
{
    return Analytics::computeDashboard(db, request);
}

Result<std::unique_ptr<Storage::Database>> open(const QString &path)
{
    Storage::OpenOptions options;
    options.create = false;
    return Storage::DatabaseOpener::open(path, options);
}

void printRun(const char *label, const Analytics::DashboardData &data, double openSeconds)
{
    std::printf("  %-8s total %7.3f s (open %.3f s):", label, data.seconds, openSeconds);
    for (const Analytics::DashboardTiming &t : data.timings)
        std::printf(" %s %.3f;", qPrintable(t.part), t.seconds);
    std::printf("\n");
}

// A few headline numbers, to see that every run computed the same dashboard.
QString fingerprint(const Analytics::DashboardData &d)
{
    qint64 cohortCustomers = 0, rfmCustomers = 0, clvCustomers = 0;
    for (const auto &c : d.cohorts)
        cohortCustomers += c.customers;
    for (const auto &r : d.rfm)
        rfmCustomers += r.customers;
    for (const auto &b : d.clv.bins)
        clvCustomers += b.customers;
    return QStringLiteral("revenue %1 orders %2 active %3 new %4 retention %5 leads %6 cohorts %7 rfm %8 clv %9")
        .arg(d.current.revenue, 0, 'f', 0)
        .arg(d.current.orders)
        .arg(d.current.activeCustomers)
        .arg(d.current.newCustomers)
        .arg(d.current.retentionRate.value_or(-1), 0, 'f', 6)
        .arg(d.current.newLeads)
        .arg(cohortCustomers)
        .arg(rfmCustomers)
        .arg(clvCustomers);
}

// Plain SQL doing the dashboard's work, for the sqlite3 shell.
QString shellScript(const Analytics::Period &period)
{
    const auto q = [](const QString &text) -> QString { return u'\'' + text + u'\''; };
    const Analytics::Period previous = period.previous();
    const QString s = q(period.startStamp()), e = q(period.endStamp()), ps = q(previous.startStamp());
    const QString tz = q(Storage::localOffsetModifier());
    const Analytics::Period cohorts = Analytics::cohortRange(period);
    const QString cohortEnd = q(Storage::toStoredTimestamp(cohorts.last.addDays(1).startOfDay()));
    QString sql;
    QTextStream out(&sql);
    // Order KPIs of both periods, each with new and retained customers.
    for (const auto &[from, to] : {std::pair{s, e}, std::pair{ps, s}}) {
        out << "SELECT sum(total), count(*), count(DISTINCT contact_id) FROM orders WHERE deleted_at IS NULL "
               "AND ordered_at >= " << from << " AND ordered_at < " << to << ";\n";
        out << "SELECT count(*) FROM (SELECT contact_id, min(ordered_at) AS f FROM orders WHERE deleted_at IS NULL "
               "GROUP BY contact_id) WHERE f >= " << from << " AND f < " << to << ";\n";
    }
    out << "SELECT count(*) FROM (SELECT DISTINCT contact_id FROM orders WHERE deleted_at IS NULL AND ordered_at >= "
        << ps << " AND ordered_at < " << s << " INTERSECT SELECT DISTINCT contact_id FROM orders WHERE deleted_at IS NULL "
        "AND ordered_at >= " << s << " AND ordered_at < " << e << ");\n";
    // Series by local month over both periods: revenue, orders, active customers.
    out << "SELECT strftime('%Y-%m', ordered_at, " << tz << ") AS m, sum(total), count(*), count(DISTINCT contact_id) "
           "FROM orders WHERE deleted_at IS NULL AND ordered_at >= " << ps << " AND ordered_at < " << e
        << " GROUP BY m;\n";
    // New leads by month and source; deals; funnel; pipeline; lost reasons; NPS.
    out << "SELECT strftime('%Y-%m', created_at, " << tz << ") AS m, source, count(*) FROM contacts c WHERE deleted_at "
           "IS NULL AND created_at >= " << s << " AND created_at < " << e << " AND kind IN ('lead', 'customer') AND NOT "
           "EXISTS (SELECT 1 FROM orders o WHERE o.contact_id = c.id AND o.deleted_at IS NULL AND o.ordered_at < "
           "c.created_at) GROUP BY m, source;\n";
    out << "SELECT strftime('%Y-%m', closed_at, " << tz << ") AS m, status, count(*) FROM deals WHERE deleted_at IS NULL "
           "AND status IN ('won', 'lost') AND closed_at >= " << ps << " AND closed_at < " << e << " GROUP BY m, status;\n";
    out << "SELECT lifecycle_stage, count(*) FROM contacts WHERE deleted_at IS NULL GROUP BY 1;\n";
    out << "SELECT stage_id, count(*), sum(amount), sum(amount * coalesce(probability, 0)) FROM deals WHERE deleted_at "
           "IS NULL AND status = 'open' GROUP BY 1;\n";
    out << "SELECT lost_reason_id, count(*) FROM deals WHERE deleted_at IS NULL AND status = 'lost' AND closed_at >= "
        << s << " AND closed_at < " << e << " GROUP BY 1;\n";
    out << "SELECT strftime('%Y-%m', answered_at, " << tz << ") AS m, count(*), sum(score >= 9), sum(score <= 6) FROM "
           "survey_answers WHERE deleted_at IS NULL AND answered_at >= " << s << " AND answered_at < " << e
        << " GROUP BY m;\n";
    // Cohorts: customers by month of first order and active month.
    out << "SELECT f, m, count(*) FROM (SELECT contact_id, strftime('%Y-%m', ordered_at, " << tz << ") AS m, min(min("
           "strftime('%Y-%m', ordered_at, " << tz << "))) OVER (PARTITION BY contact_id) AS f FROM orders WHERE "
           "deleted_at IS NULL AND ordered_at < " << cohortEnd << " GROUP BY contact_id, m) GROUP BY f, m;\n";
    // RFM: per-customer recency, frequency and monetary value (counted, as the shell prints them).
    out << "SELECT count(*), sum(n), sum(r) FROM (SELECT contact_id, max(ordered_at) AS r, count(*) AS n, sum(total) AS "
           "v FROM orders WHERE deleted_at IS NULL AND ordered_at < " << e << " GROUP BY contact_id);\n";
    // CLV: purchase days per customer up to the end of the period.
    out << "SELECT count(*), sum(n) FROM (SELECT contact_id, date(ordered_at, " << tz << ") AS d, count(*) AS n, "
           "sum(total) FROM orders WHERE deleted_at IS NULL AND ordered_at < " << e << " GROUP BY contact_id, d);\n";
    return sql;
}

int runShell(const Options &options, double kizunaSeconds)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        std::printf("sqlite3 shell: skipped (apt-get install sqlite3)\n");
        return 0;
    }
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("dashboard.sql")));
    if (!script.open(QIODevice::WriteOnly))
        return 3;
    const QString sql = shellScript(options.period);
    script.write(sql.toUtf8());
    script.close();
    QProcess process;
    process.setStandardInputFile(script.fileName());
    QElapsedTimer timer;
    timer.start();
    process.start(shell, {QStringLiteral("-readonly"), options.path});
    process.waitForFinished(-1);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (process.exitCode() != 0) {
        std::fprintf(stderr, "bench_dashboard: sqlite3 failed: %s\n", process.readAllStandardError().constData());
        return 3;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    std::printf("sqlite3 shell, plain SQL aggregates (%lld statements): %.3f s (first: %s) | kizuna refresh / shell "
                "ratio %.2fx\n",
                static_cast<long long>(sql.count(u'\n')), seconds, lines.value(0).constData(),
                seconds > 0 ? kizunaSeconds / seconds : 0.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parse(app.arguments(), options)) {
        std::fprintf(stderr, "usage: bench_dashboard DB [--from YYYY-MM-DD --to YYYY-MM-DD] [--owner] [--no-shell]\n");
        return 1;
    }
    Analytics::DashboardRequest request{options.period, {}};
    std::printf("dashboard %s … %s on %s\n", qPrintable(options.period.first.toString(Qt::ISODate)),
                qPrintable(options.period.last.toString(Qt::ISODate)), qPrintable(options.path));
    double refreshSeconds = 0;
    QString ownerId;
    for (const char *label : {"cold", "refresh"}) {
        QElapsedTimer timer;
        timer.start();
        auto db = open(options.path);
        if (!db.ok()) {
            std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(db.error().message));
            return 3;
        }
        const double openSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        auto data = compute(**db, request);
        if (!data.ok()) {
            std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(data.error().message));
            return 3;
        }
        printRun(label, *data, openSeconds);
        refreshSeconds = data->seconds;
        if (!data->users.empty())
            ownerId = data->users.front().id;
        if (QLatin1String(label) == QLatin1String("refresh")) {
            auto again = compute(**db, request);
            if (!again.ok())
                return 3;
            printRun("warm", *again, 0);
            std::printf("  numbers: %s\n", qPrintable(fingerprint(*again)));
        }
        if (options.owner && QLatin1String(label) == QLatin1String("refresh") && !ownerId.isEmpty()) {
            auto owned = compute(**db, {options.period, ownerId});
            if (!owned.ok())
                return 3;
            printRun("owner", *owned, 0);
            std::printf("  owner numbers: %s\n", qPrintable(fingerprint(*owned)));
        }
    }
    return options.shell ? runShell(options, refreshSeconds) : 0;
}
