// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/orderservice.h"

#include "core/model/entities.h"
#include "core/model/personname.h"
#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <cmath>

namespace Kizuna::Sales {

namespace {

const Model::EntityDef &orderEntity()
{
    return Model::entity(u"order");
}

const Model::EntityDef &orderLineEntity()
{
    return Model::entity(u"order_line");
}

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

QVariant textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

// The line's stored values, with the catalogue price when none is given.
Result<Model::FieldValues> lineValues(Storage::Database &db, const OrderLineInput &line, qsizetype number)
{
    const QString entity = Tr::tr("order line %1").arg(number);
    if (line.productId.isEmpty())
        return Support::fieldError(entity, field("product_id"), Tr::tr("choose a product from the catalogue"));
    if (!(line.quantity > 0.0))
        return Support::fieldError(entity, field("quantity"), Tr::tr("%1 is not more than 0").arg(line.quantity));
    auto product = Support::prepareWith(db,
                                        QStringLiteral("SELECT unit_price FROM products WHERE id = ?1 AND "
                                                       "deleted_at IS NULL"),
                                        {line.productId});
    if (!product.ok())
        return product.error();
    auto row = product->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Support::fieldError(entity, field("product_id"),
                                   Tr::tr("no product with id %1 in the catalogue").arg(line.productId));
    const double listPrice = line.unitPrice.value_or(product->columnDouble(0));
    product->reset(); // no read snapshot left open on this connection
    KIZUNA_TRY(Support::checkNotNegative(entity, field("unit_price"), listPrice));
    if (!std::isfinite(line.discount) || line.discount < 0.0 || line.discount > 1.0)
        return Support::fieldError(entity, field("discount"),
                                   Tr::tr("%1 % is not between 0 and 100 %").arg(line.discount * 100.0));
    const double price = Support::roundMoney(listPrice * (1.0 - line.discount));
    return Model::FieldValues{{field("product_id"), line.productId},
                              {field("quantity"), line.quantity},
                              {field("unit_price"), price},
                              {field("position"), static_cast<qint64>(number - 1)}};
}

} // namespace

Result<QString> OrderService::create(const OrderInput &input)
{
    auto created = createRecorded(input);
    if (!created.ok())
        return created.error();
    return created->orderId;
}

Result<OrderCreation> OrderService::createRecorded(const OrderInput &input)
{
    if (input.contactId.isEmpty())
        return Support::fieldError(orderEntity().name, field("contact_id"), Tr::tr("choose the customer"));
    if (input.lines.isEmpty())
        return Support::fieldError(orderEntity().name, field("lines"), Tr::tr("an order needs at least one line"));
    QList<Model::FieldValues> lines;
    double total = 0.0;
    for (qsizetype i = 0; i < input.lines.size(); ++i) {
        auto values = lineValues(m_store.database(), input.lines.at(i), i + 1);
        if (!values.ok())
            return values.error();
        total += values->value(field("quantity")).toDouble() * values->value(field("unit_price")).toDouble();
        lines.append(*values);
    }
    Model::FieldValues order{{field("contact_id"), input.contactId},
                             {field("ordered_at"), Support::stampOrNow(input.orderedAt)},
                             {field("order_number"), textOrNull(input.orderNumber)},
                             {field("channel"), textOrNull(input.channel)},
                             {field("total"), Support::roundMoney(total)},
                             {field("notes"), textOrNull(input.notes)}};
    if (!input.currency.isEmpty())
        order.insert(field("currency"), input.currency);

    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto id = m_store.insert(orderEntity(), order);
    if (!id.ok())
        return id.error();
    OrderCreation creation{*id, order, {}, order.value(field("total")).toDouble()};
    for (Model::FieldValues &line : lines) {
        line.insert(field("order_id"), *id);
        auto lineId = m_store.insert(orderLineEntity(), line);
        if (!lineId.ok())
            return lineId.error();
        creation.lines.append({*lineId, line});
    }
    KIZUNA_TRY(transaction.commit());
    return creation;
}

Status OrderService::undoCreate(const OrderCreation &creation)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto lineCount = Support::countOf(m_store.database(),
                                      QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = ?1"),
                                      {creation.orderId});
    if (!lineCount.ok())
        return lineCount.error();
    if (*lineCount != creation.lines.size())
        return Error::badInput(Tr::tr("cannot undo entering order %1: its lines have changed since")
                                   .arg(creation.orderId));
    for (const auto &line : creation.lines)
        KIZUNA_TRY(Support::purgeRecord(m_store, orderLineEntity(), line.first));
    KIZUNA_TRY(Support::purgeRecord(m_store, orderEntity(), creation.orderId));
    return transaction.commit();
}

Status OrderService::redoCreate(const OrderCreation &creation)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto id = m_store.insert(orderEntity(), creation.order, creation.orderId);
    if (!id.ok())
        return id.error();
    for (const auto &line : creation.lines) {
        auto lineId = m_store.insert(orderLineEntity(), line.second, line.first);
        if (!lineId.ok())
            return lineId.error();
    }
    return transaction.commit();
}

Result<OrderSummary> OrderService::order(const QString &id)
{
    auto select = Support::prepareWith(
        m_store.database(),
        QStringLiteral("SELECT o.id, o.contact_id, c.family_name, c.given_name, o.order_number, o.ordered_at, "
                       "o.channel, o.total, o.currency, "
                       "(SELECT count(*) FROM order_lines l WHERE l.order_id = o.id AND l.deleted_at IS NULL) "
                       "FROM orders o LEFT JOIN contacts c ON c.id = o.contact_id WHERE o.id = ?1"),
        {id});
    if (!select.ok())
        return select.error();
    auto row = select->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error::notFound(Tr::tr("no order with id %1").arg(id));
    return OrderSummary{select->columnText(0), select->columnText(1),
                        Model::displayName(select->columnText(2), select->columnText(3)),
                        select->columnText(4), Support::toDateTime(select->columnText(5)),
                        select->columnText(6), select->columnDouble(7), select->columnText(8),
                        select->columnInt64(9)};
}

Result<QList<OrderLine>> OrderService::lines(const QString &orderId)
{
    auto select = Support::prepareWith(
        m_store.database(),
        QStringLiteral("SELECT l.id, l.order_id, l.product_id, p.name, p.sku, p.category, l.quantity, "
                       "l.unit_price, l.position FROM order_lines l LEFT JOIN products p ON p.id = l.product_id "
                       "WHERE l.order_id = ?1 AND l.deleted_at IS NULL ORDER BY l.position, l.rowid"),
        {orderId});
    if (!select.ok())
        return select.error();
    QList<OrderLine> result;
    KIZUNA_TRY(select->forEachRow([&] {
        result.append({select->columnText(0), select->columnText(1), select->columnText(2),
                       select->columnText(3), select->columnText(4), select->columnText(5),
                       select->columnDouble(6), select->columnDouble(7), select->columnInt(8)});
    }));
    return result;
}

Status OrderService::remove(const QString &id)
{
    return m_store.remove(orderEntity(), id);
}

Status OrderService::restore(const QString &id)
{
    return m_store.restore(orderEntity(), id);
}

} // namespace Kizuna::Sales
