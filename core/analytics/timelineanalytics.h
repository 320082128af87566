// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/cohortretention.h"
#include "core/analytics/customerhistory.h"
#include "core/analytics/dashboardseries.h"
#include "core/analytics/kpivalues.h"
#include "core/analytics/ordertimelines.h"
#include "core/analytics/period.h"
#include "core/analytics/rfm.h"

#include <vector>

namespace Kizuna::Analytics {

// The order analytics of the dashboard computed from OrderTimelines in memory, each giving the
// same numbers as its SQL counterpart over the orders table (KpiEngine, salesSeries,
// cohortRetention, computeRfm, loadCustomerHistories), which stay the reference and the path of
// the command line. `keep` limits the customers (owner or segment filter; empty: all).

// revenue, orders, AOV, active, new, repeat rate, retention, churn, cross-sell and historic LTV.
void timelineOrderKpis(const OrderTimelines &timelines, const Period &period, const CustomerMask &keep,
                       KpiValues &values);

std::vector<SalesPoint> timelineSalesSeries(const OrderTimelines &timelines, const std::vector<Period> &buckets,
                                            const CustomerMask &keep);

std::vector<Cohort> timelineCohorts(const OrderTimelines &timelines, QDate firstMonth, QDate lastMonth);

// Every customer with an order up to `asOf`, scored and classified.
// `indexes`, when given, receives each result's customer index in `timelines`.
std::vector<RfmCustomer> timelineRfm(const OrderTimelines &timelines, QDate asOf,
                                     std::vector<size_t> *indexes = nullptr);

std::vector<CustomerHistory> timelineHistories(const OrderTimelines &timelines, QDate calibrationEnd,
                                               QDate holdoutEnd, std::vector<size_t> *indexes = nullptr);

} // namespace Kizuna::Analytics
