// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/associationrules.h"
#include "core/storage/databaseopener.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Analytics;

namespace {
Basket basket(std::initializer_list<const char *> items)
{
    Basket b;
    for (const char *i : items)
        b.items.insert(QString::fromUtf8(i));
    return b;
}
const AssociationRule *find(const std::vector<AssociationRule> &rules, const char *from, const char *to)
{
    for (const AssociationRule &r : rules)
        if (r.antecedent == QString::fromUtf8(from) && r.consequent == QString::fromUtf8(to))
            return &r;
    return nullptr;
}
} // namespace

class tst_AssociationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void supportConfidenceLiftByHand()
    {
        // 10 customers. tea: 5, cups: 4, both: 3, coffee: 4 (1 with tea).
        const std::vector<Basket> baskets{
            basket({"tea", "cups"}), basket({"tea", "cups"}), basket({"tea", "cups", "coffee"}),
            basket({"tea"}), basket({"tea"}), basket({"cups"}), basket({"coffee"}), basket({"coffee"}),
            basket({"coffee"}), basket({})};
        AssociationOptions options;
        options.minCustomers = 1;
        options.minConfidence = 0;
        options.minLift = 0;
        const auto rules = mineAssociationRules(baskets, options);
        const AssociationRule *teaCups = find(rules, "tea", "cups");
        QVERIFY(teaCups);
        QCOMPARE(teaCups->together, 3);
        QCOMPARE(teaCups->support, 0.3);        // 3 / 10
        QCOMPARE(teaCups->confidence, 0.6);     // 3 / 5
        QCOMPARE(teaCups->lift, 0.6 / 0.4);     // P(cups) = 4 / 10
        const AssociationRule *cupsTea = find(rules, "cups", "tea");
        QCOMPARE(cupsTea->confidence, 0.75);    // 3 / 4
        QCOMPARE(cupsTea->lift, 0.75 / 0.5);
        const AssociationRule *teaCoffee = find(rules, "tea", "coffee");
        QCOMPARE(teaCoffee->lift, (1.0 / 5) / 0.4); // 0.5: tea makes coffee less likely
        // Sorted by lift: the cups/tea rules come first.
        QCOMPARE(rules.front().lift, 1.5);
    }

    void thresholds()
    {
        std::vector<Basket> baskets{basket({"a", "b"}), basket({"a", "b"}), basket({"a", "c"}), basket({"b"}), basket({"c"})};
        AssociationOptions options;
        options.minCustomers = 2;
        options.minLift = 1.0;
        options.minConfidence = 0.0;
        const auto rules = mineAssociationRules(baskets, options);
        QVERIFY(find(rules, "a", "b"));     // together 2, lift (2/3)/(3/5) > 1
        QVERIFY(!find(rules, "a", "c"));    // together only once
    }

    void suggestionsSkipWhatIsOwned()
    {
        std::vector<AssociationRule> rules{
            {"tea", "cups", 30, 0.3, 0.6, 1.5}, {"tea", "honey", 20, 0.2, 0.4, 2.0},
            {"cups", "saucers", 10, 0.1, 0.7, 3.0}, {"coffee", "filters", 40, 0.4, 0.9, 2.5}};
        const auto suggestions = suggestCrossSell(rules, {"tea", "cups"}, 5);
        QCOMPARE(int(suggestions.size()), 2); // cups is owned; coffee is not, so no filters
        QCOMPARE(suggestions[0].item, QStringLiteral("saucers"));
        QCOMPARE(suggestions[0].because, QStringLiteral("cups"));
        QCOMPARE(suggestions[1].item, QStringLiteral("honey"));
        QCOMPARE(int(suggestCrossSell(rules, {"tea"}, 1).size()), 1);
    }

    void fromOrdersInTheDatabase()
    {
        QTemporaryDir dir;
        auto db = Storage::DatabaseOpener::open(dir.filePath(QStringLiteral("a.kizuna")));
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral(R"SQL(
            INSERT INTO contacts(id, created_at, updated_at) VALUES ('c1','x','x'), ('c2','x','x'), ('c3','x','x');
            INSERT INTO products(id, name, category, created_at, updated_at) VALUES
              ('p1', '煎茶', 'お茶', 'x', 'x'), ('p2', '湯呑み', '器', 'x', 'x'), ('p3', '羊羹', '和菓子', 'x', 'x');
            INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at, deleted_at) VALUES
              ('o1', 'c1', '2025-01-01', 1, 'x', 'x', NULL), ('o2', 'c1', '2025-02-01', 1, 'x', 'x', NULL),
              ('o3', 'c2', '2025-01-01', 1, 'x', 'x', NULL), ('o4', 'c3', '2025-01-01', 1, 'x', 'x', NULL),
              ('o5', 'c3', '2025-03-01', 1, 'x', 'x', '2025-03-02');
            INSERT INTO order_lines(id, order_id, product_id, created_at, updated_at) VALUES
              ('l1', 'o1', 'p1', 'x', 'x'), ('l2', 'o2', 'p2', 'x', 'x'),
              ('l3', 'o3', 'p1', 'x', 'x'), ('l4', 'o3', 'p2', 'x', 'x'),
              ('l5', 'o4', 'p1', 'x', 'x'), ('l6', 'o5', 'p3', 'x', 'x');
        )SQL")).ok());
        AssociationOptions options;
        options.minCustomers = 1;
        options.minLift = 0;
        auto rules = mineAssociationRules(**db, options);
        QVERIFY(rules.ok());
        // Baskets by customer across orders: c1 {お茶, 器}, c2 {お茶, 器}, c3 {お茶} (羊羹 order is in the Trash).
        const AssociationRule *rule = find(*rules, "器", "お茶");
        QVERIFY(rule);
        QCOMPARE(rule->confidence, 1.0);
        QCOMPARE(find(*rules, "お茶", "器")->confidence, 2.0 / 3.0);
        QVERIFY(!find(*rules, "お茶", "和菓子"));
    }
};

QTEST_GUILESS_MAIN(tst_AssociationRules)
#include "tst_associationrules.moc"
