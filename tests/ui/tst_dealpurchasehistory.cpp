// SPDX-License-Identifier: GPL-3.0-or-later
// The purchase history view of a contact and a company on the hand-built sales fixture: the
// summary line and the order list hold the figures worked out by hand; a long history is read a
// page at a time.
#include "../core/salesfixture.h"

#include "core/sales/orderservice.h"
#include "ui/deals/purchasehistoryview.h"

#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace Kizuna;

class tst_DealPurchaseHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;

    static QString shortDate(const char *stamp)
    {
        return QLocale().toString(SalesFixture::at(stamp).toLocalTime().date(), QLocale::ShortFormat);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { QVERIFY(m_f.open(m_dir)); }
    void cleanup() { m_f.close(); }

    void contactFigures()
    {
        Ui::PurchaseHistoryView view(*m_f.db);
        view.setContact("C1");
        // o1 2,800 (Beans 2 × 1,000 + Tea 800) and o2 5,000 (Mug 2 × 2,500): 7,800 in 2 orders,
        // 3,900 on average; categories Tableware 5,000, Coffee 2,000, Tea 800.
        QCOMPARE(view.summary().orders, 2);
        QCOMPARE(view.summary().lifetimeRevenue, 7800.0);
        QCOMPARE(view.summary().averageOrderValue, 3900.0);
        const QString expected = "Lifetime revenue ¥7,800 · 2 order(s) · average order ¥3,900 · first purchase "
            + shortDate("2024-03-10T12:00:00.000Z") + " · last purchase " + shortDate("2025-01-05T12:00:00.000Z")
            + " · favourite categories: Tableware (¥5,000), Coffee (¥2,000), Tea (¥800)";
        QCOMPARE(view.summaryLabel()->text(), expected);
        QTreeWidget *list = view.orderList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(Ui::PurchaseHistoryView::TotalColumn), QString("¥5,000"));
        QCOMPARE(list->topLevelItem(1)->text(Ui::PurchaseHistoryView::TotalColumn), QString("¥2,800"));
        QCOMPARE(list->topLevelItem(1)->text(Ui::PurchaseHistoryView::LinesColumn), QString("2"));
        QVERIFY(list->isColumnHidden(Ui::PurchaseHistoryView::ContactColumn));
        QVERIFY(view.moreButton()->isHidden());
    }

    void companyFigures()
    {
        Ui::PurchaseHistoryView view(*m_f.db);
        view.setCompany("K");
        // C1's two orders and C2's o3 1,600 (o4 is in the Trash): 9,400 in 3 orders, 3,133.33 on
        // average; categories Tableware 5,000, Tea 800 + 1,600 = 2,400, Coffee 2,000.
        QCOMPARE(view.summary().orders, 3);
        QCOMPARE(view.summary().lifetimeRevenue, 9400.0);
        QCOMPARE(qRound(view.summary().averageOrderValue * 100), 313333);
        QVERIFY2(view.summaryLabel()->text().startsWith("Lifetime revenue ¥9,400 · 3 order(s) · average order ¥3,133 · "),
                 qPrintable(view.summaryLabel()->text()));
        QVERIFY(view.summaryLabel()->text().endsWith("favourite categories: Tableware (¥5,000), Tea (¥2,400), Coffee (¥2,000)"));
        QTreeWidget *list = view.orderList();
        QVERIFY(!list->isColumnHidden(Ui::PurchaseHistoryView::ContactColumn));
        QCOMPARE(list->topLevelItemCount(), 3);
        QStringList totals;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            totals << list->topLevelItem(row)->text(Ui::PurchaseHistoryView::TotalColumn);
        QCOMPARE(totals, QStringList({"¥5,000", "¥1,600", "¥2,800"})); // newest first

        view.setContact("L"); // a lead without orders
        QCOMPARE(view.summaryLabel()->text(), QString("No purchases yet."));
        QCOMPARE(list->topLevelItemCount(), 0);
    }

    void longHistoryIsPaged()
    {
        Sales::OrderService orders(*m_f.store);
        const QDateTime start = SalesFixture::at("2025-04-01T09:00:00.000Z");
        for (int i = 0; i < 120; ++i) {
            Sales::OrderInput input;
            input.contactId = "C3";
            input.orderedAt = start.addSecs(3600 * i);
            input.lines = {{"pc", 1.0, std::nullopt}};
            const auto created = orders.create(input); // the macro evaluates its argument twice
            SALES_VERIFY_OK(created);
        }
        QCOMPARE(m_f.count("SELECT COUNT(*) FROM orders WHERE contact_id = 'C3'"), 121);
        Ui::PurchaseHistoryView view(*m_f.db);
        view.setContact("C3");
        QCOMPARE(view.summary().orders, 121);
        QCOMPARE(view.summary().lifetimeRevenue, 1000.0 + 120 * 800.0);
        QCOMPARE(view.orderList()->topLevelItemCount(), Ui::PurchaseHistoryView::PageSize);
        QVERIFY(!view.moreButton()->isHidden());
        QTest::mouseClick(view.moreButton(), Qt::LeftButton);
        QCOMPARE(view.orderList()->topLevelItemCount(), 2 * Ui::PurchaseHistoryView::PageSize);
        QTest::mouseClick(view.moreButton(), Qt::LeftButton);
        QCOMPARE(view.orderList()->topLevelItemCount(), 121);
        QVERIFY(view.moreButton()->isHidden());
        // The oldest order (o5, Beans 1,000) comes last.
        QCOMPARE(view.orderList()->topLevelItem(120)->text(Ui::PurchaseHistoryView::TotalColumn), QString("¥1,000"));
    }
};

QTEST_MAIN(tst_DealPurchaseHistory)
#include "tst_dealpurchasehistory.moc"
