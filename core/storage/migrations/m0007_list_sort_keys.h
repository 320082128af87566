// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

namespace Kizuna::Storage {

class Database;

// Schema step 7 keeps one row per company in `company_contact_counts` (company_id, contacts:
// its contacts not in the Trash), so the company list can show and sort by the count from an
// index. Triggers on contacts and companies only mark the companies they touch in
// `company_counts_stale`; this recounts the marked companies (each an index range of
// contacts_company) and clears the marks — cheap when nothing changed. Call it before reading
// the counts, inside or outside a transaction (it opens its own savepoint).
Status refreshCompanyContactCounts(Database &db);

} // namespace Kizuna::Storage
