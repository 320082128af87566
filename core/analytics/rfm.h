// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <span>
#include <vector>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Analytics {

enum class RfmClass {
    Champions,
    Loyal,
    PotentialLoyalist,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
    Lost
};

// All classes in display order.
std::span<const RfmClass> rfmClasses();
// Stable key for files and the command line ("champions", "cant_lose_them", …).
QString rfmClassKey(RfmClass rfmClass);
// Translated name for the UI ("Champions", "Can't lose them", …).
QString rfmClassName(RfmClass rfmClass);

struct RfmCustomer
{
    QString contactId;
    double recencyDays = 0; // days from the last order to the as-of day
    double frequency = 0;   // orders
    double monetary = 0;    // revenue
    int r = 0, f = 0, m = 0; // scores 1–5, 5 best
    RfmClass rfmClass = RfmClass::Lost;
};

// Quintile scores 1–5 of `values` (5 = best; for recency fewer days are better), from the
// percentile of each value's rank, ceil(5 × (rank − ½) / n). Ties share one score: a block of
// equal values takes its mean rank, so customers with the same number of orders never land in
// different classes by the accident of sort order, and a heavily tied value (most customers
// bought once) scores by the middle of its block.
std::vector<int> quintileScores(std::span<const double> values, bool higherIsBetter);

// The class of a score triple; the rules partition every (R, F) pair (M splits champions from
// loyal and "can't lose them" from "at risk"):
//   R≥4 F≥4 M≥4 Champions · R≥3 F≥4 Loyal · R≥4 F 2–3 Potential loyalist · R5 F1 New ·
//   R4 F1 Promising · R3 F 2–3 Need attention · R3 F1 About to sleep ·
//   R≤2 F≥4 M≥4 Can't lose them · R≤2 F≥3 At risk · R2 F≤2 Hibernating · R1 F≤2 Lost
RfmClass classifyRfm(int r, int f, int m);

// Scores a set of customers (recency, frequency and monetary filled in) in place.
void scoreRfm(std::vector<RfmCustomer> &customers);

// RFM of every contact with at least one order up to and including `asOf` (orders in the Trash
// excluded), scored and classified. Runs SQL over all orders: use a worker thread.
Result<std::vector<RfmCustomer>> computeRfm(Storage::Database &db, QDate asOf,
                                            const std::atomic<bool> *cancel = nullptr);

} // namespace Kizuna::Analytics
