// SPDX-License-Identifier: GPL-3.0-or-later
// Product catalogue, orders entered by hand and purchase histories on the fixture of
// salesfixture.h (orders o1…o5, products Beans/Mug/Tea).
#include "salesfixture.h"

#include "core/sales/orderservice.h"
#include "core/model/changelog.h"
#include "core/sales/productcatalogue.h"
#include "core/sales/purchasehistoryquery.h"

using namespace Kizuna;
using namespace Kizuna::Sales;

class tst_SalesPurchases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;

    static QStringList categoryText(const PurchaseSummary &summary)
    {
        QStringList result;
        for (const CategoryRevenue &c : summary.favouriteCategories)
            result << QStringLiteral("%1 %2 %3").arg(c.category).arg(c.revenue, 0, 'f', 0).arg(c.orders);
        return result;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_f.open(m_dir)); }
    void cleanup() { m_f.close(); }

    void summaries_data()
    {
        QTest::addColumn<bool>("company");
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("revenue");
        QTest::addColumn<qint64>("orders");
        QTest::addColumn<double>("aov");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QStringList>("categories");
        // C1: o1 2,800 + o2 5,000 = 7,800 over 2 orders; Tableware 5,000, Coffee 2,000, Tea 800.
        QTest::newRow("contact C1") << false << "C1" << 7800.0 << qint64(2) << 3900.0 << "2024-03-10T12:00:00.000Z"
                                    << "2025-01-05T12:00:00.000Z"
                                    << QStringList{"Tableware 5000 1", "Coffee 2000 1", "Tea 800 1"};
        // C2: o3 1,600 (o4 is in the Trash).
        QTest::newRow("contact C2") << false << "C2" << 1600.0 << qint64(1) << 1600.0 << "2024-11-20T12:00:00.000Z"
                                    << "2024-11-20T12:00:00.000Z" << QStringList{"Tea 1600 1"};
        // Company K = C1 + C2: 9,400 over 3 orders, AOV 3,133.33; Tea 800 + 1,600 in 2 orders.
        QTest::newRow("company K") << true << "K" << 9400.0 << qint64(3) << 3133.33 << "2024-03-10T12:00:00.000Z"
                                   << "2025-01-05T12:00:00.000Z"
                                   << QStringList{"Tableware 5000 1", "Tea 2400 2", "Coffee 2000 1"};
        QTest::newRow("lead without orders") << false << "L" << 0.0 << qint64(0) << 0.0 << "" << "" << QStringList{};
    }
    void summaries()
    {
        QFETCH(bool, company);
        QFETCH(QString, id);
        QFETCH(double, revenue);
        QFETCH(qint64, orders);
        QFETCH(double, aov);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QStringList, categories);
        const PurchaseScope scope = company ? PurchaseScope::company(id) : PurchaseScope::contact(id);
        auto summary = PurchaseHistoryQuery(*m_f.db).summary(scope);
        SALES_VERIFY_OK(summary);
        QCOMPARE(summary->lifetimeRevenue, revenue);
        QCOMPARE(summary->orders, orders);
        QCOMPARE(summary->averageOrderValue, aov);
        QCOMPARE(summary->firstPurchase, SalesFixture::at(qPrintable(first)));
        QCOMPARE(summary->lastPurchase, SalesFixture::at(qPrintable(last)));
        QCOMPARE(categoryText(*summary), categories);
    }

    void topCategoriesLimit()
    {
        auto summary = PurchaseHistoryQuery(*m_f.db).summary(PurchaseScope::company(QStringLiteral("K")), 2);
        SALES_VERIFY_OK(summary);
        QCOMPARE(categoryText(*summary), (QStringList{"Tableware 5000 1", "Tea 2400 2"}));
    }

    void orderPagesNewestFirst()
    {
        PurchaseHistoryQuery query(*m_f.db);
        auto page = query.orders(PurchaseScope::company(QStringLiteral("K")), {}, 2);
        SALES_VERIFY_OK(page);
        QCOMPARE(page->orders.size(), 2);
        QCOMPARE(page->orders.at(0).id, QStringLiteral("o2"));
        QCOMPARE(page->orders.at(0).contactName, QStringLiteral("Emma Smith"));
        QCOMPARE(page->orders.at(0).lineCount, 1);
        QCOMPARE(page->orders.at(1).id, QStringLiteral("o3"));
        QCOMPARE(page->orders.at(1).contactName, QStringLiteral("佐藤 花子"));
        QVERIFY(!page->atEnd);
        page = query.orders(PurchaseScope::company(QStringLiteral("K")), page->next, 2);
        SALES_VERIFY_OK(page);
        QCOMPARE(page->orders.size(), 1);
        QCOMPARE(page->orders.at(0).id, QStringLiteral("o1"));
        QCOMPARE(page->orders.at(0).total, 2800.0);
        QCOMPARE(page->orders.at(0).lineCount, 2);
        QVERIFY(page->atEnd);
    }

    void manualOrderEntry()
    {
        OrderInput input;
        input.contactId = QStringLiteral("C3");
        input.orderedAt = SalesFixture::at("2025-06-01T05:00:00.000Z");
        input.channel = QStringLiteral("store");
        input.lines = {{QStringLiteral("pa"), 2, {}}, {QStringLiteral("pb"), 1, 2000.0}}; // 2 × 1,000 + 2,000
        auto id = OrderService(*m_f.store).create(input);
        SALES_VERIFY_OK(id);
        auto order = OrderService(*m_f.store).order(*id);
        SALES_VERIFY_OK(order);
        QCOMPARE(order->total, 4000.0);
        QCOMPARE(order->lineCount, 2);
        QCOMPARE(order->currency, QStringLiteral("JPY"));
        auto lines = OrderService(*m_f.store).lines(*id);
        QCOMPARE(lines->size(), 2);
        QCOMPARE(lines->at(0).unitPrice, 1000.0); // the catalogue price
        QCOMPARE(lines->at(1).category, QStringLiteral("Tableware"));
        QCOMPARE(m_f.count("SELECT count(*) FROM (" + Model::ChangeLog::fieldRowsSql(QStringLiteral("l.entity = 'order_line' AND l.op = 'insert'")) + u')'), 10); // order_id, product_id, quantity, unit_price, position × 2 lines

        // C3: o5 1,000 + 4,000 = 5,000 over 2 orders; Coffee 1,000 + 2,000, Tableware 2,000.
        auto summary = PurchaseHistoryQuery(*m_f.db).summary(PurchaseScope::contact(QStringLiteral("C3")));
        QCOMPARE(summary->lifetimeRevenue, 5000.0);
        QCOMPARE(summary->orders, 2);
        QCOMPARE(summary->averageOrderValue, 2500.0);
        QCOMPARE(summary->lastPurchase, SalesFixture::at("2025-06-01T05:00:00.000Z"));
        QCOMPARE(categoryText(*summary), (QStringList{"Coffee 3000 2", "Tableware 2000 1"}));

        SALES_VERIFY_OK(OrderService(*m_f.store).remove(*id));
        summary = PurchaseHistoryQuery(*m_f.db).summary(PurchaseScope::contact(QStringLiteral("C3")));
        QCOMPARE(summary->lifetimeRevenue, 1000.0);
    }

    void manualOrderWithDiscountUndoRedo()
    {
        OrderInput input;
        input.contactId = QStringLiteral("C3");
        input.orderedAt = SalesFixture::at("2025-06-01T05:00:00.000Z");
        // 3 × Mug 2,500 less 10 % = 3 × 2,250 = 6,750; 2 × Tea at 700 less 5 % = 2 × 665 = 1,330.
        input.lines = {{QStringLiteral("pb"), 3, {}, 0.10}, {QStringLiteral("pc"), 2, 700.0, 0.05}};
        OrderService orders(*m_f.store);
        auto created = orders.createRecorded(input);
        SALES_VERIFY_OK(created);
        QCOMPARE(created->total, 8080.0);
        QCOMPARE(orders.order(created->orderId)->total, 8080.0);
        QCOMPARE(orders.lines(created->orderId)->at(0).unitPrice, 2250.0);
        QCOMPARE(orders.lines(created->orderId)->at(1).unitPrice, 665.0);
        const auto revenue = [&] {
            return PurchaseHistoryQuery(*m_f.db).summary(PurchaseScope::contact(QStringLiteral("C3")))->lifetimeRevenue;
        };
        QCOMPARE(revenue(), 9080.0); // o5 1,000 + 8,080

        SALES_VERIFY_OK(orders.undoCreate(*created));
        QCOMPARE(revenue(), 1000.0);
        QCOMPARE(m_f.count(QStringLiteral("SELECT count(*) FROM orders")), 5);
        QCOMPARE(m_f.count(QStringLiteral("SELECT count(*) FROM order_lines")), 6);
        SALES_VERIFY_OK(orders.redoCreate(*created));
        QCOMPARE(revenue(), 9080.0);
        QCOMPARE(orders.lines(created->orderId)->size(), 2);

        input.lines = {{QStringLiteral("pa"), 1, {}, 1.5}};
        auto refused = orders.create(input);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("order line 1 field \"discount\"")),
                 qPrintable(refused.error().message));
    }

    void orderRefusals_data()
    {
        QTest::addColumn<QString>("contact");
        QTest::addColumn<QString>("product");
        QTest::addColumn<double>("quantity");
        QTest::addColumn<QString>("message");
        QTest::newRow("no customer") << "" << "pa" << 1.0 << "\"contact_id\"";
        QTest::newRow("unknown customer") << "zz" << "pa" << 1.0 << "no contact";
        QTest::newRow("zero quantity on line 2") << "C3" << "pa" << 0.0 << "order line 2 field \"quantity\"";
        QTest::newRow("unknown product on line 2") << "C3" << "zz" << 1.0 << "order line 2 field \"product_id\"";
        QTest::newRow("no lines") << "C3" << "" << 0.0 << "\"lines\"";
    }
    void orderRefusals()
    {
        QFETCH(QString, contact);
        QFETCH(QString, product);
        QFETCH(double, quantity);
        QFETCH(QString, message);
        OrderInput input;
        input.contactId = contact;
        if (!product.isEmpty())
            input.lines = {{QStringLiteral("pc"), 1, {}}, {product, quantity, {}}};
        auto id = OrderService(*m_f.store).create(input);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(m_f.count(QStringLiteral("SELECT count(*) FROM orders")), 5);
        QCOMPARE(m_f.count(QStringLiteral("SELECT count(*) FROM order_lines")), 6);
    }

    void catalogue()
    {
        ProductCatalogue products(*m_f.store);
        auto id = products.add({QStringLiteral("CF-2"), QStringLiteral("Dark roast"), QStringLiteral("Coffee"), 1200, true});
        SALES_VERIFY_OK(id);
        auto duplicate = products.add({QStringLiteral("CF-2"), QStringLiteral("Other"), {}, 1, true});
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error().message.contains(QStringLiteral("\"sku\"")), qPrintable(duplicate.error().message));
        QVERIFY(duplicate.error().message.contains(QStringLiteral("Dark roast")));
        QVERIFY(!products.add({{}, QStringLiteral(" "), {}, 1, true}).ok());
        QVERIFY(!products.add({{}, QStringLiteral("Negative"), {}, -1, true}).ok());

        SALES_VERIFY_OK(products.update(*id, {QStringLiteral("CF-2"), QStringLiteral("Dark roast"), QStringLiteral("Coffee"), 1300, true}));
        QCOMPARE(products.product(*id)->unitPrice, 1300.0);
        QCOMPARE(products.productBySku(QStringLiteral("CF-2"))->id, *id);

        auto coffee = products.products({{}, QStringLiteral("Coffee"), false});
        QCOMPARE(coffee->size(), 2);
        QCOMPARE(coffee->at(0).name, QStringLiteral("Beans"));
        SALES_VERIFY_OK(products.setActive(*id, false));
        QCOMPARE(products.products({{}, QStringLiteral("Coffee"), true})->size(), 1);
        QCOMPARE(products.products({QStringLiteral("roast"), {}, false})->size(), 1);
        QCOMPARE(products.products({QStringLiteral("tw-"), {}, false})->first().name, QStringLiteral("Mug"));
        QCOMPARE(*products.categories(), (QStringList{"Coffee", "Tableware", "Tea"}));

        // In the Trash the SKU is free again; restoring is refused while another product has it.
        SALES_VERIFY_OK(products.remove(*id));
        auto reuse = products.add({QStringLiteral("CF-2"), QStringLiteral("Decaf"), QStringLiteral("Coffee"), 1400, true});
        SALES_VERIFY_OK(reuse);
        const Status restored = products.restore(*id);
        QVERIFY(!restored.ok());
        QVERIFY(restored.error().message.contains(QStringLiteral("Decaf")));
        QVERIFY(m_f.count("SELECT count(*) FROM (" + Model::ChangeLog::fieldRowsSql(QStringLiteral("l.entity = 'product' AND l.record_id = '%1'").arg(*id)) + u')') >= 6);
    }
};

QTEST_GUILESS_MAIN(tst_SalesPurchases)
#include "tst_sales_purchases.moc"
