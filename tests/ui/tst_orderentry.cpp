// SPDX-License-Identifier: GPL-3.0-or-later
// Manual order entry from the Purchases tab of a contact (Ito Ken, C3 of the sales fixture, who
// has one order o5 of ¥1,000): two lines typed in with quantity, price and discount, the total
// worked out live, a line edited in place, Ctrl+Return saving ONE undo step; the tab's totals
// follow, Ctrl+Z takes the order away again and Ctrl+Shift+Z brings it back.
#include "../core/salesfixture.h"
#include "usertyping.h"

#include "core/model/personname.h"
#include "ui/common/displayformat.h"
#include "ui/common/editsession.h"
#include "ui/deals/purchasehistoryview.h"
#include "ui/orders/orderentrydialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Kizuna;
using Ui::OrderEntryDialog;
using Ui::PurchaseHistoryView;

class tst_OrderEntry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;
    std::unique_ptr<Ui::EditSession> m_session;
    std::unique_ptr<QWidget> m_window;
    PurchaseHistoryView *m_purchases = nullptr;

    OrderEntryDialog *openDialog()
    {
        QTest::mouseClick(m_purchases->newOrderButton(), Qt::LeftButton);
        auto *dialog = m_purchases->findChild<OrderEntryDialog *>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        dialog->activateWindow(); // as the window manager does
        if (!QTest::qWaitForWindowActive(dialog))
            return nullptr;
        return dialog;
    }
    // Types a product as a user does and leaves the field, which fills in the catalogue price.
    static void chooseProduct(OrderEntryDialog *dialog, const QString &text)
    {
        UserTyping::type(dialog->productBox()->lineEdit(), text);
        QTest::keyClick(dialog->productBox()->lineEdit(), Qt::Key_Tab);
    }
    static void setNumber(QDoubleSpinBox *box, const QString &text) { UserTyping::retype(box, text); }
    QString summary() const { return m_purchases->summaryLabel()->text(); }
    void pressOnWindow(Qt::KeyboardModifiers modifiers)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Z, modifiers);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        QVERIFY(m_f.open(m_dir));
        m_session = std::make_unique<Ui::EditSession>(*m_f.db);
        m_window = std::make_unique<QWidget>();
        QAction *undo = m_session->undoStack()->createUndoAction(m_window.get());
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_session->undoStack()->createRedoAction(m_window.get());
        redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        m_window->addActions({undo, redo});
        m_purchases = new PurchaseHistoryView(*m_session, m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_purchases);
        m_purchases->setContact("C3");
        m_window->resize(900, 500);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_f.close();
    }

    void twoLinesSaveAsOneStepAndUndo()
    {
        QVERIFY(summary().startsWith("Lifetime revenue ¥1,000 · 1 order(s) · average order ¥1,000"));
        QVERIFY(m_purchases->newOrderButton()->isVisible());
        QSignalSpy created(m_purchases, &PurchaseHistoryView::orderCreated);
        OrderEntryDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->contactLabel()->text(), Model::displayName("Ito", "Ken"));
        QCOMPARE(dialog->dateEdit()->date(), QDate::currentDate());
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled()); // no lines yet
        QCOMPARE(dialog->totalLabel()->text(), QString("Total ¥0"));

        // Line 1: the Mug by SKU; the catalogue price comes in; 3 pieces less 10 %:
        // 3 × (2,500 × 0.9 = 2,250) = 6,750. Return adds the line.
        chooseProduct(dialog, "TW-1");
        QCOMPARE(dialog->unitPriceEdit()->text(), QString("2500"));
        setNumber(dialog->quantityBox(), "3");
        setNumber(dialog->discountBox(), "10");
        QTest::keyClick(dialog->discountBox(), Qt::Key_Return);
        QCOMPARE(dialog->lines().size(), 1);
        QCOMPARE(dialog->linesTable()->item(0, OrderEntryDialog::AmountColumn)->text(), QString("¥6,750"));
        QCOMPARE(dialog->totalLabel()->text(), QString("Total ¥6,750"));
        QCOMPARE(dialog->productBox()->currentText(), QString()); // ready for the next line

        // Line 2: Tea by name at a typed price of 700, 2 pieces less 5 %: 2 × 665 = 1,330.
        chooseProduct(dialog, "tea");
        QCOMPARE(dialog->unitPriceEdit()->text(), QString("800"));
        UserTyping::retype(dialog->unitPriceEdit(), "700");
        setNumber(dialog->quantityBox(), "2");
        setNumber(dialog->discountBox(), "5");
        QTest::mouseClick(dialog->addLineButton(), Qt::LeftButton);
        QCOMPARE(dialog->linesTable()->rowCount(), 2);
        QCOMPARE(dialog->linesTable()->item(1, OrderEntryDialog::ProductColumn)->text(), QString("TE-1 · Tea"));
        QCOMPARE(dialog->totalLabel()->text(), QString("Total ¥8,080")); // 6,750 + 1,330

        // Tea's quantity edited in the table: 4 × 665 = 2,660, total 9,410.
        QTableWidget *table = dialog->linesTable();
        table->setFocus();
        table->setCurrentCell(1, OrderEntryDialog::QuantityColumn);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        UserTyping::retype(editor, "4");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(dialog->totalLabel()->text(), QString("Total ¥9,410"));
        QCOMPARE(dialog->total(), 9410.0);

        UserTyping::retype(dialog->channelBox()->lineEdit(), "phone");
        QPointer<OrderEntryDialog> guard(dialog);
        QTest::keyClick(dialog->channelBox()->lineEdit(), Qt::Key_Return, Qt::ControlModifier); // save
        QTRY_VERIFY(!guard);
        QCOMPARE(created.count(), 1);
        const QString orderId = created.at(0).at(0).toString();
        QCOMPARE(m_session->undoStack()->count(), 1); // ONE undo step

        // C3: 1,000 + 9,410 = 10,410 over 2 orders, average 5,205.
        QVERIFY2(summary().startsWith("Lifetime revenue ¥10,410 · 2 order(s) · average order ¥5,205"), qPrintable(summary()));
        QTreeWidgetItem *newest = m_purchases->orderList()->topLevelItem(0);
        QCOMPARE(newest->text(PurchaseHistoryView::TotalColumn), QString("¥9,410"));
        QCOMPARE(newest->text(PurchaseHistoryView::LinesColumn), QString("2"));
        QCOMPARE(newest->text(PurchaseHistoryView::ChannelColumn), QString("phone"));
        QCOMPARE(m_f.text(QString("SELECT group_concat(quantity || 'x' || unit_price, ' ') FROM "
                                  "(SELECT * FROM order_lines WHERE order_id = '%1' ORDER BY position)").arg(orderId)),
                 QString("3.0x2250.0 4.0x665.0"));

        pressOnWindow(Qt::ControlModifier);
        QVERIFY2(summary().startsWith("Lifetime revenue ¥1,000 · 1 order(s) · average order ¥1,000"), qPrintable(summary()));
        QCOMPARE(m_purchases->orderList()->topLevelItemCount(), 1);
        QCOMPARE(m_f.count("SELECT count(*) FROM orders"), 5);
        QCOMPARE(m_f.count("SELECT count(*) FROM order_lines"), 6);

        pressOnWindow(Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(summary().startsWith("Lifetime revenue ¥10,410 · 2 order(s)"), qPrintable(summary()));
        QCOMPARE(m_f.count(QString("SELECT count(*) FROM orders WHERE id = '%1'").arg(orderId)), 1);
    }

    void incompleteLinesAreRefused()
    {
        OrderEntryDialog *dialog = openDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->addLineButton(), Qt::LeftButton);
        QVERIFY2(dialog->errorLabel()->text().startsWith("Product:"), qPrintable(dialog->errorLabel()->text()));
        chooseProduct(dialog, "e"); // in Beans and in Tea (TE-1)
        QVERIFY(!dialog->addLine());
        QVERIFY(dialog->errorLabel()->text().contains("no single active product"));
        UserTyping::retype(dialog->productBox()->lineEdit(), "CF-1");
        UserTyping::retype(dialog->unitPriceEdit(), "cheap");
        QVERIFY(!dialog->addLine());
        QCOMPARE(dialog->errorLabel()->text(), QString("Unit price: “cheap” is not a number of 0 or more"));
        QCOMPARE(dialog->lines().size(), 0);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(m_f.count("SELECT count(*) FROM orders"), 5);
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void companyHistoryHasNoOrderEntry()
    {
        m_purchases->setCompany("K");
        QVERIFY(!m_purchases->newOrderButton()->isVisible());
        QVERIFY(!m_purchases->newOrder());
        PurchaseHistoryView readOnly(*m_f.db);
        readOnly.setContact("C3");
        QVERIFY(!readOnly.newOrderButton()->isVisibleTo(&readOnly));
    }
};

QTEST_MAIN(tst_OrderEntry)
#include "tst_orderentry.moc"
