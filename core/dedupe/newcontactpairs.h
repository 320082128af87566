// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dedupe/duplicatefinder.h"
#include "core/storage/result.h"

#include <atomic>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Dedupe {

// Counts the duplicate candidate pairs that involve a contact newer than
// DuplicateOptions::involvingRowidAbove — the pairs DuplicateFinder::find reports (pairsFound)
// for the same options — with memory that does not grow with the number of contacts: the keys
// are computed while the contacts stream from the database and sorted by key in bounded memory
// (RunSorter: sorted runs in a temporary file, merged), each block of a new contact gives its
// pairs, which are sorted the same way to combine the reasons of a pair. Used after an import,
// where find() would hold every key and pair of a million contacts in memory.
class NewContactPairs final
{
public:
    static Result<qint64> count(Storage::Database &db, const DuplicateOptions &options,
                                const std::atomic<bool> *cancel = nullptr);
};

} // namespace Kizuna::Dedupe
