// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_board_rawfigures.h"

#include "bench_board_rawboard.h"

#include <QDate>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

namespace Kizuna::Bench {

namespace {

// The biggest column of `pipeline`, counted page by page up to `maxPages`.
QByteArray biggestStage(RawBoard &raw, const QByteArray &pipeline, int maxPages)
{
    QByteArray biggest;
    int most = -1;
    for (const RawStage &stage : raw.stages(pipeline)) {
        QByteArray entered, id;
        int count = 0;
        for (int n = 0; n < maxPages; ++n) {
            const int rows = raw.page(stage.id, {}, {}, entered, id);
            count += rows;
            if (rows < 50)
                break;
        }
        if (count > most) {
            most = count;
            biggest = stage.id;
        }
    }
    return biggest;
}

} // namespace

RawFigures rawFigures(const QString &path, int repeat, int maxPages)
{
    RawFigures figures;
    RawBoard raw(path);
    if (!raw.ok())
        return figures;
    const QList<QByteArray> pipelines = raw.pipelines();
    const QList<QByteArray> owners = raw.owners();
    if (pipelines.isEmpty())
        return figures;
    auto timed = [](Stats &stats, const std::function<void()> &work) {
        QElapsedTimer timer;
        timer.start();
        work();
        stats.add(msSince(timer));
    };
    for (int n = 0; n < repeat; ++n) {
        timed(figures.board, [&] { raw.board(pipelines.first(), {}, {}); });
        for (const QByteArray &owner : owners)
            timed(figures.owner, [&] { raw.board(pipelines.first(), owner, {}); });
        for (int month = 0; month < 6; ++month)
            timed(figures.month, [&] {
                raw.board(pipelines.first(), {}, QDate(2026, 6 + month, 1).toString(Qt::ISODate).toLatin1());
            });
    }
    figures.scroll = raw.scroll(biggestStage(raw, pipelines.first(), maxPages), maxPages);
    figures.scrollPages = int(figures.scroll.values.size());
    return figures;
}

void printRaw(const char *title, const RawFigures &raw)
{
    std::printf("\n%-38s %5s %28s\n", title, "n", "p50 / p95 / max");
    auto line = [](const char *name, const Stats &s) {
        std::printf("%-38s %5zu %8.1f / %7.1f / %7.1f\n", name, s.values.size(), s.at(0.5), s.at(0.95), s.max());
    };
    line("whole board (6 columns + first pages)", raw.board);
    line("board, one owner", raw.owner);
    line("board, one close month", raw.month);
    line("a page of the biggest column", raw.scroll);
}

} // namespace Kizuna::Bench
