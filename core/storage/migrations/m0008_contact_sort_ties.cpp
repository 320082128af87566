// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 8: every order of the contact list breaks its ties by name.
//
// Step 4's Kind and Stage indexes broke ties within a kind (or stage) by the reading columns,
// ifnull(family_name_reading, ''), ifnull(given_name_reading, ''): the order step 7 replaced for
// the Name column, which put every contact without a reading (Latin names, kanji without kana)
// first, in id order. Step 4's Email, Phone and Place indexes broke ties by id alone: the
// contacts without an e-mail address, or the thousands in one city, came in no visible order.
// Each of these orders now breaks ties by the Name column's key — kizuna_name_key of step 7
// (Text::nameSortKey: 五十音順, Latin A–Z) — and then by id, so a page of customers, of one city
// or of contacts without a phone reads in the same name order as the Name column.
//
// The indexes keep their names and leading columns (a segment's `prefecture = …` condition still
// finds its rows through contacts_sort_place); queries must spell the expressions and
// `deleted_at IS NULL` word for word as here to walk them instead of sorting the table.
//
// contacts_sort_email   — email, then name
// contacts_sort_phone   — phone, or mobile when there is no phone, then name
// contacts_sort_place   — prefecture, city, then name
// contacts_sort_kind    — kind, then name
// contacts_sort_stage   — lifecycle stage, then name
//
// kizuna_name_key itself changed too (Latin letters with accents sort with their base letter),
// so every index that calls it is rebuilt (reindexNameKeys).
#include "core/storage/database.h"
#include "core/storage/migrations/migration.h"
#include "core/storage/statement.h"

#include <QStringList>

namespace Kizuna::Storage {

namespace {

constexpr const char *DropOld = R"SQL(
DROP INDEX contacts_sort_email;
DROP INDEX contacts_sort_phone;
DROP INDEX contacts_sort_place;
DROP INDEX contacts_sort_kind;
DROP INDEX contacts_sort_stage;
)SQL";

constexpr const char *Schema = R"SQL(
CREATE INDEX contacts_sort_email ON contacts(ifnull(email, ''),
    kizuna_name_key(family_name_reading, given_name_reading, family_name, given_name), id)
    WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_phone ON contacts(ifnull(phone, ifnull(mobile, '')),
    kizuna_name_key(family_name_reading, given_name_reading, family_name, given_name), id)
    WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_place ON contacts(ifnull(prefecture, ''), ifnull(city, ''),
    kizuna_name_key(family_name_reading, given_name_reading, family_name, given_name), id)
    WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_kind ON contacts(kind,
    kizuna_name_key(family_name_reading, given_name_reading, family_name, given_name), id)
    WHERE deleted_at IS NULL;
CREATE INDEX contacts_sort_stage ON contacts(lifecycle_stage,
    kizuna_name_key(family_name_reading, given_name_reading, family_name, given_name), id)
    WHERE deleted_at IS NULL;
)SQL";

// Step 8 also changed kizuna_name_key: a Latin letter with accents sorts with its base letter
// ("Émile" among the e's, not after z). The indexes built by step 7 keep the old keys until
// they are rebuilt — each index whose definition calls the function, found by name.
Status reindexNameKeys(Database &db)
{
    auto names = db.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' "
                                           "AND sql LIKE '%kizuna_name_key(%' ORDER BY name"));
    if (!names.ok())
        return names.error();
    QStringList indexes;
    KIZUNA_TRY(names->forEachRow([&] { indexes << names->columnText(0); }));
    for (const QString &index : std::as_const(indexes))
        KIZUNA_TRY(db.exec(QStringLiteral("REINDEX \"%1\"").arg(index)));
    return {};
}

} // namespace

Status migrateToV8(Database &db)
{
    KIZUNA_TRY(db.exec(QString::fromUtf8(DropOld)));
    KIZUNA_TRY(reindexNameKeys(db));
    return db.exec(QString::fromUtf8(Schema));
}

} // namespace Kizuna::Storage
