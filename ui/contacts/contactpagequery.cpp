// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactpagequery.h"

#include "core/storage/database.h"

namespace Kizuna::Ui {

namespace {

// clang-format off
// The SELECT ... WHERE part shared by every page query; a keyset condition and the ORDER BY
// follow. Parameters: ?1 family reading, ?2 given reading, ?3 id of the last row, ?4 limit
// (SQLite numbers the slots up to the highest one used, so all four can always be bound).
#define KIZUNA_CONTACT_PAGE_SELECT                                                                 \
    "SELECT c.id, c.family_name, c.given_name, c.family_name_reading, c.given_name_reading, "      \
    "c.company_id, co.name, c.email, coalesce(c.phone, c.mobile), c.prefecture, c.kind, "          \
    "c.lifecycle_stage "                                                                           \
    "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id "                              \
    "WHERE c.deleted_at IS NULL AND "

#define KIZUNA_CONTACT_PAGE_ORDER                                                                  \
    " ORDER BY c.family_name_reading, c.given_name_reading, c.id LIMIT ?4"

// SQLite sorts NULL before any text, and a row-value comparison with a NULL is never true,
// so a key with a missing reading needs its own condition. Each keeps a lower bound on the
// index's first column where there is one (EXPLAIN QUERY PLAN: SEARCH ... USING INDEX
// contacts_reading, no temporary sort).
constexpr const char *FirstPageSql = KIZUNA_CONTACT_PAGE_SELECT
    "1"
    KIZUNA_CONTACT_PAGE_ORDER;

constexpr const char *AfterFullKeySql = KIZUNA_CONTACT_PAGE_SELECT
    "c.family_name_reading >= ?1 "
    "AND (c.family_name_reading, c.given_name_reading, c.id) > (?1, ?2, ?3)"
    KIZUNA_CONTACT_PAGE_ORDER;

constexpr const char *AfterNullGivenSql = KIZUNA_CONTACT_PAGE_SELECT
    "c.family_name_reading >= ?1 "
    "AND (c.family_name_reading > ?1 OR c.given_name_reading IS NOT NULL OR c.id > ?3)"
    KIZUNA_CONTACT_PAGE_ORDER;

constexpr const char *AfterNullFamilySql = KIZUNA_CONTACT_PAGE_SELECT
    "(c.family_name_reading IS NOT NULL OR (c.given_name_reading, c.id) > (?2, ?3))"
    KIZUNA_CONTACT_PAGE_ORDER;

constexpr const char *AfterNullBothSql = KIZUNA_CONTACT_PAGE_SELECT
    "(c.family_name_reading IS NOT NULL OR c.given_name_reading IS NOT NULL OR c.id > ?3)"
    KIZUNA_CONTACT_PAGE_ORDER;

#undef KIZUNA_CONTACT_PAGE_SELECT
#undef KIZUNA_CONTACT_PAGE_ORDER
// clang-format on

const char *sqlAfter(const ContactRow *after)
{
    if (!after)
        return FirstPageSql;
    const bool familyNull = after->familyNameReading.isNull();
    const bool givenNull = after->givenNameReading.isNull();
    if (!familyNull && !givenNull)
        return AfterFullKeySql;
    if (!familyNull)
        return AfterNullGivenSql;
    return givenNull ? AfterNullBothSql : AfterNullFamilySql;
}

// The text of a key column with NULL and '' kept apart: they sort differently.
QString keyText(const Storage::Statement &statement, int column)
{
    if (statement.isNull(column))
        return {};
    const QString text = statement.columnText(column);
    return text.isNull() ? QStringLiteral("") : text;
}

ContactRow readRow(const Storage::Statement &statement)
{
    ContactRow row;
    row.id = statement.columnText(0);
    row.familyName = statement.columnText(1);
    row.givenName = statement.columnText(2);
    row.familyNameReading = keyText(statement, 3);
    row.givenNameReading = keyText(statement, 4);
    row.companyId = statement.columnText(5);
    row.companyName = statement.columnText(6);
    row.email = statement.columnText(7);
    row.phone = statement.columnText(8);
    row.prefecture = statement.columnText(9);
    row.kind = statement.columnText(10);
    row.lifecycleStage = statement.columnText(11);
    return row;
}

} // namespace

Result<QList<ContactRow>> ContactPageQuery::page(Storage::Database &db, const ContactRow *after,
                                                 int limit)
{
    auto statement = db.cached(sqlAfter(after));
    if (!statement.ok())
        return statement.error();
    Storage::Statement &query = **statement;
    if (after) {
        query.bind(1, after->familyNameReading);
        query.bind(2, after->givenNameReading);
        query.bind(3, after->id);
    }
    query.bind(4, limit);

    QList<ContactRow> rows;
    rows.reserve(limit);
    while (true) {
        auto hasRow = query.step();
        if (!hasRow.ok()) {
            query.reset();
            return hasRow.error();
        }
        if (!*hasRow)
            break;
        rows.append(readRow(query));
    }
    query.reset();
    return rows;
}

Result<qint64> ContactPageQuery::count(Storage::Database &db)
{
    auto count
        = db.queryInt(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL"));
    if (!count.ok())
        return count.error();
    return static_cast<qint64>(*count);
}

} // namespace Kizuna::Ui
