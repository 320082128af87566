// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/segments/segmentrule.h"
#include "core/segments/segmentsql.h"
#include "core/segments/segmenttable.h"
#include "core/storage/result.h"

#include <QDate>
#include <QStringList>

#include <atomic>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Segments {

// Evaluates segment rules on one connection as of one day: counts the members, lists them in
// pages, or materialises them in a temporary table for other queries (the KPI engine, the
// contact list). Contacts in the Trash are never members. Only temporary tables are written,
// so a read-only connection does. RFM classes are computed at most once per SegmentMembers,
// into a temporary table that is dropped with it.
class SegmentMembers final
{
public:
    explicit SegmentMembers(Storage::Database &db, QDate asOf = {}); // invalid: today
    ~SegmentMembers();
    SegmentMembers(const SegmentMembers &) = delete;
    SegmentMembers &operator=(const SegmentMembers &) = delete;

    QDate asOf() const { return m_asOf; }

    // The rule as SQL on contacts `c`, with the RFM table it reads (if any) filled.
    Result<SegmentPredicate> predicate(const SegmentRule &rule, const std::atomic<bool> *cancel = nullptr);
    Result<qint64> count(const SegmentRule &rule, const std::atomic<bool> *cancel = nullptr);
    // Up to `limit` member ids in id order, after `afterId` (empty: from the first): keyset pages.
    Result<QStringList> page(const SegmentRule &rule, const QString &afterId, int limit,
                             const std::atomic<bool> *cancel = nullptr);
    // Every member id in a new temporary table (see SegmentTable).
    Result<SegmentTable> materialise(const SegmentRule &rule, const std::atomic<bool> *cancel = nullptr);

private:
    Storage::Database &m_db;
    QDate m_asOf;
    QString m_rfmTable;
    bool m_rfmFilled = false;
};

} // namespace Kizuna::Segments
