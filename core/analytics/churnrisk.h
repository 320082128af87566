// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <span>
#include <utility>

namespace Kizuna::Analytics {

// How likely a customer is to have lapsed, in one place for the contact page's Insights tab, the
// churn risk list and anything else that shows it, so they always agree.
//
// Churn risk = max(1 − P(alive), recency risk):
// - P(alive) is BG/NBD's probability that the customer is still buying. By the model's
//   assumption it is 1 for a customer who bought on one day only, however long ago;
// - the recency risk covers them: the share of all repeat purchases in the data (days between
//   consecutive purchase days of every customer) that came sooner than this customer's current
//   silence ("95 % of repeat purchases come within 180 days; it has been 200").
//
// Classes: High from 0.7, Medium from 0.4, Low below.
enum class ChurnRiskClass { Low, Medium, High };

inline constexpr double MediumChurnRisk = 0.4;
inline constexpr double HighChurnRisk = 0.7;

struct ChurnRisk
{
    double probabilityAlive = 1;
    double recencyRisk = 0;
    double value = 0; // max(1 − probabilityAlive, recencyRisk)
    ChurnRiskClass riskClass = ChurnRiskClass::Low;
};

// Repeat-purchase gaps as (days, count), ascending by days, with their total count.
using GapHistogram = std::span<const std::pair<qint64, qint64>>;

// The share of the gaps shorter than `silentDays` (0 when there are none).
double recencyRisk(GapHistogram gaps, qint64 totalGaps, qint64 silentDays);
// The same from the gaps one by one, sorted ascending (a binary search: for scoring many
// customers against one population, as the CLV analysis does).
double recencyRisk(std::span<const qint64> sortedGaps, qint64 silentDays);

ChurnRisk assessChurnRisk(double probabilityAlive, double recencyRisk);
ChurnRiskClass classifyChurnRisk(double risk);

// All classes, highest risk first.
std::span<const ChurnRiskClass> churnRiskClasses();
// Stable key for files and the command line ("high", "medium", "low").
QString churnRiskClassKey(ChurnRiskClass riskClass);
// Translated name for the UI ("High", "Medium", "Low").
QString churnRiskClassName(ChurnRiskClass riskClass);

} // namespace Kizuna::Analytics
