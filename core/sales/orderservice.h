// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/sales/order.h"
#include "core/storage/result.h"

namespace Kizuna::Sales {

// An order as created, to undo or redo the creation exactly: the stored values of the order and
// of each line, with their ids.
struct OrderCreation
{
    QString orderId;
    Model::FieldValues order;
    QList<QPair<QString, Model::FieldValues>> lines; // line id → values
    double total = 0.0;
};

// Orders entered by hand: the order and its lines from the catalogue in one transaction
// through the record store, total = Σ quantity × unit price (rounded to 0.01).
class OrderService final
{
public:
    explicit OrderService(Model::RecordStore &store) : m_store(store) {}

    // Errors name the line ("order line 2 field \"quantity\": …").
    Result<QString> create(const OrderInput &input);
    // The same, returning what was written so that undoCreate() / redoCreate() replay it (one
    // transaction each; the ids stay the same).
    Result<OrderCreation> createRecorded(const OrderInput &input);
    // Deletes the order and its lines for good, as if never entered; refused when a line was added
    // since.
    Status undoCreate(const OrderCreation &creation);
    Status redoCreate(const OrderCreation &creation);
    Result<OrderSummary> order(const QString &id);
    Result<QList<OrderLine>> lines(const QString &orderId);
    // To the Trash and back (purchase histories and KPIs leave out orders in the Trash).
    Status remove(const QString &id);
    Status restore(const QString &id);

private:
    Model::RecordStore &m_store;
};

} // namespace Kizuna::Sales
