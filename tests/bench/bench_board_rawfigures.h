// SPDX-License-Identifier: GPL-3.0-or-later
// bench_board's raw-SQLite figures: the board's SQL (RawBoard) timed on a file — the whole board,
// per owner, per close month, and a page of the biggest column scrolled to its end — and their
// table.
#pragma once

#include "bench_board_timing.h"

#include <QString>

namespace Kizuna::Bench {

struct RawFigures
{
    Stats board, owner, month, scroll;
    int scrollPages = 0;
};

// The figures of the file at `path`, opened read-only; empty when it cannot be read.
RawFigures rawFigures(const QString &path, int repeat, int maxPages);

// Prints `raw` as a table headed `title`.
void printRaw(const char *title, const RawFigures &raw);

} // namespace Kizuna::Bench
