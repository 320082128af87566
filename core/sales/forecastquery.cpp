// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/forecastquery.h"

#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"

namespace Kizuna::Sales {

namespace {

QString filterSql(const ForecastFilter &filter, QList<QVariant> &values)
{
    QString sql = Support::boardFilterSql({filter.ownerId, filter.expectedCloseMonth}, values);
    if (!filter.pipelineId.isEmpty()) {
        sql += QStringLiteral(" AND d.pipeline_id = ?");
        values << filter.pipelineId;
    }
    return sql;
}

} // namespace

Result<QList<ForecastMonth>> ForecastQuery::monthly(QDate firstMonth, int months, const ForecastFilter &filter)
{
    if (!firstMonth.isValid() || months < 1 || months > 240)
        return Error::badInput(Tr::tr("a forecast needs a valid first month and 1 to 240 months (got %1)")
                                   .arg(months));
    QList<ForecastMonth> result;
    const QDate first(firstMonth.year(), firstMonth.month(), 1);
    for (int i = 0; i < months; ++i)
        result.append({first.addMonths(i)});
    KIZUNA_TRY(addExpected(result, filter));
    KIZUNA_TRY(addWon(result, filter));
    return result;
}

Status ForecastQuery::addExpected(QList<ForecastMonth> &result, const ForecastFilter &filter)
{
    QList<QVariant> values{Storage::toStoredDate(result.first().month),
                           Storage::toStoredDate(result.last().month.addMonths(1))};
    const QString conditions = filterSql(filter, values);
    auto select = Support::prepareWith(
        m_db,
        QStringLiteral("SELECT substr(d.expected_close_date, 1, 7), count(*), sum(d.amount), "
                       "sum(d.amount * coalesce(d.probability, s.probability, 0)) FROM deals d "
                       "LEFT JOIN pipeline_stages s ON s.id = d.stage_id "
                       "WHERE d.deleted_at IS NULL AND d.status = 'open' AND d.expected_close_date >= ? "
                       "AND d.expected_close_date < ?%1 GROUP BY 1")
            .arg(conditions),
        values);
    if (!select.ok())
        return select.error();
    return select->forEachRow([&] {
        const QDate month = QDate::fromString(select->columnText(0) + QStringLiteral("-01"), Qt::ISODate);
        for (ForecastMonth &m : result) {
            if (m.month == month) {
                m.openCount = select->columnInt64(1);
                m.openAmount = Support::roundMoney(select->columnDouble(2));
                m.expected = Support::roundMoney(select->columnDouble(3));
            }
        }
    });
}

Status ForecastQuery::addWon(QList<ForecastMonth> &result, const ForecastFilter &filter)
{
    // Month boundaries are local midnights; one index range (deals_closed) per month.
    QList<QVariant> filterValues;
    const QString conditions = filterSql(filter, filterValues);
    auto select = m_db.prepare(QStringLiteral("SELECT count(*), coalesce(sum(d.amount), 0) FROM deals d "
                                              "WHERE d.deleted_at IS NULL AND d.status = 'won' "
                                              "AND d.closed_at >= ? AND d.closed_at < ?%1")
                                   .arg(conditions));
    if (!select.ok())
        return select.error();
    for (ForecastMonth &m : result) {
        select->bind(1, Support::localDayStartStamp(m.month));
        select->bind(2, Support::localDayStartStamp(m.month.addMonths(1)));
        int index = 3;
        for (const QVariant &value : filterValues)
            select->bindVariant(index++, value);
        auto row = select->step();
        if (!row.ok())
            return row.error();
        m.wonCount = select->columnInt64(0);
        m.won = Support::roundMoney(select->columnDouble(1));
        select->reset();
    }
    return {};
}

} // namespace Kizuna::Sales
