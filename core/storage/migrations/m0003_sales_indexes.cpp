// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 3: indexes for the deals pipeline board and the forecast.
//
// All three leave the Trash out (partial) and carry the columns their queries read, deleted_at
// included, so SQLite 3.40 answers from the index alone ("COVERING INDEX"); queries must repeat
// `deleted_at IS NULL` and the coalesce() expression word for word to use them. Measured on the
// reference data (100,000 deals, 11,000 open in the largest stage): a column's totals 62 → 5 ms,
// the forecast's expected revenue over 17 months 770 → 38 ms.
//
// deals_board          — one stage's open deals in the order they entered it (created_at for
//                        deals without stage_entered_at), then id: keyset pages of cards, the
//                        rotting count (a range on the expression) and the column totals with
//                        the owner and expected-close filters.
// deals_expected_close — open deals by expected close date: expected revenue by month.
// deals_won            — won deals by closed_at: won revenue by month.
#include "core/storage/database.h"
#include "core/storage/migrations/migration.h"

namespace Kizuna::Storage {

namespace {

constexpr const char *Schema = R"SQL(
CREATE INDEX deals_board ON deals(stage_id, status, coalesce(stage_entered_at, created_at), id,
    amount, probability, owner_id, expected_close_date, deleted_at) WHERE deleted_at IS NULL;
CREATE INDEX deals_expected_close ON deals(status, expected_close_date, amount, probability,
    stage_id, owner_id, pipeline_id, deleted_at) WHERE deleted_at IS NULL;
CREATE INDEX deals_won ON deals(status, closed_at, amount, owner_id, pipeline_id, deleted_at)
    WHERE deleted_at IS NULL;
)SQL";

} // namespace

Status migrateToV3(Database &db)
{
    return db.exec(QString::fromUtf8(Schema));
}

} // namespace Kizuna::Storage
