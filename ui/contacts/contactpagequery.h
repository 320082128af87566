// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"
#include "ui/contacts/contactrow.h"

#include <QList>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// Reads the contact list page by page in reading order (family_name_reading,
// given_name_reading, id — the index contacts_reading) with keyset pagination: each page
// starts after the last row of the previous one, so a page costs the same at row 10 and at
// row 900,000. Contacts in the Trash are left out. No widgets: a worker thread can run it
// on its own connection.
class ContactPageQuery final {
public:
    // Up to `limit` rows after `after` (the last row of the previous page; nullptr: from
    // the start).
    static Result<QList<ContactRow>> page(Storage::Database &db, const ContactRow *after,
                                          int limit);
    // The number of contacts not in the Trash.
    static Result<qint64> count(Storage::Database &db);
};

} // namespace Kizuna::Ui
