// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <Qt>

namespace Kizuna::Storage {
class Statement;
}

namespace Kizuna::Ui {

// The order of a keyset-paged list: key expressions (spelled word for word as the index that
// serves the order spells them) and a unique tie-breaker column, the index's last column.
struct KeysetOrder
{
    QStringList keys;
    QString tieBreaker;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// The SQL the list queries (contacts, companies) share: a page starts where the last one ended —
// "(keys…, tie) > (last row's values) ORDER BY keys…, tie LIMIT n" — so it costs the same at row
// 10 as at row 900,000: no OFFSET. The query selects the key expressions too, so the last row of
// a page carries the values the next page starts after.
//
// SQLite 3.40 does not start an index search at a row value whose columns are expressions
// ("(kizuna_name_key(…), id) > (?, ?)" scans the index from its first entry, and a row value
// stops at the first expression after its first column), so the condition is spelt as the index
// can use it: with one key, "key >= ?1 AND (key, tie) > (?1, ?2)"; with more, one branch per key,
// from the last to the first — the rest of the last row's group ("k1 = ?1 AND k2 >= ?2 AND
// (k2, tie) > (?2, ?3)"), then the groups after it ("k1 > ?1") — each an index search in the
// order, read one after the other ("UNION ALL", the page's limit over all of them).
namespace KeysetPage {

// The SQL of a page. `head`: "SELECT <columns> FROM … WHERE <conditions>"; `conditions`: more
// " AND …" terms (the list's filter) whose parameters are numbered after the keyset's. With
// `after`, the page starts after the row whose key values and tie-breaker are bound to the
// parameters ?first … ?first+keys (bindAfter); `limit` is the number of the limit's parameter.
QString pageSql(const KeysetOrder &order, const QString &head, const QString &conditions, bool after, int first,
                int limit);
// How many parameters the keyset condition of pageSql() takes: the keys and the tie-breaker.
inline int afterParameters(const KeysetOrder &order)
{
    return static_cast<int>(order.keys.size()) + 1;
}
// " ORDER BY key… ASC, tie ASC" (DESC when descending).
QString orderBy(const KeysetOrder &order);
// Binds the last row's key values and tie-breaker to the parameters of pageSql()'s keyset
// condition, numbered from `next` (pageSql()'s `first`) on.
void bindAfter(Storage::Statement &statement, int &next, const QVariantList &keys, const QString &tieBreaker);
// The values of `count` key columns from column `first` on, typed as stored (a count stays an
// integer: SQLite orders every integer before every text).
QVariantList readKeys(const Storage::Statement &statement, int first, int count);

} // namespace KeysetPage

} // namespace Kizuna::Ui
