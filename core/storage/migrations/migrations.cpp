// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migrations/migration.h"

#include <array>

namespace Kizuna::Storage {

namespace {
constexpr std::array steps{
    Migration{1, "initial schema: contacts, companies, activities, deals, orders, tasks, "
                 "campaigns, surveys, segments, tags, custom fields, users, change log",
              &migrateToV1},
    Migration{2, "search index: folded text, trigram and single-character FTS5 indexes, triggers",
              &migrateToV2},
    Migration{3, "deals pipeline: board and forecast indexes", &migrateToV3},
    Migration{4, "contact list: an index per sortable column", &migrateToV4},
    Migration{5, "tasks: done list and reminder indexes", &migrateToV5},
    Migration{6, "dashboard: per-customer order timelines kept fresh by triggers", &migrateToV6},
    Migration{7, "contact and company lists: name order by reading or name, company sort indexes",
              &migrateToV7},
    Migration{8, "contact list: the kind, stage, place, email and phone orders break ties by name",
              &migrateToV8},
    Migration{9, "dashboard: the new-leads and won-deal indexes cover their queries", &migrateToV9},
};
} // namespace

std::span<const Migration> migrations()
{
    return steps;
}

int latestSchemaVersion()
{
    return steps.back().version;
}

} // namespace Kizuna::Storage
