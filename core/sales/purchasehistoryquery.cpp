// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/purchasehistoryquery.h"

#include "core/model/personname.h"
#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/storage/database.h"

namespace Kizuna::Sales {

namespace {

// FROM … WHERE … selecting the scope's orders (alias o; c is the contact).
QString scopeSql(const PurchaseScope &scope)
{
    if (scope.kind == PurchaseScope::Kind::Company)
        return QStringLiteral("FROM orders o JOIN contacts c ON c.id = o.contact_id "
                              "WHERE c.company_id = ? AND c.deleted_at IS NULL AND o.deleted_at IS NULL");
    return QStringLiteral("FROM orders o LEFT JOIN contacts c ON c.id = o.contact_id "
                          "WHERE o.contact_id = ? AND o.deleted_at IS NULL");
}

} // namespace

Result<PurchaseSummary> PurchaseHistoryQuery::summary(const PurchaseScope &scope, int topCategories)
{
    auto select = Support::prepareWith(
        m_db,
        QStringLiteral("SELECT count(*), coalesce(sum(o.total), 0), min(o.ordered_at), max(o.ordered_at) ")
            + scopeSql(scope),
        {scope.id});
    if (!select.ok())
        return select.error();
    auto row = select->step();
    if (!row.ok())
        return row.error();
    PurchaseSummary summary;
    summary.orders = select->columnInt64(0);
    summary.lifetimeRevenue = Support::roundMoney(select->columnDouble(1));
    summary.averageOrderValue =
        summary.orders > 0 ? Support::roundMoney(summary.lifetimeRevenue / double(summary.orders)) : 0.0;
    summary.firstPurchase = Support::toDateTime(select->columnText(2));
    summary.lastPurchase = Support::toDateTime(select->columnText(3));
    if (topCategories > 0)
        KIZUNA_TRY(addCategories(scope, topCategories, summary));
    return summary;
}

Status PurchaseHistoryQuery::addCategories(const PurchaseScope &scope, int topCategories, PurchaseSummary &summary)
{
    QString from = scopeSql(scope);
    from.replace(QStringLiteral("FROM orders o "),
                 QStringLiteral("FROM order_lines l JOIN orders o ON o.id = l.order_id "
                                "LEFT JOIN products p ON p.id = l.product_id "));
    auto select = Support::prepareWith(
        m_db,
        QStringLiteral("SELECT coalesce(p.category, ''), sum(l.quantity * l.unit_price), count(DISTINCT o.id) ")
            + from + QStringLiteral(" AND l.deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?"),
        {scope.id, topCategories});
    if (!select.ok())
        return select.error();
    return select->forEachRow([&] {
        summary.favouriteCategories.append({select->columnText(0), Support::roundMoney(select->columnDouble(1)),
                                            select->columnInt64(2)});
    });
}

Result<OrderPage> PurchaseHistoryQuery::orders(const PurchaseScope &scope, const OrderCursor &after, int limit)
{
    if (limit < 1)
        return Error::badInput(Tr::tr("a page of orders needs a limit of 1 or more (got %1)").arg(limit));
    QList<QVariant> values{scope.id};
    QString sql = QStringLiteral("SELECT o.id, o.contact_id, c.family_name, c.given_name, o.order_number, "
                                 "o.ordered_at, o.channel, o.total, o.currency, "
                                 "(SELECT count(*) FROM order_lines l WHERE l.order_id = o.id AND "
                                 "l.deleted_at IS NULL) ")
                  + scopeSql(scope);
    if (!after.atStart()) {
        sql += QStringLiteral(" AND o.ordered_at <= ? AND (o.ordered_at < ? OR o.id < ?)");
        values << after.orderedAt << after.orderedAt << after.id;
    }
    sql += QStringLiteral(" ORDER BY o.ordered_at DESC, o.id DESC LIMIT ?");
    values << limit + 1;
    auto select = Support::prepareWith(m_db, sql, values);
    if (!select.ok())
        return select.error();
    OrderPage page;
    KIZUNA_TRY(select->forEachRow([&] {
        if (page.orders.size() == limit) {
            page.atEnd = false;
            return;
        }
        const QString orderedAt = select->columnText(5);
        page.orders.append({select->columnText(0), select->columnText(1),
                            Model::displayName(select->columnText(2), select->columnText(3)),
                            select->columnText(4), Support::toDateTime(orderedAt), select->columnText(6),
                            select->columnDouble(7), select->columnText(8), select->columnInt64(9)});
        page.next = {orderedAt, page.orders.last().id};
    }));
    return page;
}

} // namespace Kizuna::Sales
