// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/contact.h"
#include "core/model/recordstore.h"

namespace Kizuna::Model {

// Typed access to contacts over the record store (same transactions and change log).
class ContactRepository final
{
public:
    explicit ContactRepository(RecordStore &store) : m_store(store) {}

    Result<QString> add(const Contact &contact);
    Status update(const QString &id, const FieldValues &changes);
    Status remove(const QString &id);
    Status restore(const QString &id);
    Result<Contact> get(const QString &id);

private:
    RecordStore &m_store;
};

} // namespace Kizuna::Model
