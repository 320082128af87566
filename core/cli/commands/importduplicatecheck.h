// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/command.h"
#include "core/storage/result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Cli {

class CommandContext;

// After a contact import (CSV or vCard): the possible duplicate pairs that involve the contacts
// it added — the same check the desktop's import wizard runs — so that they can be reviewed with
// `kizuna-cli duplicates`. Taken before the import with start(), run after it with finish().
// --no-duplicate-check skips it (it reads every contact: seconds on a large database).
class ImportDuplicateCheck final
{
public:
    explicit ImportDuplicateCheck(const CommandContext &context);

    // --no-duplicate-check, for the commands' specs.
    static OptionSpec option();

    // Notes the newest contact before the import.
    Status start(Storage::Database &db);
    // Counts the pairs when the import wrote new contacts; a failure of the check is a note, not
    // an error: the import is committed by then.
    void finish(Storage::Database &db, bool written, qint64 imported);

    // "possible_duplicates" for --json: the number, or null when it did not run.
    void addTo(QJsonObject &json) const;
    // "N possible duplicate pair(s) involve the new contacts (kizuna-cli duplicates --db FILE)".
    void print() const;

private:
    const CommandContext &m_context;
    bool m_enabled = true;
    qint64 m_newestBefore = 0;
    qint64 m_pairs = -1;
};

} // namespace Kizuna::Cli
