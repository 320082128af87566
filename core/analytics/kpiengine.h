// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/kpivalues.h"
#include "core/analytics/period.h"
#include "core/storage/result.h"

#include <QString>

#include <atomic>

namespace Kizuna::Storage {
class Database;
class Statement;
}

namespace Kizuna::Analytics {

struct KpiFilter
{
    QString ownerId; // only records of this owner (orders, leads and surveys by their contact's owner)
    // Only records of the contacts listed in this table of the same connection (one column
    // contact_id): orders, leads and surveys by their contact, deals by their contact (deals
    // without a contact drop out). A segment's members materialised by
    // Segments::SegmentMembers::materialise(); empty: every contact.
    QString contactTable = {};

    bool isEmpty() const { return ownerId.isEmpty() && contactTable.isEmpty(); }
};

// Expands the filter placeholders of KPI SQL: {owner:c} on an alias of contacts and {owner:d}
// on an alias of deals become " AND …" conditions (owner as the parameter :owner), or nothing
// without a filter. {contact-of:X} on a table X with a contact_id (whose foreign key guarantees
// the contact) becomes " CROSS JOIN contacts c ON c.id = X.contact_id AND …" with a filter and
// nothing without one: an unfiltered count then never reads the contacts table.
QString applyKpiFilter(QString sql, const KpiFilter &filter);
// True for a table name applyKpiFilter may splice into SQL ("temp.kizuna_segment_3").
bool isPlainTableName(const QString &name);

// Computes every KPI of PRODUCT.md's table with SQL aggregates over one connection. Slow on big
// databases: run it on a worker thread with its own connection; `cancel` is checked between the
// queries.
//
// Where PRODUCT.md leaves room, these readings hold (and are shown in the UI's tooltips):
// - orders and deals in the Trash do not count; amounts are taken as stored (base currency);
// - a *lead* is a contact (kind lead or customer) who entered the CRM before their first order —
//   contacts imported with an earlier purchase history were customers already; a lead *converts*
//   with its first order or first won deal;
// - pipeline values are the open deals now, whatever the period;
// - NPS is in points (−100 … 100); CAC takes the cost of campaigns that start in the period and
//   is left empty under an owner or contact filter (campaign costs belong to no owner or segment);
// - historic LTV is the lifetime revenue up to the end of the period of customers whose first
//   order is at least 12 months before the end of the period.
class KpiEngine final
{
public:
    explicit KpiEngine(Storage::Database &db) : m_db(db) {}

    Result<KpiValues> compute(const Period &period, const KpiFilter &filter = {},
                              const std::atomic<bool> *cancel = nullptr);

    // Groups of KPIs, so a caller with a faster source for some (the dashboard's order
    // timelines) computes only the rest.
    enum Group : int {
        OrderKpis = 1,  // revenue … cross-sell, historic LTV
        LeadKpis = 2,   // new leads, lead conversion
        DealKpis = 4,   // win rate, pipeline, sales cycle, lost reasons
        SurveyKpis = 8, // NPS
        CostKpis = 16,  // CAC (reads values.newCustomers: compute OrderKpis first)
        AllKpis = 31
    };
    Status computeInto(KpiValues &values, const Period &period, const KpiFilter &filter,
                       const std::atomic<bool> *cancel, int groups);

private:
    Result<Storage::Statement> prepare(const QString &sql, const Period &period, const KpiFilter &filter);
    Result<double> scalar(const QString &sql, const Period &period, const KpiFilter &filter);
    Result<QMap<QString, qint64>> countsByKey(const QString &sql, const Period &period, const KpiFilter &filter);

    Status orderKpis(const Period &period, const KpiFilter &filter, KpiValues &values);
    Status leadKpis(const Period &period, const KpiFilter &filter, KpiValues &values);
    Status dealKpis(const Period &period, const KpiFilter &filter, KpiValues &values);
    Status surveyKpis(const Period &period, const KpiFilter &filter, KpiValues &values);
    Status costKpis(const Period &period, const KpiFilter &filter, KpiValues &values);
    Status lifetimeValueKpis(const Period &period, const KpiFilter &filter, KpiValues &values);

    Storage::Database &m_db;
};

} // namespace Kizuna::Analytics
