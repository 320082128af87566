// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the import commands.
#pragma once

#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/io/contactimporter.h"
#include "core/model/changecontext.h"
#include "core/storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace Kizuna::Cli {

// The rejected rows of an import for --json: [{line, field, message}, …].
inline QJsonArray problemsJson(const QList<Io::RejectedRow> &rejected)
{
    QJsonArray problems;
    for (const Io::RejectedRow &row : rejected)
        problems.append(QJsonObject{{QStringLiteral("line"), row.line},
                                    {QStringLiteral("field"), row.field},
                                    {QStringLiteral("message"), row.message}});
    return problems;
}

// --on-duplicate: skip, update or create.
inline std::optional<Io::DuplicatePolicy> parseDuplicatePolicy(const QString &text)
{
    if (text == u"skip")
        return Io::DuplicatePolicy::Skip;
    if (text == u"update")
        return Io::DuplicatePolicy::Update;
    if (text == u"create")
        return Io::DuplicatePolicy::Create;
    return std::nullopt;
}

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

// What every import command opens before it reads a row: the input file, the database for
// writing with a larger page cache, and the change context of the rows it writes.
struct ImportTarget
{
    std::unique_ptr<Storage::Database> db;
    Model::ChangeContext changes;
};

inline Result<ImportTarget> openImportTarget(const CommandContext &context, QFile &file)
{
    constexpr int ImportCacheMiB = 64;
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(Tr::tr("%1: cannot open: %2").arg(file.fileName(), file.errorString()));
    auto db = context.openDatabase(DatabaseAccess::Write);
    if (!db.ok())
        return db.error();
    auto changes = Model::changeContextFor(**db);
    if (!changes.ok())
        return changes.error();
    (void)(*db)->setCacheSizeMiB(ImportCacheMiB);
    return ImportTarget {std::move(*db), *changes};
}

// An importer's error as the command reports it: bad input names the file first.
inline Error withFileName(const QString &path, Error error)
{
    if (error.kind == ErrorKind::BadInput)
        error.message = path + QStringLiteral(": ") + error.message;
    return error;
}

} // namespace Kizuna::Cli
