// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"
#include "core/storage/result.h"

#include <QString>
#include <QStringList>

namespace Kizuna::Storage {

// Secondary indexes dropped for a bulk write and built again after it: CREATE INDEX reads the
// table once and sorts, while an index that stays takes every new row at a random place of its
// b-tree. drop() reads each index's SQL from sqlite_schema when it runs, so an index added or
// changed by a later schema step is built again as it is then defined; the indexes of PRIMARY
// KEY and UNIQUE constraints (which have no SQL) stay. Use inside the caller's transaction: a
// rollback — an error, a cancel, a killed process — brings every dropped index back as it was.
// Used by the demo generator's bulk load (every table) and a large contact import (contacts).
class IndexRebuild final
{
public:
    explicit IndexRebuild(Database &db) : m_db(db) {}

    // Drops the indexes of `table` (of every table when empty) and remembers their SQL, except
    // an index whose first column is one of `keepLeading` (an expression counts as no column).
    Status drop(const QString &table = {}, const QStringList &keepLeading = {});

    // The CREATE INDEX statements still to run, in the order recreate() runs them (by name).
    const QStringList &pending() const { return m_sql; }

    // Creates the dropped indexes again, calling step(i) after the i-th (an error it returns,
    // e.g. Cancelled, stops: the caller then rolls back).
    template<typename Step>
    Status recreate(Step step);
    Status recreate()
    {
        return recreate([](int) { return Status{}; });
    }

private:
    Database &m_db;
    QStringList m_sql;
};

template<typename Step>
Status IndexRebuild::recreate(Step step)
{
    int done = 0;
    while (!m_sql.isEmpty()) {
        KIZUNA_TRY(m_db.exec(m_sql.constFirst()));
        m_sql.removeFirst();
        KIZUNA_TRY(step(done++));
    }
    return {};
}

} // namespace Kizuna::Storage
