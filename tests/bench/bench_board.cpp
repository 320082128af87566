// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline board with the reference database's 100,000 deals (issue 4: "the board stays
// smooth … only what is visible is loaded"), measured with the real Deals screen under
// QT_QPA_PLATFORM=offscreen: time to the first painted board, the UI-thread time of every event
// delivered while it loads, switching the pipeline / owner / expected-close-month filters,
// scrolling the biggest column to its end (page loads), a keyboard stage move (Ctrl+Right) and its
// undo (Ctrl+Z), and per action the longest UI-thread block and the longest stall of an
// event-loop probe (a 5 ms timer). Beside them, the board's SQL run raw through the sqlite3 C API
// on the same file ("ours vs raw SQLite"), and on the reference file itself, read-only.
//
// The reference file is never written: the widgets need the current schema and a writable file
// (moves, undo), so the bench builds its own work file — the reference's users, pipeline, stages,
// lost reasons, products, its 100,000 deals with their lines and stage history, and the contacts
// and companies those deals name, copied through a read-only ATTACH (URI mode=ro) — plus a second
// small pipeline (every 20th open deal moved into it) so there is a pipeline to switch to. Without
// a reference file it fills the work file with the demo generator (--contacts N, a deal per ten
// contacts). An existing work file with deals is reused as it is.
//
// Usage: bench_board [--reference REF.kizuna] [--work WORK.kizuna] [--contacts N] [--repeat N]
//                    [--max-pages N]
// Prints a table per part and one JSON line at the end; timings are printed, never asserted.
//
// The parts: bench_board_workfile (the work file), bench_board_rawboard / bench_board_rawfigures
// (the raw-SQLite side), bench_board_uibench (the Deals screen) with bench_board_timedapplication
// and bench_board_latencyprobe (the UI thread's time and stalls), bench_board_timing (helpers).
#include "bench_board_rawfigures.h"
#include "bench_board_timedapplication.h"
#include "bench_board_uibench.h"
#include "bench_board_workfile.h"

#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QFile>
#include <QStringList>

#include <sqlite3.h>

#include <cstdio>

using namespace Kizuna;
using namespace Kizuna::Bench;

namespace {

struct Options
{
    QString reference;
    QString work = QStringLiteral("/tmp/bench_board.kizuna");
    qint64 contacts = 20000;
    int repeat = 3;
    int maxPages = 1000;
};

Options parseOptions(const QStringList &args)
{
    Options options;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--reference")
            options.reference = args.at(i + 1);
        else if (args.at(i) == u"--work")
            options.work = args.at(i + 1);
        else if (args.at(i) == u"--contacts")
            options.contacts = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--repeat")
            options.repeat = args.at(i + 1).toInt();
        else if (args.at(i) == u"--max-pages")
            options.maxPages = args.at(i + 1).toInt();
    }
    return options;
}

QByteArray jsonStats(const Stats &s)
{
    return QByteArray("[") + QByteArray::number(s.at(0.5), 'f', 1) + "," + QByteArray::number(s.at(0.95), 'f', 1) + ","
           + QByteArray::number(s.max(), 'f', 1) + "]";
}

QByteArray json(qint64 deals, const UiBench &bench, const RawFigures &rawWork)
{
    QByteArray json = "{\"deals\":" + QByteArray::number(deals);
    for (const Action &a : bench.actions())
        json += ",\"" + a.name.toUtf8() + "\":{\"busy\":" + jsonStats(a.busy) + ",\"longest\":" + jsonStats(a.longest)
                + ",\"stall\":" + jsonStats(a.stall) + "}";
    json += ",\"raw_board\":" + jsonStats(rawWork.board) + ",\"raw_page\":" + jsonStats(rawWork.scroll) + "}";
    return json;
}

} // namespace

int main(int argc, char **argv)
{
    // ATTACH 'file:…?mode=ro' opens the reference read-only; must precede any connection.
    sqlite3_config(SQLITE_CONFIG_URI, 1);
    TimedApplication app(argc, argv);
    const Options options = parseOptions(QCoreApplication::arguments());
    if (!options.reference.isEmpty() && !QFile::exists(options.reference)) {
        std::fprintf(stderr, "bench_board: %s: no such file\n", qPrintable(options.reference));
        return 1;
    }
    if (!prepareWorkFile(options.work, options.reference, options.contacts))
        return 1;

    const RawFigures rawWork = rawFigures(options.work, options.repeat, options.maxPages);
    printRaw("raw SQLite, work file (ms)", rawWork);
    if (!options.reference.isEmpty())
        printRaw("raw SQLite, reference file read-only (ms)", rawFigures(options.reference, options.repeat, options.maxPages));

    auto db = Storage::DatabaseOpener::open(options.work, {.create = false});
    if (!db.ok()) {
        std::fprintf(stderr, "bench_board: %s\n", qPrintable(db.error().message));
        return 1;
    }
    UiBench bench(app, **db);
    bench.run(options.repeat, options.maxPages);
    bench.print();
    std::printf("\n%s\n", json(countRows(**db, "SELECT count(*) FROM deals"), bench, rawWork).constData());
    return 0;
}
