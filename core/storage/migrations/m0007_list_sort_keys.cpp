// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 7: name order for the contact and company lists, and every company column sortable.
//
// Names sort by kizuna_name_key (Text::nameSortKey): family then given part, each its reading
// when there is one, otherwise the name itself, folded (width, Latin case, hiragana = katakana;
// voiced and small kana with their plain kana) — so Latin names sort A–Z before the kana instead
// of all coming first in id order, as they did with step 4's ifnull(reading, '') index; kanji
// names without a reading come after the kana, contacts without any name last. The key is an index expression, not a stored column: every write
// path (forms, imports, the demo generator, merges, sync) keeps it without knowing about it; the
// function is registered on every connection (Storage::registerSqlFunctions). Queries must spell
// the expressions and `deleted_at IS NULL` word for word as here to walk the indexes.
//
// contacts_sort_name        — replaces contacts_sort_reading (Kind and Stage still broke ties
//                             by the reading index columns of step 4, until step 8)
// companies_sort_name       — name: reading, else name
// companies_sort_contacts   — contacts count (company_contact_counts, see the header)
// companies_sort_phone / _place (prefecture, city) / _industry (industry, then name)
//
// The count triggers are deliberately not `AFTER UPDATE OF`: the demo generator's bulk load
// drops every trigger of a table that has such a trigger (the search triggers), recreates them
// after the load and then touches each row once with an UPDATE — the plain AFTER UPDATE triggers
// here mark every touched contact's company and every company, so the counts of bulk-loaded
// rows are refreshed too.
#include "core/storage/migrations/m0007_list_sort_keys.h"

#include "core/storage/database.h"
#include "core/storage/migrations/migration.h"
#include "core/storage/migrations/stalerefresh.h"

namespace Kizuna::Storage {

namespace {

constexpr const char *Schema = R"SQL(
DROP INDEX contacts_sort_reading;
CREATE INDEX contacts_sort_name ON contacts(
    kizuna_name_key(family_name_reading, given_name_reading, family_name, given_name), id)
    WHERE deleted_at IS NULL;

CREATE INDEX companies_sort_name ON companies(kizuna_name_key(name_reading, NULL, name, NULL), id)
    WHERE deleted_at IS NULL;
CREATE INDEX companies_sort_phone ON companies(ifnull(phone, ''), id) WHERE deleted_at IS NULL;
CREATE INDEX companies_sort_place ON companies(ifnull(prefecture, ''), ifnull(city, ''), id)
    WHERE deleted_at IS NULL;
CREATE INDEX companies_sort_industry ON companies(ifnull(industry, ''),
    kizuna_name_key(name_reading, NULL, name, NULL), id) WHERE deleted_at IS NULL;

CREATE TABLE company_contact_counts (
    company_id TEXT PRIMARY KEY NOT NULL,
    contacts   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX companies_sort_contacts ON company_contact_counts(contacts, company_id);
CREATE TABLE company_counts_stale (
    company_id TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER company_counts_contact_insert AFTER INSERT ON contacts
WHEN NEW.company_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO company_counts_stale(company_id) VALUES (NEW.company_id);
END;
CREATE TRIGGER company_counts_contact_delete AFTER DELETE ON contacts
WHEN OLD.company_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO company_counts_stale(company_id) VALUES (OLD.company_id);
END;
CREATE TRIGGER company_counts_contact_update AFTER UPDATE ON contacts
WHEN OLD.company_id IS NOT NULL OR NEW.company_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO company_counts_stale(company_id)
        SELECT OLD.company_id WHERE OLD.company_id IS NOT NULL;
    INSERT OR IGNORE INTO company_counts_stale(company_id)
        SELECT NEW.company_id WHERE NEW.company_id IS NOT NULL;
END;
CREATE TRIGGER company_counts_company_insert AFTER INSERT ON companies BEGIN
    INSERT OR IGNORE INTO company_counts_stale(company_id) VALUES (NEW.id);
END;
CREATE TRIGGER company_counts_company_update AFTER UPDATE ON companies BEGIN
    INSERT OR IGNORE INTO company_counts_stale(company_id) VALUES (NEW.id);
END;
CREATE TRIGGER company_counts_company_delete AFTER DELETE ON companies BEGIN
    DELETE FROM company_contact_counts WHERE company_id = OLD.id;
END;

INSERT INTO company_contact_counts(company_id, contacts)
    SELECT co.id, ifnull(n.contacts, 0) FROM companies co LEFT JOIN (
        SELECT company_id, count(*) AS contacts FROM contacts
        WHERE deleted_at IS NULL AND company_id IS NOT NULL GROUP BY company_id) n
    ON n.company_id = co.id;
)SQL";

// Recounts the marked companies (a company purged meanwhile drops out with the join).
constexpr const char *Refresh = R"SQL(
DELETE FROM company_contact_counts WHERE company_id IN (SELECT company_id FROM company_counts_stale);
INSERT INTO company_contact_counts(company_id, contacts)
    SELECT co.id, (SELECT count(*) FROM contacts c WHERE c.company_id = co.id AND c.deleted_at IS NULL)
    FROM company_counts_stale s JOIN companies co ON co.id = s.company_id;
DELETE FROM company_counts_stale;
)SQL";

} // namespace

Status refreshCompanyContactCounts(Database &db)
{
    return refreshIfStale(db, "company_counts_stale", Refresh);
}

Status migrateToV7(Database &db)
{
    return db.exec(QString::fromUtf8(Schema));
}

} // namespace Kizuna::Storage
