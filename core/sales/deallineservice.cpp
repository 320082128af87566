// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/deallineservice.h"

#include "core/model/entities.h"
#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

namespace Kizuna::Sales {

namespace {

const Model::EntityDef &lineEntity()
{
    return Model::entity(u"deal_line");
}

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

double DealLine::amount() const
{
    return quantity * unitPrice * (1.0 - discount);
}

double dealLinesTotal(const QList<DealLine> &lines)
{
    double total = 0.0;
    for (const DealLine &line : lines)
        total += line.amount();
    return Support::roundMoney(total);
}

Result<QList<DealLine>> DealLineService::lines(const QString &dealId)
{
    auto select = Support::prepareWith(
        m_store.database(),
        QStringLiteral("SELECT l.id, l.deal_id, l.product_id, p.name, p.sku, l.description, l.quantity, "
                       "l.unit_price, l.discount, l.position FROM deal_lines l "
                       "LEFT JOIN products p ON p.id = l.product_id "
                       "WHERE l.deal_id = ?1 AND l.deleted_at IS NULL ORDER BY l.position, l.rowid"),
        {dealId});
    if (!select.ok())
        return select.error();
    QList<DealLine> result;
    KIZUNA_TRY(select->forEachRow([&] {
        result.append({select->columnText(0), select->columnText(1), select->columnText(2),
                       select->columnText(3), select->columnText(4), select->columnText(5),
                       select->columnDouble(6), select->columnDouble(7), select->columnDouble(8),
                       select->columnInt(9)});
    }));
    return result;
}

Result<Model::FieldValues> DealLineService::lineValues(const DealLineInput &input)
{
    const QString entity = lineEntity().name;
    if (!(input.quantity > 0.0))
        return Support::fieldError(entity, field("quantity"), Tr::tr("%1 is not more than 0").arg(input.quantity));
    KIZUNA_TRY(Support::checkProbability(entity, field("discount"), input.discount));
    double unitPrice = input.unitPrice.value_or(0.0);
    if (!input.productId.isEmpty()) {
        auto product = Support::prepareWith(m_store.database(),
                                            QStringLiteral("SELECT unit_price FROM products WHERE id = ?1 AND "
                                                           "deleted_at IS NULL"),
                                            {input.productId});
        if (!product.ok())
            return product.error();
        auto row = product->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return Support::fieldError(entity, field("product_id"),
                                       Tr::tr("no product with id %1 in the catalogue").arg(input.productId));
        if (!input.unitPrice)
            unitPrice = product->columnDouble(0);
    } else if (input.description.trimmed().isEmpty()) {
        return Support::fieldError(entity, field("description"),
                                   Tr::tr("a line without a product needs a description"));
    }
    KIZUNA_TRY(Support::checkNotNegative(entity, field("unit_price"), unitPrice));
    return Model::FieldValues{
        {field("product_id"), input.productId.isEmpty() ? QVariant() : QVariant(input.productId)},
        {field("description"), input.description.trimmed().isEmpty() ? QVariant() : QVariant(input.description.trimmed())},
        {field("quantity"), input.quantity},
        {field("unit_price"), unitPrice},
        {field("discount"), input.discount},
    };
}

Result<double> DealLineService::dealAmount(const QString &dealId)
{
    auto select = Support::prepareWith(m_store.database(),
                                       QStringLiteral("SELECT amount FROM deals WHERE id = ?1"), {dealId});
    if (!select.ok())
        return select.error();
    auto row = select->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error::notFound(Tr::tr("no deal with id %1").arg(dealId));
    return select->columnDouble(0);
}

Status DealLineService::setDealAmount(const QString &dealId, double amount)
{
    return m_store.update(Model::entity(u"deal"), dealId, {{field("amount"), amount}});
}

Status DealLineService::checkDealEditable(const QString &dealId)
{
    auto deal = m_store.get(Model::entity(u"deal"), dealId);
    if (!deal.ok())
        return deal.error();
    if (deal->isDeleted())
        return Error::badInput(Tr::tr("deal \"%1\" is in the Trash; restore it before editing its lines")
                                   .arg(deal->value(field("title")).toString()));
    return {};
}

Result<double> DealLineService::recomputeAmount(const QString &dealId)
{
    auto current = lines(dealId);
    if (!current.ok())
        return current.error();
    if (current->isEmpty())
        return dealAmount(dealId);
    const double total = dealLinesTotal(*current);
    KIZUNA_TRY(setDealAmount(dealId, total));
    return total;
}

Result<DealLineEdit> DealLineService::add(const QString &dealId, const DealLineInput &input)
{
    auto values = lineValues(input);
    if (!values.ok())
        return values.error();
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    KIZUNA_TRY(checkDealEditable(dealId));
    auto before = dealAmount(dealId);
    if (!before.ok())
        return before.error();
    auto position = Support::countOf(m_store.database(),
                                     QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM deal_lines "
                                                    "WHERE deal_id = ?1 AND deleted_at IS NULL"),
                                     {dealId});
    if (!position.ok())
        return position.error();
    values->insert(field("deal_id"), dealId);
    values->insert(field("position"), *position);
    auto lineId = m_store.insert(lineEntity(), *values);
    if (!lineId.ok())
        return lineId.error();
    auto after = recomputeAmount(dealId);
    if (!after.ok())
        return after.error();
    KIZUNA_TRY(transaction.commit());
    return DealLineEdit{DealLineEdit::Kind::Added, dealId, *lineId, {}, *values, *before, *after};
}

Result<DealLineEdit> DealLineService::update(const QString &lineId, const DealLineInput &input)
{
    auto values = lineValues(input);
    if (!values.ok())
        return values.error();
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto line = m_store.get(lineEntity(), lineId);
    if (!line.ok())
        return line.error();
    const QString dealId = line->value(field("deal_id")).toString();
    KIZUNA_TRY(checkDealEditable(dealId));
    auto before = dealAmount(dealId);
    if (!before.ok())
        return before.error();
    Model::FieldValues previous;
    for (auto it = values->cbegin(); it != values->cend(); ++it)
        previous.insert(it.key(), line->value(it.key()));
    KIZUNA_TRY(m_store.update(lineEntity(), lineId, *values));
    auto after = recomputeAmount(dealId);
    if (!after.ok())
        return after.error();
    KIZUNA_TRY(transaction.commit());
    return DealLineEdit{DealLineEdit::Kind::Changed, dealId, lineId, previous, *values, *before, *after};
}

Result<DealLineEdit> DealLineService::remove(const QString &lineId)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto line = m_store.get(lineEntity(), lineId);
    if (!line.ok())
        return line.error();
    const QString dealId = line->value(field("deal_id")).toString();
    KIZUNA_TRY(checkDealEditable(dealId));
    auto before = dealAmount(dealId);
    if (!before.ok())
        return before.error();
    KIZUNA_TRY(m_store.remove(lineEntity(), lineId));
    auto after = recomputeAmount(dealId);
    if (!after.ok())
        return after.error();
    KIZUNA_TRY(transaction.commit());
    return DealLineEdit{DealLineEdit::Kind::Removed, dealId, lineId, line->values, {}, *before, *after};
}

Status DealLineService::undo(const DealLineEdit &edit)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    switch (edit.kind) {
    case DealLineEdit::Kind::Added:
        KIZUNA_TRY(Support::purgeRecord(m_store, lineEntity(), edit.lineId));
        break;
    case DealLineEdit::Kind::Changed: {
        auto line = m_store.get(lineEntity(), edit.lineId);
        if (!line.ok())
            return line.error();
        KIZUNA_TRY(Support::expectValues(*line, edit.after, Tr::tr("undo the line change")));
        KIZUNA_TRY(m_store.update(lineEntity(), edit.lineId, edit.before));
        break;
    }
    case DealLineEdit::Kind::Removed:
        KIZUNA_TRY(m_store.restore(lineEntity(), edit.lineId));
        break;
    }
    KIZUNA_TRY(setDealAmount(edit.dealId, edit.amountBefore));
    return transaction.commit();
}

Status DealLineService::redo(const DealLineEdit &edit)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    switch (edit.kind) {
    case DealLineEdit::Kind::Added: {
        auto id = m_store.insert(lineEntity(), edit.after, edit.lineId);
        if (!id.ok())
            return id.error();
        break;
    }
    case DealLineEdit::Kind::Changed: {
        auto line = m_store.get(lineEntity(), edit.lineId);
        if (!line.ok())
            return line.error();
        KIZUNA_TRY(Support::expectValues(*line, edit.before, Tr::tr("redo the line change")));
        KIZUNA_TRY(m_store.update(lineEntity(), edit.lineId, edit.after));
        break;
    }
    case DealLineEdit::Kind::Removed:
        KIZUNA_TRY(m_store.remove(lineEntity(), edit.lineId));
        break;
    }
    KIZUNA_TRY(setDealAmount(edit.dealId, edit.amountAfter));
    return transaction.commit();
}

} // namespace Kizuna::Sales
