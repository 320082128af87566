// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/companies/companyrow.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Kizuna::Ui {

namespace {

// clang-format off
#define KIZUNA_COMPANY_PAGE_SELECT                                                                 \
    "SELECT co.rowid, co.id, co.name, co.name_reading, co.phone, co.prefecture, co.city, "         \
    "co.industry, (SELECT count(*) FROM contacts c WHERE c.company_id = co.id "                    \
    "AND c.deleted_at IS NULL) FROM companies co WHERE co.deleted_at IS NULL AND "
#define KIZUNA_COMPANY_PAGE_ORDER " ORDER BY co.name_reading, co.name, co.rowid LIMIT ?4"

constexpr const char *FirstPageSql = KIZUNA_COMPANY_PAGE_SELECT "1" KIZUNA_COMPANY_PAGE_ORDER;
// NULL readings sort first; after one of them come the other NULL readings with a greater
// (name, rowid), then every company with a reading.
constexpr const char *AfterNullReadingSql = KIZUNA_COMPANY_PAGE_SELECT
    "(co.name_reading IS NOT NULL OR (co.name, co.rowid) > (?2, ?3))" KIZUNA_COMPANY_PAGE_ORDER;
constexpr const char *AfterReadingSql = KIZUNA_COMPANY_PAGE_SELECT
    "co.name_reading >= ?1 AND (co.name_reading, co.name, co.rowid) > (?1, ?2, ?3)"
    KIZUNA_COMPANY_PAGE_ORDER;
#undef KIZUNA_COMPANY_PAGE_SELECT
#undef KIZUNA_COMPANY_PAGE_ORDER
// clang-format on

} // namespace

Result<QList<CompanyRow>> CompanyPageQuery::page(Storage::Database &db, const CompanyRow *after, int limit)
{
    const char *sql = !after ? FirstPageSql : after->nameReading.isNull() ? AfterNullReadingSql : AfterReadingSql;
    auto statement = db.cached(sql);
    if (!statement.ok())
        return statement.error();
    Storage::Statement &s = **statement;
    if (after) {
        s.bind(1, after->nameReading);
        s.bind(2, after->name);
        s.bind(3, static_cast<std::int64_t>(after->rowid));
    }
    s.bind(4, limit);
    QList<CompanyRow> rows;
    KIZUNA_TRY(s.forEachRow([&] {
        CompanyRow row;
        row.rowid = s.columnInt64(0);
        row.id = s.columnText(1);
        row.name = s.columnText(2);
        row.nameReading = s.isNull(3) ? QString() : (s.columnText(3).isNull() ? QStringLiteral("") : s.columnText(3));
        row.phone = s.columnText(4);
        row.prefecture = s.columnText(5);
        row.city = s.columnText(6);
        row.industry = s.columnText(7);
        row.contacts = s.columnInt64(8);
        rows << row;
    }));
    return rows;
}

} // namespace Kizuna::Ui
