// SPDX-License-Identifier: GPL-3.0-or-later
// bench_board's work file. The reference file is never written: the widgets need the current
// schema and a writable file (moves, undo), so the bench builds its own work file — the
// reference's users, pipeline, stages, lost reasons, products, its deals with their lines and stage
// history, and the contacts and companies those deals name, copied through a read-only ATTACH (URI
// mode=ro) — plus a second small pipeline (every 20th open deal moved into it) so there is a
// pipeline to switch to. Without a reference file it fills the work file with the demo generator
// (a deal per ten contacts). An existing work file with deals is reused as it is.
#pragma once

#include <QString>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Bench {

// Makes `work` ready (see above); `reference` empty means the demo generator with `contacts`.
// Prints its progress; false after printing the error to stderr.
bool prepareWorkFile(const QString &work, const QString &reference, qint64 contacts);

// The single integer `sql` returns, or -1.
qint64 countRows(Storage::Database &db, const char *sql);

} // namespace Kizuna::Bench
