// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QString>

#include <atomic>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Segments {

// A saved segment's members in the temporary table temp.kizuna_scope_members of one connection,
// kept between queries: a list that pages through a segment (the contact list, its export)
// materialises it once and reads every page against it. The table is refilled when it holds
// another segment or another `version` — the list's count of data changes, so an edit that takes
// a contact in or out of the segment shows at the next reload.
struct SegmentScope
{
    QString table;    // "temp.kizuna_scope_members" (contact_id, the primary key)
    qint64 members = 0;

    // Fills the table for `segmentId` unless it holds it at `version` already. An unknown
    // segment, or one whose rule no longer parses, is an error naming it.
    static Result<SegmentScope> ensure(Storage::Database &db, const QString &segmentId, quint64 version,
                                       const std::atomic<bool> *cancel = nullptr);
};

} // namespace Kizuna::Segments
