// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Model {

// One entry of a timeline: an activity (kind = its type: "call", "email" …), an order
// ("order"), a deal changing stage ("deal_stage"), a task ("task") or a campaign touch
// ("campaign").
struct TimelineEntry
{
    QString source;  // table it comes from: "activity", "order", "deal_stage", "task", "campaign"
    QString kind;    // activity type, or the source for the others
    QString id;      // id of the row in its table
    QString at;      // UTC ISO-8601: when it happened (a task: when done, else when created)
    QString title;   // subject, order number, deal title, task title, campaign name
    QString detail;  // body, channel, from-stage name, task due time, member status
    QString detail2; // to-stage name (deal_stage), "done" for a finished task
    QVariant amount; // order total, deal amount; invalid when there is none
};

// Where a timeline is taken from.
struct TimelineScope
{
    enum class Kind { Contact, Company, Deal };
    Kind kind = Kind::Contact;
    QString id;
};

// The timeline of a contact, of a company (its own entries and those of its contacts) or of a
// deal, newest first, read in keyset pages: each page starts after the last entry of the
// previous one ((at, id) descending), so the hundredth page costs what the first does. Entries
// in the Trash are left out. No widgets: a worker thread can run it on its own connection.
class TimelineQuery final
{
public:
    // Kinds that can be asked for in `kinds` (empty list: all of them).
    static QStringList allKinds();

    static Result<QList<TimelineEntry>> page(Storage::Database &db, const TimelineScope &scope,
                                             const QStringList &kinds, const TimelineEntry *after,
                                             int limit);
};

} // namespace Kizuna::Model
