// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/segments/segmentrule.h"
#include "core/storage/result.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

#include <atomic>

namespace Kizuna::Storage {
class Database;
class Statement;
}

namespace Kizuna::Segments {

// A rule compiled to SQL: a condition on the contacts table under the alias `c`, with every
// value of the rule in `binds` (named parameters, never spliced into the text).
struct SegmentPredicate
{
    QString sql;       // e.g. "(c.kind = :sg1 AND c.id IN (SELECT …))"; "1" for the empty rule
    QVariantMap binds; // ":sg1" → value
    QString rfmTable;  // set when `sql` reads RFM classes from this temporary table (fill it first)
};

// Compiles segment rules to SQL. Subqueries are written so SQLite can use the schema's indexes:
// tags through tags_name/contact_tags_tag, purchases through order_lines_product, recent activity
// through activities_occurred, older activity through activities_contact, contact columns
// through their own indexes when the condition stands at the top of an "and". Aggregates over
// orders (orders_count, revenue) run once per query, not per contact; a condition that holds at
// zero (orders_count < 2) also matches contacts without orders.
class SegmentSql final
{
public:
    struct Options
    {
        QDate asOf; // the day recency, RFM class, orders and revenue are taken at; invalid: today
        QString parameterPrefix = QStringLiteral("sg");                // :sg1, :sg2 …
        QString rfmTable = QStringLiteral("temp.kizuna_segment_rfm");  // read by rfm_class
    };

    static SegmentPredicate compile(const SegmentRule &rule, const Options &options);
    // "SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL AND (…)": the members.
    static QString membersSql(const SegmentPredicate &predicate);
    // Binds every parameter of `binds` the statement has (by name).
    static void bind(Storage::Statement &statement, const QVariantMap &binds);
    // Creates or refills a temporary table `table` (contact_id, rfm_class) with the RFM class of
    // every customer as of `asOf` — computed once, then read by every rfm_class condition.
    static Status fillRfmTable(Storage::Database &db, const QString &table, QDate asOf,
                               const std::atomic<bool> *cancel = nullptr);
};

} // namespace Kizuna::Segments
