// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/campaignrates.h"

#include "core/storage/database.h"

namespace Kizuna::Analytics {

Result<std::vector<CampaignRates>> campaignRates(Storage::Database &db, const QString &first, const QString &last)
{
    // One pass: GROUPING by campaign and variant, then a roll-up row per campaign (variant NULL).
    auto statement = db.prepare(QStringLiteral(R"SQL(
        WITH m AS (
            SELECT k.id AS campaign_id, k.name, k.starts_on, v.label,
                   (x.sent_at IS NOT NULL OR x.status <> 'pending') AS sent,
                   (x.bounced_at IS NULL AND x.status <> 'bounced' AND (x.delivered_at IS NOT NULL
                     OR x.opened_at IS NOT NULL OR x.clicked_at IS NOT NULL OR x.converted_at IS NOT NULL
                     OR x.status IN ('delivered', 'opened', 'clicked', 'converted'))) AS delivered,
                   (x.opened_at IS NOT NULL OR x.clicked_at IS NOT NULL
                     OR x.status IN ('opened', 'clicked', 'converted')) AS opened,
                   (x.clicked_at IS NOT NULL OR x.status IN ('clicked', 'converted')) AS clicked
            FROM campaigns k JOIN campaign_members x ON x.campaign_id = k.id AND x.deleted_at IS NULL
            LEFT JOIN campaign_variants v ON v.id = x.variant_id
            WHERE k.deleted_at IS NULL AND (?1 IS NULL OR k.starts_on >= ?1) AND (?2 IS NULL OR k.starts_on <= ?2))
        SELECT campaign_id, name, '' AS variant, sum(sent), sum(delivered), sum(opened), sum(clicked), starts_on
            FROM m GROUP BY campaign_id
        UNION ALL
        SELECT campaign_id, name, label, sum(sent), sum(delivered), sum(opened), sum(clicked), starts_on
            FROM m WHERE label IS NOT NULL GROUP BY campaign_id, label
        ORDER BY 8, 2, 1, 3)SQL"));
    if (!statement.ok())
        return statement.error();
    statement->bind(1, first.isEmpty() ? QString() : first);
    statement->bind(2, last.isEmpty() ? QString() : last);
    std::vector<CampaignRates> rates;
    KIZUNA_TRY(statement->forEachRow([&] {
        CampaignRates r;
        r.campaignId = statement->columnText(0);
        r.campaignName = statement->columnText(1);
        r.variant = statement->columnText(2);
        r.sent = statement->columnInt64(3);
        r.delivered = statement->columnInt64(4);
        r.opened = statement->columnInt64(5);
        r.clicked = statement->columnInt64(6);
        if (r.delivered > 0) {
            r.openRate = static_cast<double>(r.opened) / static_cast<double>(r.delivered);
            r.clickRate = static_cast<double>(r.clicked) / static_cast<double>(r.delivered);
        }
        rates.push_back(std::move(r));
    }));
    return rates;
}

} // namespace Kizuna::Analytics
