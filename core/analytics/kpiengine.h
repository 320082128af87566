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
};

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
//   is left empty under an owner filter (campaigns have no owner);
// - historic LTV is the lifetime revenue up to the end of the period of customers whose first
//   order is at least 12 months before the end of the period.
class KpiEngine final
{
public:
    explicit KpiEngine(Storage::Database &db) : m_db(db) {}

    Result<KpiValues> compute(const Period &period, const KpiFilter &filter = {},
                              const std::atomic<bool> *cancel = nullptr);

private:
    Result<Storage::Statement> prepare(const QString &sql, const Period &period, const KpiFilter &filter);
    Result<double> scalar(const QString &sql, const Period &period, const KpiFilter &filter);
    Result<QMap<QString, qint64>> countsByKey(const QString &sql, const Period &period, const KpiFilter &filter);

    Status orderKpis(const Period &period, const KpiFilter &filter, KpiValues &values);
    Status leadKpis(const Period &period, const KpiFilter &filter, KpiValues &values);
    Status dealKpis(const Period &period, const KpiFilter &filter, KpiValues &values);
    Status customerValueKpis(const Period &period, const KpiFilter &filter, KpiValues &values);

    Storage::Database &m_db;
};

} // namespace Kizuna::Analytics
