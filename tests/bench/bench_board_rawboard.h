// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline board's SQL through the plain sqlite3 C API (the same statements as
// PipelineBoardQuery), on a file opened read-only: bench_board's "raw SQLite" side.
#pragma once

#include "bench_board_timing.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace Kizuna::Bench {

struct RawStage
{
    QByteArray id;
    double probability = 0;
    int rottingDays = 0;
};

class RawBoard final
{
public:
    explicit RawBoard(const QString &path);
    ~RawBoard();
    RawBoard(const RawBoard &) = delete;
    RawBoard &operator=(const RawBoard &) = delete;
    bool ok() const { return m_db; }

    QList<QByteArray> pipelines();
    QList<QByteArray> owners();
    QList<RawStage> stages(const QByteArray &pipeline);

    // The board of a pipeline: totals, rotting count and the first page of every column.
    void board(const QByteArray &pipeline, const QByteArray &owner, const QByteArray &month);
    // One page of a column after (entered, id); returns the number of rows, sets the cursor.
    int page(const QByteArray &stage, const QByteArray &owner, const QByteArray &month, QByteArray &entered,
             QByteArray &id);
    // Pages a column to its end; returns the pages read and their times.
    Stats scroll(const QByteArray &stage, int maxPages);

private:
    void query(const char *sql, const QList<QByteArray> &values, const std::function<void(sqlite3_stmt *)> &row);

    sqlite3 *m_db = nullptr;
};

} // namespace Kizuna::Bench
