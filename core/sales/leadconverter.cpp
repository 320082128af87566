// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/leadconverter.h"

#include "core/model/entities.h"
#include "core/model/personname.h"
#include "core/sales/dealservice.h"
#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

namespace Kizuna::Sales {

namespace {

const Model::EntityDef &contactEntity()
{
    return Model::entity(u"contact");
}

const Model::EntityDef &companyEntity()
{
    return Model::entity(u"company");
}

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

QString contactName(const Model::Record &contact)
{
    const QString name = Model::displayName(contact.value(field("family_name")).toString(),
                                            contact.value(field("given_name")).toString());
    return name.isEmpty() ? contact.value(field("email")).toString() : name;
}

} // namespace

Result<LeadConversion> LeadConverter::convert(const LeadConversionRequest &request, const QDateTime &at)
{
    return run(request, at.isValid() ? at : QDateTime::currentDateTimeUtc(), {}, {});
}

Status LeadConverter::redo(const LeadConversion &conversion)
{
    auto again = run(conversion.request, conversion.at, conversion.createdCompanyId, conversion.createdDealId);
    return again.ok() ? Status() : Status(again.error());
}

Result<QString> LeadConverter::resolveCompany(const LeadConversionRequest &request, const Model::Record &contact,
                                              const QString &fixedId, LeadConversion &conversion)
{
    const QString current = contact.value(field("company_id")).toString();
    if (!request.newCompanyName.trimmed().isEmpty()) {
        if (!request.companyId.isEmpty())
            return Support::fieldError(companyEntity().name, field("name"),
                                       Tr::tr("either link an existing company or create a new one, not both"));
        auto id = m_store.insert(companyEntity(),
                                 {{field("name"), request.newCompanyName.trimmed()},
                                  {field("owner_id"), contact.value(field("owner_id"))}},
                                 fixedId);
        if (!id.ok())
            return id.error();
        conversion.createdCompanyId = *id;
        return *id;
    }
    if (request.companyId.isEmpty())
        return current;
    auto company = m_store.get(companyEntity(), request.companyId);
    if (!company.ok())
        return Support::fieldError(contactEntity().name, field("company_id"), company.error().message);
    if (company->isDeleted())
        return Support::fieldError(contactEntity().name, field("company_id"),
                                   Tr::tr("company \"%1\" is in the Trash")
                                       .arg(company->value(field("name")).toString()));
    return request.companyId;
}

Result<LeadConversion> LeadConverter::run(const LeadConversionRequest &request, const QDateTime &at,
                                          const QString &companyId, const QString &dealId)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto contact = m_store.get(contactEntity(), request.contactId);
    if (!contact.ok())
        return contact.error();
    if (contact->isDeleted())
        return Error::badInput(Tr::tr("contact \"%1\" is in the Trash; restore it before converting it")
                                   .arg(contactName(*contact)));
    if (contact->value(field("kind")).toString() != u"lead")
        return Error::badInput(Tr::tr("contact \"%1\" is not a lead (kind %2); only leads are converted")
                                   .arg(contactName(*contact), contact->value(field("kind")).toString()));

    LeadConversion conversion;
    conversion.request = request;
    conversion.contactId = request.contactId;
    conversion.at = at;
    auto company = resolveCompany(request, *contact, companyId, conversion);
    if (!company.ok())
        return company.error();

    conversion.contactAfter = {{field("kind"), request.kind},
                               {field("lifecycle_stage"), request.lifecycleStage},
                               {field("company_id"), company->isEmpty() ? QVariant() : QVariant(*company)}};
    for (auto it = conversion.contactAfter.cbegin(); it != conversion.contactAfter.cend(); ++it)
        conversion.contactBefore.insert(it.key(), contact->value(it.key()));
    KIZUNA_TRY(m_store.update(contactEntity(), request.contactId, conversion.contactAfter));
    // The stored form (choices lower-case), so undo can check nothing changed since.
    auto updated = m_store.get(contactEntity(), request.contactId);
    if (!updated.ok())
        return updated.error();
    for (auto it = conversion.contactAfter.begin(); it != conversion.contactAfter.end(); ++it)
        it.value() = updated->value(it.key());

    if (request.createDeal) {
        DealInput deal = request.deal;
        deal.contactId = request.contactId;
        if (deal.companyId.isEmpty())
            deal.companyId = *company;
        if (deal.ownerId.isEmpty())
            deal.ownerId = contact->value(field("owner_id")).toString();
        if (deal.title.trimmed().isEmpty()) {
            auto companyRecord = company->isEmpty() ? Result<Model::Record>(Error::notFound({}))
                                                    : m_store.get(companyEntity(), *company);
            deal.title = companyRecord.ok() ? companyRecord->value(field("name")).toString()
                                            : contactName(*contact);
        }
        auto created = DealService(m_store).create(deal, at, dealId);
        if (!created.ok())
            return created.error();
        conversion.createdDealId = *created;
    }
    KIZUNA_TRY(transaction.commit());
    return conversion;
}

Status LeadConverter::checkCompanyUnused(const QString &companyId)
{
    for (const char *table : {"contacts", "deals", "activities", "tasks", "company_tags"}) {
        auto count = Support::countOf(m_store.database(),
                                      QStringLiteral("SELECT count(*) FROM %1 WHERE company_id = ?1")
                                          .arg(QString::fromLatin1(table)),
                                      {companyId});
        if (!count.ok())
            return count.error();
        if (*count > 0)
            return Error::badInput(Tr::tr("cannot undo the conversion: the new company now has %1 %2")
                                       .arg(*count)
                                       .arg(QString::fromLatin1(table)));
    }
    return {};
}

Status LeadConverter::undo(const LeadConversion &conversion)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto contact = m_store.get(contactEntity(), conversion.contactId);
    if (!contact.ok())
        return contact.error();
    KIZUNA_TRY(Support::expectValues(*contact, conversion.contactAfter, Tr::tr("undo the lead conversion")));
    if (!conversion.createdDealId.isEmpty())
        KIZUNA_TRY(DealService(m_store).discard(conversion.createdDealId));
    KIZUNA_TRY(m_store.update(contactEntity(), conversion.contactId, conversion.contactBefore));
    if (!conversion.createdCompanyId.isEmpty()) {
        KIZUNA_TRY(checkCompanyUnused(conversion.createdCompanyId));
        KIZUNA_TRY(Support::purgeRecord(m_store, companyEntity(), conversion.createdCompanyId));
    }
    return transaction.commit();
}

} // namespace Kizuna::Sales
