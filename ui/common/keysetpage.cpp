// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/keysetpage.h"

#include "core/storage/statement.h"

namespace Kizuna::Ui::KeysetPage {

namespace {

QString parameter(int number)
{
    return u'?' + QString::number(number);
}

// The branch of an after-page for the key at `level`: the keys before it equal to the last row's,
// and this key past it — with the tie-breaker at the last level ("k >= ?n AND (k, tie) > (?n,
// ?n+1)": the scalar lets SQLite start the index search at the value).
QString branchCondition(const KeysetOrder &order, qsizetype level, int first)
{
    const bool ascending = order.order == Qt::AscendingOrder;
    QString sql;
    for (qsizetype i = 0; i < level; ++i)
        sql += u" AND " + order.keys.at(i) + u" = " + parameter(first + static_cast<int>(i));
    const QString key = order.keys.at(level);
    const QString value = parameter(first + static_cast<int>(level));
    if (level + 1 < order.keys.size())
        return sql + u" AND " + key + (ascending ? u" > " : u" < ") + value;
    return sql + u" AND " + key + (ascending ? u" >= " : u" <= ") + value + u" AND (" + key + u", "
        + order.tieBreaker + u") " + (ascending ? u'>' : u'<') + u" (" + value + u", "
        + parameter(first + static_cast<int>(level) + 1) + u')';
}

} // namespace

QString pageSql(const KeysetOrder &order, const QString &head, const QString &conditions, bool after, int first,
                int limit)
{
    const QString tail = orderBy(order) + u" LIMIT " + parameter(limit);
    if (!after || order.keys.isEmpty()) {
        if (after) // the tie-breaker alone
            return head + u" AND " + order.tieBreaker + (order.order == Qt::AscendingOrder ? u" > " : u" < ")
                + parameter(first) + conditions + tail;
        return head + conditions + tail;
    }
    if (order.keys.size() == 1)
        return head + branchCondition(order, 0, first) + conditions + tail;
    // Each branch's rows come after the previous branch's: the rest of the last row's group at
    // the deepest key first, then the later groups of each key above it. A branch orders by its
    // own key and those after it only: the keys before are equal in it, and SQLite sorts every
    // row of the branch when the ORDER BY names an expression (ifnull(email, '')) that an
    // equality fixes (a plain column like kind it recognises).
    QStringList branches;
    for (qsizetype level = order.keys.size() - 1; level >= 0; --level) {
        KeysetOrder rest = order;
        rest.keys = order.keys.mid(level);
        branches << u"SELECT * FROM (" + head + branchCondition(order, level, first) + conditions + orderBy(rest)
                + u" LIMIT " + parameter(limit) + u')';
    }
    return branches.join(u" UNION ALL ") + u" LIMIT " + parameter(limit);
}

QString orderBy(const KeysetOrder &order)
{
    const QString direction = order.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    for (const QString &key : order.keys)
        terms << key + direction;
    terms << order.tieBreaker + direction;
    return u" ORDER BY " + terms.join(u", ");
}

void bindAfter(Storage::Statement &statement, int &next, const QVariantList &keys, const QString &tieBreaker)
{
    for (const QVariant &key : keys)
        statement.bindVariant(next++, key);
    statement.bind(next++, tieBreaker);
}

QVariantList readKeys(const Storage::Statement &statement, int first, int count)
{
    QVariantList keys;
    keys.reserve(count);
    for (int column = first; column < first + count; ++column) {
        QVariant key = statement.columnVariant(column);
        if (key.typeId() == QMetaType::QString && key.toString().isNull())
            key = QStringLiteral(""); // empty text, not NULL: a NULL would end the next page at once
        keys << key;
    }
    return keys;
}

} // namespace Kizuna::Ui::KeysetPage
