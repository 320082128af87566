// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/kpiengine.h"
#include "core/analytics/ordertimelines.h"
#include "core/analytics/period.h"
#include "core/storage/result.h"

#include <QMap>
#include <QString>
#include <vector>

namespace Kizuna::Analytics {

// New leads of one period as KpiEngine reads them: contacts of kind lead or customer created in
// the period before any order of theirs, by source, and those converted (an order or a won deal
// before the end of the period).
struct LeadCounts
{
    QMap<QString, qint64> bySource;
    qint64 leads = 0;
    qint64 converted = 0;
};

struct DashboardLeads
{
    LeadCounts current;
    LeadCounts previous;                      // the previous period of equal length
    std::vector<QMap<QString, qint64>> buckets; // new leads by source per bucket of the period
};

// One pass over the contacts created in the previous and the current period (index
// contacts_dashboard_created), with each contact's first order from the timelines.
Result<DashboardLeads> timelineLeads(Storage::Database &db, const OrderTimelines &timelines, const KpiFilter &filter,
                                     const Period &period, const std::vector<Period> &buckets);

// The two queries of timelineLeads(), for tests of their plans: every won deal (contact_id,
// closed_at) and the contacts created from :ps to :e (id, created_at, source; {owner:c} as in
// applyKpiFilter). Each reads its index alone (deals_won, contacts_dashboard_created).
extern const char *const WonDealsSql;
extern const char *const NewContactsSql;

// Writes one period's counts into the KPI values (new leads, by source, conversion rate).
void applyLeadCounts(const LeadCounts &counts, KpiValues &values);

} // namespace Kizuna::Analytics
