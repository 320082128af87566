// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QSet>
#include <QString>

#include <atomic>
#include <vector>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Analytics {

// What customers bought, item by item: a product id or a category name.
enum class AssociationLevel { Product, Category };

// "Customers who bought A also bought B", over customers (each customer's purchases up to now
// form one basket): support = share of customers who bought both, confidence = P(B | A),
// lift = confidence / P(B) (> 1: A makes B more likely than it is anyway).
struct AssociationRule
{
    QString antecedent;
    QString consequent;
    qint64 together = 0; // customers who bought both
    double support = 0;
    double confidence = 0;
    double lift = 0;
};

struct AssociationOptions
{
    AssociationLevel level = AssociationLevel::Category;
    qint64 minCustomers = 5;     // a pair bought together by fewer customers is noise
    double minSupport = 0.0;
    double minConfidence = 0.05;
    double minLift = 1.0;
};

struct Basket
{
    QSet<QString> items;
};

// Mines pairwise rules from baskets; sorted by lift, then confidence.
std::vector<AssociationRule> mineAssociationRules(const std::vector<Basket> &baskets,
                                                  const AssociationOptions &options);

// The same over every customer's orders in the database (orders in the Trash ignored).
Result<std::vector<AssociationRule>> mineAssociationRules(Storage::Database &db,
                                                          const AssociationOptions &options,
                                                          const std::atomic<bool> *cancel = nullptr);

struct CrossSellSuggestion
{
    QString item;
    QString because;   // the item already bought that suggests it most strongly
    double confidence = 0;
    double lift = 0;
};

// What a customer who owns `owned` has not bought yet and is likely to, best first: for each
// item not owned, the strongest rule from an owned item (by confidence, then lift).
std::vector<CrossSellSuggestion> suggestCrossSell(const std::vector<AssociationRule> &rules,
                                                  const QSet<QString> &owned, int limit = 5);

} // namespace Kizuna::Analytics
