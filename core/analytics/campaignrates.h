// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Analytics {

// Email open and click rates of one campaign variant (or of the whole campaign when variant is
// empty): opened / delivered and clicked / delivered. A member counts as delivered when it has a
// delivery time or got further (opened, clicked, converted); bounced members are not delivered.
struct CampaignRates
{
    QString campaignId;
    QString campaignName;
    QString variant; // label ("A", "B"), "" for the campaign as a whole
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 opened = 0;
    qint64 clicked = 0;
    std::optional<double> openRate;
    std::optional<double> clickRate;
};

// Rates per campaign (variant "") and per variant, for campaigns starting within [first, last]
// (ISO dates, inclusive; empty strings: all campaigns), ordered by start date and name.
Result<std::vector<CampaignRates>> campaignRates(Storage::Database &db, const QString &first = {},
                                                 const QString &last = {});

} // namespace Kizuna::Analytics
