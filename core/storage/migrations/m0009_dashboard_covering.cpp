// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 9: the dashboard's new-leads pass reads its two indexes alone.
//
// contacts_dashboard_created (step 6) is a partial index WHERE deleted_at IS NULL, but SQLite
// counts an index as covering only when it holds every column a query names, and the leads query
// names deleted_at: each of the ~600,000 contacts of two periods on the reference data cost a
// random read of the contacts table. The index now ends with deleted_at.
//
// deals_won (step 3) gains contact_id before deleted_at: each contact's first won deal is read
// from it in closed_at order instead of through deals_closed with a lookup and a sort per deal.
// Its leading columns (status, closed_at) and what it covers for the sales board are unchanged.
#include "core/storage/database.h"
#include "core/storage/migrations/migration.h"

namespace Kizuna::Storage {

namespace {

constexpr const char *Schema = R"SQL(
DROP INDEX contacts_dashboard_created;
CREATE INDEX contacts_dashboard_created ON contacts(created_at, kind, source, owner_id, id, deleted_at)
    WHERE deleted_at IS NULL;
DROP INDEX deals_won;
CREATE INDEX deals_won ON deals(status, closed_at, amount, owner_id, pipeline_id, contact_id, deleted_at)
    WHERE deleted_at IS NULL;
)SQL";

} // namespace

Status migrateToV9(Database &db)
{
    return db.exec(QString::fromUtf8(Schema));
}

} // namespace Kizuna::Storage
