// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"
#include "ui/contacts/contactrow.h"

#include <QList>
#include <Qt>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// What the contact list can be sorted by; each has its index (schema steps 7 and 8). Every
// order but Reading breaks ties by the Reading order's name key, then by id.
enum class ContactSortKey {
    Reading, // the name column: the reading, else the name, folded (Text::nameSortKey): 五十音順, Latin A–Z
    Email, // e-mail, then name
    Phone, // phone (else mobile), then name
    Place, // prefecture, then city, then name
    Kind, // kind, then name
    Stage // lifecycle stage, then name
};

struct ContactListOrder
{
    ContactSortKey key = ContactSortKey::Reading;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// The quick filters of the list; an empty field does not filter.
struct ContactListFilter
{
    QString kind;
    QString lifecycleStage;
    QString ownerId;
    QString tagId;
    QString prefecture;
    QString city;
    QString segmentId; // a saved segment (core/segments): only its members

    bool isEmpty() const
    {
        return kind.isEmpty() && lifecycleStage.isEmpty() && ownerId.isEmpty() && tagId.isEmpty()
            && prefecture.isEmpty() && city.isEmpty() && segmentId.isEmpty();
    }
    bool operator==(const ContactListFilter &) const = default;
};

// Reads the contact list page by page in the chosen order with keyset pagination: each page
// starts after the last row of the previous one ("(key…, id) > (…)" on the order's index), so a
// page costs the same at row 10 and at row 900,000, in either direction and under filters.
// Contacts in the Trash are left out. No widgets: a worker thread can run it on its own
// connection.
//
// A segment filter reads the segment's members materialised on the connection
// (Segments::SegmentScope), refilled when `dataVersion` — the list's count of data changes —
// differs from the one they were filled at.
class ContactPageQuery final {
public:
    // Up to `limit` rows after `after` (the last row of the previous page, read with the same
    // order; nullptr: from the start).
    static Result<QList<ContactRow>> page(Storage::Database &db, const ContactListOrder &order,
                                          const ContactListFilter &filter, const ContactRow *after,
                                          int limit, quint64 dataVersion = 0);
    // The first page in reading order, no filter.
    static Result<QList<ContactRow>> page(Storage::Database &db, const ContactRow *after, int limit)
    {
        return page(db, {}, {}, after, limit);
    }
    // The number of contacts not in the Trash that pass the filter.
    static Result<qint64> count(Storage::Database &db, const ContactListFilter &filter = {},
                                quint64 dataVersion = 0);
    // The SQL of a page (for EXPLAIN QUERY PLAN in tests and benchmarks); `segmentMembers` is the
    // size of the segment filter's member table.
    static QString pageSql(const ContactListOrder &order, const ContactListFilter &filter, bool after,
                           qint64 segmentMembers = 0);
};

} // namespace Kizuna::Ui
