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

// The SQL pieces the list queries (contacts, companies) share: a page is "WHERE … AND (keys…,
// tie) > (last row's values) ORDER BY keys…, tie LIMIT n", so each page starts where the last
// one ended and costs the same at row 10 as at row 900,000 — no OFFSET. The query selects the
// key expressions too, so the last row of a page carries the values the next page starts after.
namespace KeysetPage {

// " AND (key…, tie) > (?n, …)" ('<' when descending); numbers its parameters from `next` on.
QString afterCondition(const KeysetOrder &order, int &next);
// " ORDER BY key… ASC, tie ASC" (DESC when descending).
QString orderBy(const KeysetOrder &order);
// Binds the last row's key values and tie-breaker to the parameters afterCondition() numbered
// from `next` on.
void bindAfter(Storage::Statement &statement, int &next, const QVariantList &keys, const QString &tieBreaker);
// The values of `count` key columns from column `first` on, typed as stored (a count stays an
// integer: SQLite orders every integer before every text).
QVariantList readKeys(const Storage::Statement &statement, int first, int count);

} // namespace KeysetPage

} // namespace Kizuna::Ui
