// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Sales {

// Which deals the forecast counts: all, or one owner's, one pipeline's, or those expected to close
// in one month (any day of it may be given) — the board's filters, so the chart shows the deals
// the board shows. The month narrows both series: expected revenue of open deals closing then,
// and the won deals whose expected close date was in it.
struct ForecastFilter
{
    QString ownerId;
    QString pipelineId;
    QDate expectedCloseMonth;
};

// One month of the forecast. Expected: open deals whose expected close date is in the month,
// amount × probability (the deal's, else its stage's default); openAmount is the same without
// weighting. Won: deals won with closed_at in the month (local time), their amount.
struct ForecastMonth
{
    QDate month; // the first day
    double expected = 0.0;
    double openAmount = 0.0;
    qint64 openCount = 0;
    double won = 0.0;
    qint64 wonCount = 0;
};

// Expected revenue by month from open deals beside won revenue, read-only for any connection.
class ForecastQuery final
{
public:
    explicit ForecastQuery(Storage::Database &db) : m_db(db) {}

    // `months` months from the month of `firstMonth` (any day of it), each present even when
    // empty.
    Result<QList<ForecastMonth>> monthly(QDate firstMonth, int months, const ForecastFilter &filter = {});

private:
    Status addExpected(QList<ForecastMonth> &result, const ForecastFilter &filter);
    Status addWon(QList<ForecastMonth> &result, const ForecastFilter &filter);

    Storage::Database &m_db;
};

} // namespace Kizuna::Sales
