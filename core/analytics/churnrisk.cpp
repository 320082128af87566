// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/churnrisk.h"

#include "core/analytics/analyticstr.h"

#include <algorithm>
#include <array>

namespace Kizuna::Analytics {

namespace {
constexpr std::array AllClasses{ChurnRiskClass::High, ChurnRiskClass::Medium, ChurnRiskClass::Low};
}

double recencyRisk(GapHistogram gaps, qint64 totalGaps, qint64 silentDays)
{
    if (totalGaps <= 0)
        return 0;
    qint64 below = 0;
    for (const auto &[days, count] : gaps) {
        if (days >= silentDays)
            break;
        below += count;
    }
    return static_cast<double>(below) / static_cast<double>(totalGaps);
}

double recencyRisk(std::span<const qint64> sortedGaps, qint64 silentDays)
{
    if (sortedGaps.empty())
        return 0;
    const auto below = std::lower_bound(sortedGaps.begin(), sortedGaps.end(), silentDays) - sortedGaps.begin();
    return static_cast<double>(below) / static_cast<double>(sortedGaps.size());
}

ChurnRisk assessChurnRisk(double probabilityAlive, double recencyRisk)
{
    ChurnRisk risk;
    risk.probabilityAlive = probabilityAlive;
    risk.recencyRisk = recencyRisk;
    risk.value = std::max(1.0 - probabilityAlive, recencyRisk);
    risk.riskClass = classifyChurnRisk(risk.value);
    return risk;
}

ChurnRiskClass classifyChurnRisk(double risk)
{
    if (risk >= HighChurnRisk)
        return ChurnRiskClass::High;
    if (risk >= MediumChurnRisk)
        return ChurnRiskClass::Medium;
    return ChurnRiskClass::Low;
}

std::span<const ChurnRiskClass> churnRiskClasses()
{
    return AllClasses;
}

QString churnRiskClassKey(ChurnRiskClass riskClass)
{
    switch (riskClass) {
    case ChurnRiskClass::High: return QStringLiteral("high");
    case ChurnRiskClass::Medium: return QStringLiteral("medium");
    case ChurnRiskClass::Low: return QStringLiteral("low");
    }
    return {};
}

QString churnRiskClassName(ChurnRiskClass riskClass)
{
    switch (riskClass) {
    case ChurnRiskClass::High: return Tr::tr("High");
    case ChurnRiskClass::Medium: return Tr::tr("Medium");
    case ChurnRiskClass::Low: return Tr::tr("Low");
    }
    return {};
}

} // namespace Kizuna::Analytics
