// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QString>

namespace Kizuna::Storage {

// A process killed in the middle of a write in rollback-journal mode (a large import, a bulk
// load) leaves a "hot" journal next to the file: the original pages of everything it had
// already overwritten. SQLite restores them on the next read — but only through a connection
// that may write, so a read-only opening would fail instead. This rolls such a journal back
// through a short read-write connection, which changes nothing but undoing the unfinished write.
// Returns an error naming the file when the journal is hot and the file cannot be written.
// Does nothing when there is no journal or it is empty.
Status rollBackInterruptedWrite(const QString &path);

} // namespace Kizuna::Storage
