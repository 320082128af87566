// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/contactrepository.h"

#include "core/model/entities.h"

namespace Kizuna::Model {

namespace {
const EntityDef &contactEntity()
{
    return entity(u"contact");
}
} // namespace

Result<QString> ContactRepository::add(const Contact &contact)
{
    return m_store.insert(contactEntity(), contact.toValues(), contact.id);
}

Status ContactRepository::update(const QString &id, const FieldValues &changes)
{
    return m_store.update(contactEntity(), id, changes);
}

Status ContactRepository::remove(const QString &id)
{
    return m_store.remove(contactEntity(), id);
}

Status ContactRepository::restore(const QString &id)
{
    return m_store.restore(contactEntity(), id);
}

Result<Contact> ContactRepository::get(const QString &id)
{
    auto record = m_store.get(contactEntity(), id);
    if (!record.ok())
        return record.error();
    return Contact::fromRecord(*record);
}

} // namespace Kizuna::Model
