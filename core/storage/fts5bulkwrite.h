// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Kizuna::Storage {

class Database;

// A larger term buffer for the FTS5 tables during one bulk write. FTS5 collects the terms of
// new rows in memory and writes them out as a new segment whenever the buffer holds 'hashsize'
// bytes (1 MiB by default); its automatic merges then read and write those small segments again
// and again. With 32 MiB, the trigram index of 1,000,000 contacts is written in ~14 s instead of
// ~23 s (the search results are the same: only the layout of the segments differs).
//
// apply() sets the buffer of every FTS5 table in the schema and remembers each table's stored
// setting; restore() puts it back (a table without one loses the row again). Both write the
// tables' configuration, so call them inside the caller's transaction: a rollback undoes them
// with the rest, and then restore() is not needed. The buffer costs memory only while rows are
// being indexed.
class Fts5BulkWrite final
{
public:
    static constexpr qint64 DefaultBufferBytes = 32 * 1024 * 1024;

    explicit Fts5BulkWrite(Database &db) : m_db(db) {}

    Status apply(qint64 bufferBytes = DefaultBufferBytes);
    Status restore();

private:
    struct Table
    {
        QString name;
        std::optional<qint64> stored; // the 'hashsize' row's value before apply(), if there was one
    };

    Database &m_db;
    QList<Table> m_tables;
};

} // namespace Kizuna::Storage
