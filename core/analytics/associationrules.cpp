// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/associationrules.h"

#include "core/analytics/analyticstr.h"
#include "core/storage/database.h"

#include <QHash>

#include <algorithm>

namespace Kizuna::Analytics {

std::vector<AssociationRule> mineAssociationRules(const std::vector<Basket> &baskets,
                                                  const AssociationOptions &options)
{
    QHash<QString, qint64> itemCounts;
    QHash<QPair<QString, QString>, qint64> pairCounts; // ordered pair (a < b)
    for (const Basket &basket : baskets) {
        QStringList items(basket.items.cbegin(), basket.items.cend());
        std::sort(items.begin(), items.end());
        for (qsizetype i = 0; i < items.size(); ++i) {
            itemCounts[items[i]]++;
            for (qsizetype j = i + 1; j < items.size(); ++j)
                pairCounts[{items[i], items[j]}]++;
        }
    }
    const double n = static_cast<double>(baskets.size());
    std::vector<AssociationRule> rules;
    const auto consider = [&](const QString &from, const QString &to, qint64 together) {
        AssociationRule rule;
        rule.antecedent = from;
        rule.consequent = to;
        rule.together = together;
        rule.support = static_cast<double>(together) / n;
        rule.confidence = static_cast<double>(together) / static_cast<double>(itemCounts.value(from));
        rule.lift = rule.confidence / (static_cast<double>(itemCounts.value(to)) / n);
        if (rule.support >= options.minSupport && rule.confidence >= options.minConfidence
            && rule.lift >= options.minLift)
            rules.push_back(rule);
    };
    for (auto it = pairCounts.cbegin(); it != pairCounts.cend(); ++it) {
        if (it.value() < options.minCustomers)
            continue;
        consider(it.key().first, it.key().second, it.value());
        consider(it.key().second, it.key().first, it.value());
    }
    std::sort(rules.begin(), rules.end(), [](const AssociationRule &a, const AssociationRule &b) {
        if (a.lift != b.lift)
            return a.lift > b.lift;
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return std::tie(a.antecedent, a.consequent) < std::tie(b.antecedent, b.consequent);
    });
    return rules;
}

Result<std::vector<AssociationRule>> mineAssociationRules(Storage::Database &db,
                                                          const AssociationOptions &options,
                                                          const std::atomic<bool> *cancel)
{
    const QString item = options.level == AssociationLevel::Product ? QStringLiteral("l.product_id")
                                                                    : QStringLiteral("p.category");
    auto statement = db.prepare(QStringLiteral(
        "SELECT DISTINCT o.contact_id, %1 FROM orders o JOIN order_lines l ON l.order_id = o.id "
        "AND l.deleted_at IS NULL JOIN products p ON p.id = l.product_id "
        "WHERE o.deleted_at IS NULL AND %1 IS NOT NULL ORDER BY o.contact_id").arg(item));
    if (!statement.ok())
        return statement.error();
    std::vector<Basket> baskets;
    QString current;
    qint64 row = 0;
    KIZUNA_TRY(statement->forEachRow([&]() -> Status {
        if (cancel && (row++ & 0xfff) == 0 && cancel->load(std::memory_order_relaxed))
            return Error::cancelled(Tr::tr("cancelled"));
        const QString contact = statement->columnText(0);
        if (baskets.empty() || contact != current) {
            baskets.emplace_back();
            current = contact;
        }
        baskets.back().items.insert(statement->columnText(1));
        return {};
    }));
    return mineAssociationRules(baskets, options);
}

std::vector<CrossSellSuggestion> suggestCrossSell(const std::vector<AssociationRule> &rules,
                                                  const QSet<QString> &owned, int limit)
{
    QHash<QString, CrossSellSuggestion> best;
    for (const AssociationRule &rule : rules) {
        if (!owned.contains(rule.antecedent) || owned.contains(rule.consequent))
            continue;
        auto it = best.find(rule.consequent);
        if (it == best.end() || rule.confidence > it->confidence
            || (rule.confidence == it->confidence && rule.lift > it->lift))
            best.insert(rule.consequent, {rule.consequent, rule.antecedent, rule.confidence, rule.lift});
    }
    std::vector<CrossSellSuggestion> out(best.cbegin(), best.cend());
    std::sort(out.begin(), out.end(), [](const CrossSellSuggestion &a, const CrossSellSuggestion &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        if (a.lift != b.lift)
            return a.lift > b.lift;
        return a.item < b.item;
    });
    if (static_cast<int>(out.size()) > limit)
        out.resize(static_cast<size_t>(std::max(0, limit)));
    return out;
}

} // namespace Kizuna::Analytics
