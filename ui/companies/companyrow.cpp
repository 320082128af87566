// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/companies/companyrow.h"

#include "core/storage/database.h"
#include "core/storage/migrations/m0007_list_sort_keys.h"
#include "core/storage/statement.h"
#include "ui/common/keysetpage.h"

namespace Kizuna::Ui {

namespace {

// The key expressions of each order, exactly as the indexes of schema step 7 spell them.
QStringList keyExpressions(CompanySortKey key)
{
    const QString name = QStringLiteral("kizuna_name_key(co.name_reading, NULL, co.name, NULL)");
    switch (key) {
    case CompanySortKey::Name:
        break;
    case CompanySortKey::Contacts:
        return {QStringLiteral("n.contacts")};
    case CompanySortKey::Phone:
        return {QStringLiteral("ifnull(co.phone, '')")};
    case CompanySortKey::Place:
        return {QStringLiteral("ifnull(co.prefecture, '')"), QStringLiteral("ifnull(co.city, '')")};
    case CompanySortKey::Industry:
        return {QStringLiteral("ifnull(co.industry, '')"), name};
    }
    return {name};
}

KeysetOrder keysetOrder(const CompanyListOrder &order)
{
    // The count order walks company_contact_counts(contacts, company_id); the others companies.
    const bool byCount = order.key == CompanySortKey::Contacts;
    return {keyExpressions(order.key), byCount ? QStringLiteral("n.company_id") : QStringLiteral("co.id"),
            order.order};
}

constexpr int KeyColumn = 8; // the first key column of a page's SELECT

} // namespace

QString CompanyPageQuery::pageSql(const CompanyListOrder &order, bool after)
{
    const KeysetOrder keyset = keysetOrder(order);
    // The count order drives the join from the counts' index (CROSS JOIN keeps that order); every
    // company has a count row once refreshCompanyContactCounts() has run.
    const QString from = order.key == CompanySortKey::Contacts
                             ? QStringLiteral(" FROM company_contact_counts n CROSS JOIN companies co ON co.id = n.company_id")
                             : QStringLiteral(" FROM companies co LEFT JOIN company_contact_counts n ON n.company_id = co.id");
    const QString head = u"SELECT co.id, co.name, co.name_reading, co.phone, co.prefecture, co.city, co.industry, "
                         u"ifnull(n.contacts, 0), "
        + keyset.keys.join(u", ") + from + u" WHERE co.deleted_at IS NULL";
    // Parameters: the last row's keys and id (?1 …), the limit.
    return KeysetPage::pageSql(keyset, head, QString(), after, 1, 1 + KeysetPage::afterParameters(keyset));
}

Result<QList<CompanyRow>> CompanyPageQuery::page(Storage::Database &db, const CompanyListOrder &order,
                                                 const CompanyRow *after, int limit)
{
    KIZUNA_TRY(Storage::refreshCompanyContactCounts(db));
    const auto keys = static_cast<int>(keyExpressions(order.key).size());
    auto statement = db.prepare(pageSql(order, after != nullptr));
    if (!statement.ok())
        return statement.error();
    Storage::Statement &s = *statement;
    int next = 1;
    if (after)
        KeysetPage::bindAfter(s, next, after->sortKey, after->id);
    s.bind(1 + KeysetPage::afterParameters(keysetOrder(order)), limit);
    QList<CompanyRow> rows;
    KIZUNA_TRY(s.forEachRow([&] {
        CompanyRow row;
        row.id = s.columnText(0);
        row.name = s.columnText(1);
        row.nameReading = s.isNull(2) ? QString() : (s.columnText(2).isNull() ? QStringLiteral("") : s.columnText(2));
        row.phone = s.columnText(3);
        row.prefecture = s.columnText(4);
        row.city = s.columnText(5);
        row.industry = s.columnText(6);
        row.contacts = s.columnInt64(7);
        row.sortKey = KeysetPage::readKeys(s, KeyColumn, keys);
        rows << row;
    }));
    return rows;
}

} // namespace Kizuna::Ui
