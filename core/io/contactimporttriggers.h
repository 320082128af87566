// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

// The AFTER INSERT triggers of tables written by one bulk INSERT … SELECT (an import), run once
// per statement over all the new rows instead of once per row: suspend() drops a table's
// triggers whose every statement is an `INSERT … VALUES (…)` (the search index and company
// count triggers), remembering them; replay() runs each such statement as `INSERT … SELECT …
// FROM <table> AS new WHERE new.rowid > <after> [AND <WHEN condition>] ORDER BY new.rowid` —
// the same rows, in the same order, as the triggers would have written — and creates the
// triggers again. A trigger of another form stays and fires per row as before. Use inside the
// caller's transaction: a rollback brings the dropped triggers back. Suspend the tables that
// the replayed statements write to as well (search_docs after contacts), and replay in the
// order of the writes.
class ContactImportTriggers final
{
public:
    explicit ContactImportTriggers(Storage::Database &db) : m_db(db) {}

    Status suspend(const QString &table);
    // Replays the suspended triggers of `table` for its rows with rowid > after, then recreates them.
    Status replay(const QString &table, qint64 after);

    // The statement a trigger's SQL stands for when replayed over `table`'s rows after a rowid
    // placeholder "%1"; empty when the trigger is not of the replayable form. (For tests.)
    static QStringList replayStatements(const QString &triggerSql, const QString &table);

private:
    struct Suspended
    {
        QString table;
        QString sql;                 // CREATE TRIGGER …
        QStringList statements;      // replay statements with "%1" for the rowid
    };

    Storage::Database &m_db;
    QList<Suspended> m_suspended;
};

} // namespace Kizuna::Io
