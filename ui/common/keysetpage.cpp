// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/keysetpage.h"

#include "core/storage/statement.h"

namespace Kizuna::Ui::KeysetPage {

QString afterCondition(const KeysetOrder &order, int &next)
{
    QStringList slots;
    for (int i = 0; i <= order.keys.size(); ++i)
        slots << u'?' + QString::number(next++);
    const QStringList columns = order.keys + QStringList {order.tieBreaker};
    return u" AND (" + columns.join(u", ") + u") " + (order.order == Qt::AscendingOrder ? u'>' : u'<') + u" ("
        + slots.join(u", ") + u')';
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
