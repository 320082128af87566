// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

namespace Kizuna::Storage {

class Database;

// Schema step 6 keeps one row per customer in `order_timelines`: the customer's live orders as
// text "<ms> <total>;…" (ordered_at in UTC milliseconds since 1970, total with 17 significant digits)
// and `cross_at`, the time (ms) at which the customer's orders first spanned two product
// categories (NULL: never). The dashboard reads these ~one-row-per-customer summaries instead of
// two million orders.
//
// Triggers on orders, order_lines and products only mark the customers they touch in
// `order_timelines_stale` (an insert into a small keyed table; no other index is needed, so bulk
// loads that drop indexes keep working). Rebuilds the stale rows and clears the marks; cheap
// when nothing changed. Call it inside or outside a transaction (it opens its own savepoint).
Status refreshOrderTimelines(Database &db);

} // namespace Kizuna::Storage
