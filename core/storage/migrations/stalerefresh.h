// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

namespace Kizuna::Storage {

class Database;

// Brings a derived table up to date whose triggers only mark rows stale (order_timelines,
// company_contact_counts): when the stale table has a row, runs the refresh script — which
// rebuilds the marked rows and empties the stale table — in one transaction; otherwise writes
// nothing, so a reader that finds nothing stale never takes the write lock.
Status refreshIfStale(Database &db, const char *staleTable, const char *refreshScript);

} // namespace Kizuna::Storage
