// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/customerhistory.h"

#include "core/analytics/analyticstr.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"

namespace Kizuna::Analytics {

namespace {

constexpr double DaysPerWeek = 7.0;

} // namespace

bool historyFromDays(const QString &contactId, const std::vector<PurchaseDay> &days, QDate calibrationEnd,
                     CustomerHistory &out)
{
    if (days.empty() || days.front().day > calibrationEnd)
        return false;
    out = CustomerHistory();
    out.contactId = contactId;
    out.firstPurchase = days.front().day;
    double repeatValue = 0;
    out.revenue = days.front().value;
    out.orders = days.front().orders;
    QDate last = out.firstPurchase;
    for (size_t i = 1; i < days.size(); ++i) {
        out.repeatDays.push_back(days[i].day);
        if (days[i].day <= calibrationEnd) {
            out.calibration.frequency += 1;
            repeatValue += days[i].value;
            out.revenue += days[i].value;
            out.orders += days[i].orders;
            last = days[i].day;
        } else {
            out.holdoutRepeats += 1;
        }
    }
    out.lastPurchase = last;
    out.calibration.recency = static_cast<double>(out.firstPurchase.daysTo(last)) / DaysPerWeek;
    out.calibration.age = static_cast<double>(out.firstPurchase.daysTo(calibrationEnd)) / DaysPerWeek;
    out.calibration.monetary = out.calibration.frequency > 0 ? repeatValue / out.calibration.frequency : 0;
    return true;
}

Result<std::vector<CustomerHistory>> loadCustomerHistories(Storage::Database &db, QDate calibrationEnd,
                                                           QDate holdoutEnd, const std::atomic<bool> *cancel)
{
    if (!calibrationEnd.isValid())
        return Error::badInput(Tr::tr("the calibration end date is not valid"));
    if (holdoutEnd.isValid() && holdoutEnd <= calibrationEnd)
        return Error::badInput(Tr::tr("the hold-out end (%1) must come after the calibration end (%2)")
                                   .arg(holdoutEnd.toString(Qt::ISODate), calibrationEnd.toString(Qt::ISODate)));
    const QDate lastDay = holdoutEnd.isValid() ? holdoutEnd : calibrationEnd;
    auto statement = db.prepare(QStringLiteral(
        "SELECT contact_id, date(ordered_at, ?2) AS day, sum(total), count(*) FROM orders "
        "WHERE deleted_at IS NULL AND ordered_at < ?1 GROUP BY contact_id, day ORDER BY contact_id, day"));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, Storage::toStoredTimestamp(lastDay.addDays(1).startOfDay()));
    statement->bind(2, Storage::localOffsetModifier());

    std::vector<CustomerHistory> histories;
    std::vector<PurchaseDay> days;
    QString current;
    CustomerHistory history;
    for (qint64 row = 0;; ++row) {
        if (cancel && (row & 0xfff) == 0 && cancel->load(std::memory_order_relaxed))
            return Error::cancelled(Tr::tr("cancelled"));
        auto next = statement->step();
        if (!next.ok())
            return next.error();
        const QString contact = *next ? statement->columnText(0) : QString();
        if (!*next || contact != current) {
            if (!current.isNull() && historyFromDays(current, days, calibrationEnd, history))
                histories.push_back(std::move(history));
            days.clear();
            current = contact;
        }
        if (!*next)
            break;
        days.push_back({QDate::fromString(statement->columnText(1), Qt::ISODate), statement->columnDouble(2),
                        statement->columnInt64(3)});
    }
    return histories;
}

Result<CustomerHistory> loadCustomerHistory(Storage::Database &db, const QString &contactId, QDate calibrationEnd)
{
    if (!calibrationEnd.isValid())
        return Error::badInput(Tr::tr("the calibration end date is not valid"));
    auto statement = db.prepare(QStringLiteral(
        "SELECT date(ordered_at, ?3) AS day, sum(total), count(*) FROM orders "
        "WHERE contact_id = ?1 AND deleted_at IS NULL AND ordered_at < ?2 GROUP BY day ORDER BY day"));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, contactId);
    statement->bind(2, Storage::toStoredTimestamp(calibrationEnd.addDays(1).startOfDay()));
    statement->bind(3, Storage::localOffsetModifier());
    std::vector<PurchaseDay> days;
    KIZUNA_TRY(statement->forEachRow([&]() -> Status {
        days.push_back({QDate::fromString(statement->columnText(0), Qt::ISODate), statement->columnDouble(1),
                        statement->columnInt64(2)});
        return {};
    }));
    CustomerHistory history;
    if (!historyFromDays(contactId, days, calibrationEnd, history))
        return Error::notFound(Tr::tr("the contact has no purchases up to %1").arg(calibrationEnd.toString(Qt::ISODate)));
    return history;
}

} // namespace Kizuna::Analytics
