// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/sales/leadconversion.h"
#include "core/storage/result.h"

namespace Kizuna::Sales {

// Converts a lead into a customer in one transaction (contact kind and lifecycle stage, its
// company, a first deal). Activities, tags, owner and everything else of the contact stay as
// they are, so its timeline is kept. undo() reverses a conversion exactly: the contact's
// fields back, the deal (with its stage history) and the company deleted for good — refused
// when something was attached to them since; redo() does it again with the same ids and time.
class LeadConverter final
{
public:
    explicit LeadConverter(Model::RecordStore &store) : m_store(store) {}

    Result<LeadConversion> convert(const LeadConversionRequest &request, const QDateTime &at = {});
    Status undo(const LeadConversion &conversion);
    Status redo(const LeadConversion &conversion);

private:
    Result<LeadConversion> run(const LeadConversionRequest &request, const QDateTime &at,
                               const QString &companyId, const QString &dealId);
    Result<QString> resolveCompany(const LeadConversionRequest &request, const Model::Record &contact,
                                   const QString &fixedId, LeadConversion &conversion);
    Status checkCompanyUnused(const QString &companyId);

    Model::RecordStore &m_store;
};

} // namespace Kizuna::Sales
