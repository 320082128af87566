// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 4: one index per sortable column of the contact list.
//
// The list reads keyset pages in the order of any column, ascending or descending, with the id
// as the tie-breaker: "(key…, id) > (last row's key…, id) ORDER BY key…, id LIMIT n". A missing
// value sorts as the empty text (first ascending, last descending) through ifnull(), so the
// comparison never meets a NULL; queries must repeat these expressions and `deleted_at IS NULL`
// word for word for SQLite to walk the index instead of sorting a million rows. The reading
// index replaces contacts_reading of step 1, which only the list used.
//
// contacts_sort_reading    — name column: family then given reading (五十音順 for katakana)
// contacts_sort_email      — email
// contacts_sort_phone      — phone, or mobile when there is no phone (as the list shows it)
// contacts_sort_place      — prefecture, then city
// contacts_sort_kind       — kind, then reading
// contacts_sort_stage      — lifecycle stage, then reading
#include "core/storage/database.h"
#include "core/storage/migrations/migration.h"

namespace Kizuna::Storage {

namespace {

constexpr const char *Schema = R"SQL(
DROP INDEX contacts_reading;
CREATE INDEX contacts_sort_reading ON contacts(ifnull(family_name_reading, ''),
    ifnull(given_name_reading, ''), id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_email ON contacts(ifnull(email, ''), id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_phone ON contacts(ifnull(phone, ifnull(mobile, '')), id)
    WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_place ON contacts(ifnull(prefecture, ''), ifnull(city, ''), id)
    WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_kind ON contacts(kind, ifnull(family_name_reading, ''),
    ifnull(given_name_reading, ''), id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_stage ON contacts(lifecycle_stage, ifnull(family_name_reading, ''),
    ifnull(given_name_reading, ''), id) WHERE deleted_at IS NULL;
)SQL";

} // namespace

Status migrateToV4(Database &db)
{
    return db.exec(QString::fromUtf8(Schema));
}

} // namespace Kizuna::Storage
