// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the import commands.
#pragma once

#include "core/storage/database.h"

namespace Kizuna::Cli {

// While an import runs: a rollback journal instead of WAL when no other connection has the file
// open (switching fails otherwise, and WAL stays). New pages are then written once, not to the
// WAL and again by the checkpoint; the journal keeps the file safe all the same (a killed import
// leaves a hot journal that the next opening rolls back).
class RollbackJournalScope final
{
public:
    explicit RollbackJournalScope(Storage::Database &db) : m_db(db)
    {
        auto mode = m_db.queryText(QStringLiteral("PRAGMA journal_mode"));
        if (mode.ok() && mode->compare(u"wal", Qt::CaseInsensitive) == 0) {
            auto changed = m_db.queryText(QStringLiteral("PRAGMA journal_mode = DELETE"));
            m_switched = changed.ok() && changed->compare(u"delete", Qt::CaseInsensitive) == 0;
        }
    }
    ~RollbackJournalScope()
    {
        if (m_switched)
            (void)m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    RollbackJournalScope(const RollbackJournalScope &) = delete;
    RollbackJournalScope &operator=(const RollbackJournalScope &) = delete;

private:
    Storage::Database &m_db;
    bool m_switched = false;
};

} // namespace Kizuna::Cli
