// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/sales/deal.h"

#include <QDateTime>
#include <QString>

namespace Kizuna::Sales {

// Turning a lead into a customer. The contact's company is kept, or set to an existing
// company (companyId), or to a new company created with the lead's owner (newCompanyName);
// optionally a first deal is created for it (contact, company and owner filled in from the
// contact unless given).
struct LeadConversionRequest
{
    QString contactId;
    QString companyId;
    QString newCompanyName;
    bool createDeal = false;
    DealInput deal; // empty title: "<contact name>" or the company name
    QString kind = QStringLiteral("customer");
    QString lifecycleStage = QStringLiteral("customer");
};

// What a conversion did, to undo or redo it exactly.
struct LeadConversion
{
    LeadConversionRequest request;
    QString contactId;
    Model::FieldValues contactBefore; // kind, lifecycle_stage, company_id
    Model::FieldValues contactAfter;
    QString createdCompanyId; // empty when none was created
    QString createdDealId;    // empty when none was created
    QDateTime at;
};

} // namespace Kizuna::Sales
