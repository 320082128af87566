// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 6: per-customer order timelines for the KPI dashboard (see m0006_order_timelines.h).
//
// The dashboard's order analytics — revenue, orders, active, new and retained customers per
// period and per bucket, cohorts, RFM, the CLV fit's purchase days, cross-sell — all follow from
// each customer's list of (time, total) plus the time the customer first bought a second product
// category. Reading ~700,000 such rows instead of 2,000,000 orders through an index with a table
// lookup each takes the dashboard on the reference data from minutes (cold) to under a second.
//
// contacts_dashboard_created covers the new-leads pass (created_at range, kind, source, owner,
// id) so it reads no table rows.
//
// Triggers only mark customers stale (AFTER INSERT/DELETE, and AFTER UPDATE … WHEN on the
// columns that matter — deliberately not `AFTER UPDATE OF`, so the demo generator's bulk load
// keeps them and they keep marking while its indexes are dropped); refreshOrderTimelines()
// rebuilds the marked rows before each dashboard computation.
#include "core/storage/migrations/m0006_order_timelines.h"

#include "core/storage/database.h"
#include "core/storage/migrations/migration.h"
#include "core/storage/migrations/stalerefresh.h"

namespace Kizuna::Storage {

namespace {

constexpr const char *Schema = R"SQL(
CREATE TABLE order_timelines (
    contact_id TEXT PRIMARY KEY NOT NULL,
    orders     TEXT NOT NULL,
    cross_at   INTEGER
) WITHOUT ROWID;
-- The dashboard's new leads: contacts created in a period, read from the index alone.
CREATE INDEX contacts_dashboard_created ON contacts(created_at, kind, source, owner_id, id)
    WHERE deleted_at IS NULL;

CREATE TABLE order_timelines_stale (
    contact_id TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER order_timelines_order_insert AFTER INSERT ON orders BEGIN
    INSERT OR IGNORE INTO order_timelines_stale(contact_id) VALUES (NEW.contact_id);
END;
CREATE TRIGGER order_timelines_order_delete AFTER DELETE ON orders BEGIN
    INSERT OR IGNORE INTO order_timelines_stale(contact_id) VALUES (OLD.contact_id);
END;
CREATE TRIGGER order_timelines_order_update AFTER UPDATE ON orders
WHEN OLD.contact_id IS NOT NEW.contact_id OR OLD.ordered_at IS NOT NEW.ordered_at
     OR OLD.total IS NOT NEW.total OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.id IS NOT NEW.id
BEGIN
    INSERT OR IGNORE INTO order_timelines_stale(contact_id) VALUES (OLD.contact_id);
    INSERT OR IGNORE INTO order_timelines_stale(contact_id) VALUES (NEW.contact_id);
END;

CREATE TRIGGER order_timelines_line_insert AFTER INSERT ON order_lines BEGIN
    INSERT OR IGNORE INTO order_timelines_stale(contact_id)
        SELECT contact_id FROM orders WHERE id = NEW.order_id;
END;
CREATE TRIGGER order_timelines_line_delete AFTER DELETE ON order_lines BEGIN
    INSERT OR IGNORE INTO order_timelines_stale(contact_id)
        SELECT contact_id FROM orders WHERE id = OLD.order_id;
END;
CREATE TRIGGER order_timelines_line_update AFTER UPDATE ON order_lines
WHEN OLD.order_id IS NOT NEW.order_id OR OLD.product_id IS NOT NEW.product_id
     OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
    INSERT OR IGNORE INTO order_timelines_stale(contact_id)
        SELECT contact_id FROM orders WHERE id IN (OLD.order_id, NEW.order_id);
END;

CREATE TRIGGER order_timelines_product_update AFTER UPDATE ON products
WHEN OLD.category IS NOT NEW.category OR OLD.id IS NOT NEW.id
BEGIN
    INSERT OR IGNORE INTO order_timelines_stale(contact_id)
        SELECT o.contact_id FROM order_lines l JOIN orders o ON o.id = l.order_id
        WHERE l.product_id IN (OLD.id, NEW.id);
END;
CREATE TRIGGER order_timelines_product_delete AFTER DELETE ON products BEGIN
    INSERT OR IGNORE INTO order_timelines_stale(contact_id)
        SELECT o.contact_id FROM order_lines l JOIN orders o ON o.id = l.order_id
        WHERE l.product_id = OLD.id;
END;
)SQL";

// Rebuilds the rows of the stale customers. Totals keep 17 significant digits ('!' lifts
// SQLite's default limit of 16), so they read back to the same double; times are UTC
// milliseconds since 1970, which order as the stored text does.
constexpr const char *Refresh = R"SQL(
DELETE FROM order_timelines WHERE contact_id IN (SELECT contact_id FROM order_timelines_stale);
INSERT INTO order_timelines(contact_id, orders)
    SELECT o.contact_id, group_concat((CAST(strftime('%s', o.ordered_at) AS INTEGER) * 1000
                                       + CAST(substr(strftime('%f', o.ordered_at), 4) AS INTEGER)) || ' '
                                      || printf('%!.17g', o.total), ';')
    FROM order_timelines_stale s JOIN orders o ON o.contact_id = s.contact_id AND o.deleted_at IS NULL
    GROUP BY o.contact_id;
UPDATE order_timelines SET cross_at = x.at FROM (
    SELECT contact_id, at FROM (
        SELECT contact_id, at, row_number() OVER (PARTITION BY contact_id ORDER BY at) AS k FROM (
            SELECT o.contact_id, p.category, min((CAST(strftime('%s', o.ordered_at) AS INTEGER) * 1000
                                       + CAST(substr(strftime('%f', o.ordered_at), 4) AS INTEGER))) AS at
            FROM order_timelines_stale s
            JOIN orders o ON o.contact_id = s.contact_id AND o.deleted_at IS NULL
            JOIN order_lines l ON l.order_id = o.id AND l.deleted_at IS NULL
            JOIN products p ON p.id = l.product_id
            WHERE p.category IS NOT NULL
            GROUP BY o.contact_id, p.category))
    WHERE k = 2) x
WHERE order_timelines.contact_id = x.contact_id;
DELETE FROM order_timelines_stale;
)SQL";

} // namespace

Status refreshOrderTimelines(Database &db)
{
    return refreshIfStale(db, "order_timelines_stale", Refresh);
}

Status migrateToV6(Database &db)
{
    KIZUNA_TRY(db.exec(QString::fromUtf8(Schema)));
    KIZUNA_TRY(db.exec(QStringLiteral("INSERT INTO order_timelines_stale(contact_id) "
                                      "SELECT DISTINCT contact_id FROM orders WHERE deleted_at IS NULL")));
    return refreshOrderTimelines(db);
}

} // namespace Kizuna::Storage
