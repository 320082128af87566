// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/btydsummary.h"
#include "core/storage/result.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <vector>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Analytics {

// One customer's purchase days around a calibration cut-off. Purchases are counted per distinct
// purchase day (local calendar day; several orders on one day are one purchase of their summed
// value), time in weeks: x = purchase days after the first up to the calibration end, t_x = first
// to last of those, T = first purchase day to the calibration end day.
struct CustomerHistory
{
    QString contactId;
    QDate firstPurchase;
    BtydSummary calibration;
    std::vector<QDate> repeatDays; // every repeat purchase day up to the hold-out end
    double holdoutRepeats = 0;     // repeat purchase days after the calibration end
    double revenue = 0;            // value of all purchases up to the calibration end
    qint64 orders = 0;             // orders up to the calibration end (several on a purchase day count apart)
    QDate lastPurchase;            // last purchase day up to the calibration end
};

// One local calendar day of a customer's purchases.
struct PurchaseDay
{
    QDate day;
    double value = 0; // summed totals
    qint64 orders = 0;
};

// The history of one contact from its purchase days (ascending, up to the hold-out end); false
// when the first purchase is after `calibrationEnd`.
bool historyFromDays(const QString &contactId, const std::vector<PurchaseDay> &days, QDate calibrationEnd,
                     CustomerHistory &out);

// Histories of every contact whose first order is on or before `calibrationEnd`, with repeat
// days up to `holdoutEnd` (or only the calibration period when it is invalid). Orders in the
// Trash are ignored.
Result<std::vector<CustomerHistory>> loadCustomerHistories(Storage::Database &db, QDate calibrationEnd,
                                                           QDate holdoutEnd = {},
                                                           const std::atomic<bool> *cancel = nullptr);

// The history of one contact up to `calibrationEnd` (no hold-out); NotFound when it has no order
// on or before that day. Uses the orders_contact index: cheap enough for a contact page.
Result<CustomerHistory> loadCustomerHistory(Storage::Database &db, const QString &contactId, QDate calibrationEnd);

} // namespace Kizuna::Analytics
