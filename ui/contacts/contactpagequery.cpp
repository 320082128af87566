// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactpagequery.h"

#include "core/segments/segmentscope.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "ui/common/keysetpage.h"

namespace Kizuna::Ui {

namespace {

// The name order's key: the reading, else the name, folded (schema step 7, Text::nameSortKey).
QString nameKey()
{
    return QStringLiteral("kizuna_name_key(c.family_name_reading, c.given_name_reading, c.family_name, c.given_name)");
}

// The key expressions of each order, exactly as the indexes of schema steps 7 and 8 spell them:
// every order but the name's breaks its ties by the name key (then by id, the tie-breaker), so
// the contacts of one kind, stage or city, or those without an e-mail, read in name order.
QStringList keyExpressions(ContactSortKey key)
{
    switch (key) {
    case ContactSortKey::Reading:
        break;
    case ContactSortKey::Email:
        return {QStringLiteral("ifnull(c.email, '')"), nameKey()};
    case ContactSortKey::Phone:
        return {QStringLiteral("ifnull(c.phone, ifnull(c.mobile, ''))"), nameKey()};
    case ContactSortKey::Place:
        return {QStringLiteral("ifnull(c.prefecture, '')"), QStringLiteral("ifnull(c.city, '')"), nameKey()};
    case ContactSortKey::Kind:
        return {QStringLiteral("c.kind"), nameKey()};
    case ContactSortKey::Stage:
        return {QStringLiteral("c.lifecycle_stage"), nameKey()};
    }
    return {nameKey()};
}

KeysetOrder keysetOrder(const ContactListOrder &order)
{
    return {keyExpressions(order.key), QStringLiteral("c.id"), order.order};
}

// Below this many members a segment drives the query — its members are looked up and the few
// sorted; above it the order's index is walked and each row tested against the members, which
// finds a page of a large segment without sorting it.
constexpr qint64 SmallSegment = 20000;

// Filter conditions with their parameters, numbered from `next`.
QString filterSql(const ContactListFilter &filter, int &next, QStringList *values, qint64 segmentMembers = 0)
{
    QString sql;
    const auto add = [&](const QString &value, const QString &condition) {
        if (value.isEmpty())
            return;
        sql += u" AND " + QString(condition).replace(QStringLiteral("?N"), u'?' + QString::number(next++));
        if (values)
            values->append(value);
    };
    // The unary + keeps SQLite from looking the filter up in an index (kind, stage …) and then
    // sorting every match: without statistics it would guess that a few rows match, and with a
    // million contacts half of them do. Walking the order's index and testing each row stops
    // after one page instead.
    add(filter.kind, QStringLiteral("+c.kind = ?N"));
    add(filter.lifecycleStage, QStringLiteral("+c.lifecycle_stage = ?N"));
    add(filter.ownerId, QStringLiteral("+c.owner_id = ?N"));
    add(filter.prefecture, QStringLiteral("+c.prefecture = ?N"));
    add(filter.city, QStringLiteral("+c.city = ?N"));
    add(filter.tagId, QStringLiteral("EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id "
                                     "AND t.tag_id = ?N AND t.deleted_at IS NULL)"));
    if (!filter.segmentId.isEmpty())
        sql += (segmentMembers < SmallSegment ? u" AND c.id" : u" AND +c.id")
            + QStringLiteral(" IN (SELECT contact_id FROM temp.kizuna_scope_members)");
    return sql;
}

ContactRow readRow(const Storage::Statement &s, int keys)
{
    ContactRow row;
    row.id = s.columnText(0);
    row.familyName = s.columnText(1);
    row.givenName = s.columnText(2);
    row.familyNameReading = s.columnText(3);
    row.givenNameReading = s.columnText(4);
    row.companyId = s.columnText(5);
    row.companyName = s.columnText(6);
    row.email = s.columnText(7);
    row.phone = s.columnText(8);
    row.prefecture = s.columnText(9);
    row.kind = s.columnText(10);
    row.lifecycleStage = s.columnText(11);
    row.sortKey = KeysetPage::readKeys(s, 12, keys);
    return row;
}

// The segment filter's members on this connection (none without a segment filter).
Result<qint64> segmentMembers(Storage::Database &db, const ContactListFilter &filter, quint64 dataVersion)
{
    if (filter.segmentId.isEmpty())
        return qint64(0);
    auto scope = Segments::SegmentScope::ensure(db, filter.segmentId, dataVersion);
    if (!scope.ok())
        return scope.error();
    return scope->members;
}

} // namespace

QString ContactPageQuery::pageSql(const ContactListOrder &order, const ContactListFilter &filter, bool after,
                                  qint64 segmentMembers)
{
    const KeysetOrder keyset = keysetOrder(order);
    const QString head = u"SELECT c.id, c.family_name, c.given_name, c.family_name_reading, c.given_name_reading, "
                         u"c.company_id, co.name, c.email, coalesce(c.phone, c.mobile), c.prefecture, c.kind, "
                         u"c.lifecycle_stage, "
        + keyset.keys.join(u", ") + u" FROM contacts c LEFT JOIN companies co ON co.id = c.company_id "
                                     u"WHERE c.deleted_at IS NULL";
    // Parameters: the last row's keys and id (?1 …), the filter's, the limit.
    int next = 1 + KeysetPage::afterParameters(keyset);
    const QString conditions = filterSql(filter, next, nullptr, segmentMembers);
    return KeysetPage::pageSql(keyset, head, conditions, after, 1, next);
}

Result<QList<ContactRow>> ContactPageQuery::page(Storage::Database &db, const ContactListOrder &order,
                                                 const ContactListFilter &filter, const ContactRow *after,
                                                 int limit, quint64 dataVersion)
{
    auto members = segmentMembers(db, filter, dataVersion);
    if (!members.ok())
        return members.error();
    const int keys = static_cast<int>(keyExpressions(order.key).size());
    auto statement = db.prepare(pageSql(order, filter, after != nullptr, *members));
    if (!statement.ok())
        return statement.error();
    Storage::Statement &s = *statement;
    int next = 1;
    if (after)
        KeysetPage::bindAfter(s, next, after->sortKey, after->id);
    next = 1 + KeysetPage::afterParameters(keysetOrder(order));
    const int firstFilter = next;
    QStringList values;
    filterSql(filter, next, &values);
    for (int i = 0; i < values.size(); ++i)
        s.bind(firstFilter + i, values.at(i));
    s.bind(next, limit);
    QList<ContactRow> rows;
    rows.reserve(limit);
    KIZUNA_TRY(s.forEachRow([&] { rows.append(readRow(s, keys)); }));
    return rows;
}

Result<qint64> ContactPageQuery::count(Storage::Database &db, const ContactListFilter &filter, quint64 dataVersion)
{
    auto members = segmentMembers(db, filter, dataVersion);
    if (!members.ok())
        return members.error();
    int next = 1;
    QStringList values;
    const QString conditions = filterSql(filter, next, &values, *members);
    auto statement = db.prepare(u"SELECT count(*) FROM contacts c WHERE c.deleted_at IS NULL" + conditions);
    if (!statement.ok())
        return statement.error();
    for (int i = 0; i < values.size(); ++i)
        statement->bind(i + 1, values.at(i));
    auto row = statement->step();
    if (!row.ok())
        return row.error();
    return static_cast<qint64>(statement->columnInt64(0));
}

} // namespace Kizuna::Ui
