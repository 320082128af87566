// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/sales/dealline.h"
#include "core/storage/result.h"

namespace Kizuna::Sales {

// Line items of a deal. While a deal has lines, deals.amount is their total (recomputed in the
// same transaction as every line change); a deal without lines keeps the amount typed in, and
// removing its last line leaves the amount as it was. Every change returns a DealLineEdit that
// undo()/redo() replay exactly, deal amount included.
class DealLineService final
{
public:
    explicit DealLineService(Model::RecordStore &store) : m_store(store) {}

    // Lines not in the Trash, by position.
    Result<QList<DealLine>> lines(const QString &dealId);
    Result<DealLineEdit> add(const QString &dealId, const DealLineInput &input);
    Result<DealLineEdit> update(const QString &lineId, const DealLineInput &input);
    Result<DealLineEdit> remove(const QString &lineId);
    Status undo(const DealLineEdit &edit);
    Status redo(const DealLineEdit &edit);

    // Writes the lines' total to deals.amount when the deal has lines; returns the amount now.
    Result<double> recomputeAmount(const QString &dealId);

private:
    Result<Model::FieldValues> lineValues(const DealLineInput &input);
    Result<double> dealAmount(const QString &dealId);
    Status setDealAmount(const QString &dealId, double amount);
    Status checkDealEditable(const QString &dealId);

    Model::RecordStore &m_store;
};

} // namespace Kizuna::Sales
