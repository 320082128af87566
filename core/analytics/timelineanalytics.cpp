// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/timelineanalytics.h"

#include <algorithm>
#include <map>
#include <set>

namespace Kizuna::Analytics {

namespace {

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return numerator / denominator;
}

bool kept(const CustomerMask &keep, size_t customer)
{
    return keep.empty() || keep[customer];
}

} // namespace

void timelineOrderKpis(const OrderTimelines &timelines, const Period &period, const CustomerMask &keep,
                       KpiValues &v)
{
    const qint64 s = startOfDayMs(period.first);
    const qint64 e = startOfDayMs(period.last.addDays(1));
    const qint64 ps = startOfDayMs(period.previous().first);
    const qint64 ltv = startOfDayMs(period.last.addDays(1).addMonths(-12));
    qint64 previous = 0, retained = 0, crossSold = 0, ltvCustomers = 0;
    double ltvRevenue = 0;
    v.revenue = 0;
    v.orders = v.activeCustomers = v.newCustomers = 0;
    for (size_t c = 0; c < timelines.size(); ++c) {
        if (!kept(keep, c))
            continue;
        const auto orders = timelines.orders(c);
        if (orders.empty())
            continue;
        qint64 inPeriod = 0, inPrevious = 0;
        double upToEnd = 0;
        for (const TimelineOrder &o : orders) {
            if (o.at >= e)
                break;
            upToEnd += o.total;
            if (o.at >= s) {
                ++inPeriod;
                v.revenue += o.total;
            } else if (o.at >= ps) {
                ++inPrevious;
            }
        }
        v.orders += inPeriod;
        if (inPeriod > 0) {
            ++v.activeCustomers;
            if (orders.front().at >= s)
                ++v.newCustomers;
            if (timelines.crossAt(c) < e)
                ++crossSold;
        }
        if (inPrevious > 0) {
            ++previous;
            if (inPeriod > 0)
                ++retained;
        }
        if (orders.front().at < e && orders.front().at < ltv) {
            ++ltvCustomers;
            ltvRevenue += upToEnd;
        }
    }
    v.aov = ratio(v.revenue, static_cast<double>(v.orders));
    v.repeatRate = ratio(static_cast<double>(v.activeCustomers - v.newCustomers), static_cast<double>(v.activeCustomers));
    v.retentionRate = ratio(static_cast<double>(retained), static_cast<double>(previous));
    v.churnRate.reset();
    if (v.retentionRate)
        v.churnRate = 1.0 - *v.retentionRate;
    v.crossSellRate = ratio(static_cast<double>(crossSold), static_cast<double>(v.activeCustomers));
    v.historicLtv = ratio(ltvRevenue, static_cast<double>(ltvCustomers));
}

std::vector<SalesPoint> timelineSalesSeries(const OrderTimelines &timelines, const std::vector<Period> &buckets,
                                            const CustomerMask &keep)
{
    std::vector<SalesPoint> points(buckets.size());
    if (buckets.empty())
        return points;
    std::vector<qint64> starts; // bucket b is [starts[b], starts[b + 1])
    for (const Period &bucket : buckets)
        starts.push_back(startOfDayMs(bucket.first));
    starts.push_back(startOfDayMs(buckets.back().last.addDays(1)));
    for (size_t c = 0; c < timelines.size(); ++c) {
        if (!kept(keep, c))
            continue;
        const auto orders = timelines.orders(c);
        auto it = std::lower_bound(orders.begin(), orders.end(), starts.front(),
                                   [](const TimelineOrder &o, qint64 at) { return o.at < at; });
        size_t lastBucket = buckets.size();
        for (; it != orders.end() && it->at < starts.back(); ++it) {
            const size_t b = static_cast<size_t>(
                std::upper_bound(starts.begin(), starts.end(), it->at) - starts.begin() - 1);
            SalesPoint &point = points[b];
            point.revenue += it->total;
            point.orders++;
            if (b != lastBucket) {
                point.activeCustomers++;
                if (it == orders.begin())
                    point.newCustomers++; // the customer's first order ever
                lastBucket = b;
            }
        }
    }
    return points;
}

std::vector<Cohort> timelineCohorts(const OrderTimelines &timelines, QDate firstMonth, QDate lastMonth)
{
    const LocalDays local;
    const QDate first(firstMonth.year(), firstMonth.month(), 1);
    const qint64 end = startOfDayMs(QDate(lastMonth.year(), lastMonth.month(), 1).addMonths(1));
    const int firstIndex = first.year() * 12 + first.month() - 1;
    const int lastIndex = lastMonth.year() * 12 + lastMonth.month() - 1;
    std::map<int, qint64> sizes;
    std::map<int, std::vector<qint64>> active; // cohort → customers active at each offset
    for (size_t c = 0; c < timelines.size(); ++c) {
        const auto orders = timelines.orders(c);
        if (orders.empty() || orders.front().at >= end)
            continue;
        const int cohort = local.monthIndex(orders.front().at);
        if (cohort < firstIndex)
            continue;
        sizes[cohort]++;
        std::vector<qint64> &row = active[cohort];
        row.resize(static_cast<size_t>(std::max(0, lastIndex - cohort) + 1), 0);
        int previousMonth = -1;
        for (const TimelineOrder &o : orders) {
            if (o.at >= end)
                break;
            const int month = local.monthIndex(o.at);
            if (month != previousMonth && month - cohort < static_cast<int>(row.size()))
                row[static_cast<size_t>(month - cohort)]++;
            previousMonth = month;
        }
    }
    std::vector<Cohort> cohorts;
    for (const auto &[index, size] : sizes) {
        Cohort c;
        c.month = QDate(index / 12, index % 12 + 1, 1);
        c.customers = size;
        const std::vector<qint64> &row = active[index];
        for (int offset = 0; index + offset <= lastIndex; ++offset)
            c.active.push_back(static_cast<double>(row[static_cast<size_t>(offset)]) / static_cast<double>(size));
        cohorts.push_back(std::move(c));
    }
    return cohorts;
}

std::vector<RfmCustomer> timelineRfm(const OrderTimelines &timelines, QDate asOf, std::vector<size_t> *indexes)
{
    const LocalDays local;
    const qint64 end = startOfDayMs(asOf.addDays(1));
    const qint64 asOfDay = QDate(1970, 1, 1).daysTo(asOf);
    std::vector<RfmCustomer> customers;
    customers.reserve(timelines.size());
    for (size_t c = 0; c < timelines.size(); ++c) {
        const auto orders = timelines.orders(c);
        if (orders.empty() || orders.front().at >= end)
            continue;
        RfmCustomer customer;
        qint64 last = 0;
        for (const TimelineOrder &o : orders) {
            if (o.at >= end)
                break;
            customer.frequency += 1;
            customer.monetary += o.total;
            last = o.at;
        }
        customer.contactId = timelines.contactId(c);
        customer.recencyDays = static_cast<double>(asOfDay - local.dayNumber(last));
        customers.push_back(std::move(customer));
        if (indexes)
            indexes->push_back(c);
    }
    scoreRfm(customers);
    return customers;
}

std::vector<CustomerHistory> timelineHistories(const OrderTimelines &timelines, QDate calibrationEnd,
                                               QDate holdoutEnd, std::vector<size_t> *indexes)
{
    const LocalDays local;
    const QDate lastDay = holdoutEnd.isValid() ? holdoutEnd : calibrationEnd;
    const qint64 end = startOfDayMs(lastDay.addDays(1));
    std::vector<CustomerHistory> histories;
    std::vector<PurchaseDay> days;
    CustomerHistory history;
    for (size_t c = 0; c < timelines.size(); ++c) {
        const auto orders = timelines.orders(c);
        days.clear();
        qint64 currentDay = 0;
        for (const TimelineOrder &o : orders) {
            if (o.at >= end)
                break;
            const qint64 day = local.dayNumber(o.at);
            if (days.empty() || day != currentDay) {
                days.push_back({local.day(o.at), 0, 0});
                currentDay = day;
            }
            days.back().value += o.total;
            days.back().orders++;
        }
        if (!days.empty() && days.front().day <= calibrationEnd
            && historyFromDays(timelines.contactId(c), days, calibrationEnd, history)) {
            histories.push_back(std::move(history));
            if (indexes)
                indexes->push_back(c);
        }
    }
    return histories;
}

} // namespace Kizuna::Analytics
