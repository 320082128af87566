// SPDX-License-Identifier: GPL-3.0-or-later
// The product catalogue screen on the sales fixture (Beans CF-1 Coffee ¥1,000, Mug TW-1
// Tableware ¥2,500, Tea TE-1 Tea ¥800): the table, the filter and "Show inactive", adding with
// Ctrl+N inside a window that has its own Ctrl+N, the form's checks naming the field, editing,
// deactivating with the button and the row's check box, each undone with Ctrl+Z.
#include "../core/salesfixture.h"
#include "usertyping.h"

#include "ui/common/editsession.h"
#include "ui/products/producteditdialog.h"
#include "ui/products/productsview.h"
#include "ui/products/producttablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

using namespace Kizuna;
using Ui::ProductTableModel;

class tst_Products : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;
    std::unique_ptr<Ui::EditSession> m_session;
    std::unique_ptr<QMainWindow> m_window; // stands in for the main window, with its Ctrl+N and Ctrl+Z
    Ui::ProductsView *m_view = nullptr;
    QAction *m_windowNew = nullptr;

    ProductTableModel *model() const { return m_view->model(); }
    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }
    QStringList names() const
    {
        QStringList result;
        for (int row = 0; row < model()->rowCount(); ++row)
            result << cell(row, ProductTableModel::NameColumn);
        return result;
    }
    int rowOfName(const QString &name) const { return static_cast<int>(names().indexOf(name)); }
    void selectRow(int row)
    {
        m_view->tableView()->setFocus();
        m_view->tableView()->setCurrentIndex(model()->index(row, ProductTableModel::NameColumn));
    }
    void pressOnWindow(Qt::KeyboardModifiers modifiers)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_view->tableView(), Qt::Key_Z, modifiers);
    }
    void pressUndo() { pressOnWindow(Qt::ControlModifier); }
    void pressRedo() { pressOnWindow(Qt::ControlModifier | Qt::ShiftModifier); }
    // The form that opened, active as the window manager makes it.
    Ui::ProductEditDialog *openDialog() const
    {
        auto *dialog = m_view->findChild<Ui::ProductEditDialog *>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        dialog->activateWindow();
        return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
    }
    void clickOk(Ui::ProductEditDialog *dialog)
    {
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        QVERIFY(m_f.open(m_dir));
        m_session = std::make_unique<Ui::EditSession>(*m_f.db);
        m_window = std::make_unique<QMainWindow>();
        m_windowNew = new QAction("New contact", m_window.get());
        m_windowNew->setShortcut(QKeySequence::New);
        m_window->addAction(m_windowNew);
        QAction *undo = m_session->undoStack()->createUndoAction(m_window.get());
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_session->undoStack()->createRedoAction(m_window.get());
        redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        m_window->addActions({undo, redo});
        m_view = new Ui::ProductsView(*m_session);
        QSignalSpy loaded(m_view, &Ui::ProductsView::loaded);
        m_window->setCentralWidget(m_view);
        m_window->resize(800, 500);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(loaded.count() > 0 || loaded.wait(5000));
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_f.close();
    }

    void tableShowsTheCatalogue()
    {
        QCOMPARE(names(), (QStringList{"Beans", "Mug", "Tea"})); // by category: Coffee, Tableware, Tea
        QCOMPARE(cell(1, ProductTableModel::SkuColumn), QString("TW-1"));
        QCOMPARE(cell(1, ProductTableModel::CategoryColumn), QString("Tableware"));
        QCOMPARE(cell(1, ProductTableModel::PriceColumn), QString("¥2,500"));
        QCOMPARE(model()->index(1, ProductTableModel::ActiveColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model()->headerData(ProductTableModel::PriceColumn, Qt::Horizontal).toString(), QString("Unit price"));
        QCOMPARE(m_view->statusLabel()->text(), QString("3 product(s)"));
    }

    void filterByNameOrSku_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("SKU part, any case") << "tw-" << QStringList{"Mug"};
        QTest::newRow("name part") << "ea" << QStringList{"Beans", "Tea"};
        QTest::newRow("nothing") << "zzz" << QStringList{};
    }
    void filterByNameOrSku()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        UserTyping::type(m_view->filterEdit(), typed);
        QTRY_COMPARE_WITH_TIMEOUT(names(), expected, 5000);
        UserTyping::retype(m_view->filterEdit(), "");
        QTRY_COMPARE_WITH_TIMEOUT(names().size(), 3, 5000);
    }

    void deactivateShowInactiveAndUndo()
    {
        selectRow(rowOfName("Mug"));
        QCOMPARE(m_view->activeButton()->text(), QString("&Deactivate"));
        QTest::mouseClick(m_view->activeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList{"Beans", "Tea"}), 5000);
        QCOMPARE(m_f.count("SELECT active FROM products WHERE id = 'pb'"), 0);

        QTest::mouseClick(m_view->showInactiveBox(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList{"Beans", "Mug", "Tea"}), 5000);
        const int mug = rowOfName("Mug");
        QCOMPARE(model()->index(mug, ProductTableModel::ActiveColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model()->index(mug, ProductTableModel::NameColumn).data(Qt::ForegroundRole).isValid()); // greyed
        selectRow(mug);
        QCOMPARE(m_view->activeButton()->text(), QString("&Activate"));

        pressUndo();
        QTRY_COMPARE_WITH_TIMEOUT(m_f.count("SELECT active FROM products WHERE id = 'pb'"), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model()->index(rowOfName("Mug"), ProductTableModel::ActiveColumn).data(Qt::CheckStateRole).toInt(),
                                  int(Qt::Checked), 5000);

        // The row's check box, with the keyboard: Space on the Active cell.
        m_view->tableView()->setFocus();
        m_view->tableView()->setCurrentIndex(model()->index(rowOfName("Tea"), ProductTableModel::ActiveColumn));
        QTest::keyClick(m_view->tableView(), Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(m_f.count("SELECT active FROM products WHERE id = 'pc'"), 0, 5000);
        QCOMPARE(m_session->undoStack()->undoText(), QString("Deactivate product “Tea”"));
    }

    void ctrlNAddsWithChecksNamingTheField()
    {
        QSignalSpy windowNew(m_windowNew, &QAction::triggered);
        selectRow(0);
        QTest::keyClick(m_view->tableView(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(windowNew.count(), 0); // the screen's Ctrl+N, not the window's
        Ui::ProductEditDialog *dialog = openDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QString("New product"));

        clickOk(dialog); // nothing typed
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorLabel()->text().startsWith("SKU:"), qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(QApplication::focusWidget(), dialog->skuEdit());

        UserTyping::type(dialog->skuEdit(), "CF-1"); // Beans has it
        UserTyping::type(dialog->nameEdit(), "Decaf");
        UserTyping::type(dialog->categoryBox()->lineEdit(), "Coffee");
        UserTyping::type(dialog->priceEdit(), "abc");
        clickOk(dialog);
        QCOMPARE(dialog->errorLabel()->text(), QString("Unit price: “abc” is not a number"));
        QCOMPARE(QApplication::focusWidget(), dialog->priceEdit());
        UserTyping::retype(dialog->priceEdit(), "-5");
        clickOk(dialog);
        QVERIFY2(dialog->errorLabel()->text().contains("must not be negative"), qPrintable(dialog->errorLabel()->text()));
        UserTyping::retype(dialog->priceEdit(), "1,200");
        clickOk(dialog);
        const QString duplicate = dialog->errorLabel()->text();
        QVERIFY2(duplicate.contains("\"sku\"") && duplicate.contains("Beans"), qPrintable(duplicate));
        QCOMPARE(QApplication::focusWidget(), dialog->skuEdit());
        QCOMPARE(m_f.count("SELECT count(*) FROM products"), 3);

        UserTyping::retype(dialog->skuEdit(), "CF-2");
        QPointer<Ui::ProductEditDialog> guard(dialog);
        clickOk(dialog);
        QTRY_VERIFY(!guard);
        QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList{"Beans", "Decaf", "Mug", "Tea"}), 5000);
        const int decaf = rowOfName("Decaf");
        QCOMPARE(cell(decaf, ProductTableModel::SkuColumn), QString("CF-2"));
        QCOMPARE(cell(decaf, ProductTableModel::PriceColumn), QString("¥1,200"));
        QCOMPARE(m_view->selectedProductId(), m_f.text("SELECT id FROM products WHERE sku = 'CF-2'"));

        pressUndo();
        QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList{"Beans", "Mug", "Tea"}), 5000);
        QCOMPARE(m_f.count("SELECT count(*) FROM products"), 3);
        pressRedo();
        QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList{"Beans", "Decaf", "Mug", "Tea"}), 5000);
    }

    void addButtonAndNameRequired()
    {
        QTest::mouseClick(m_view->addButton(), Qt::LeftButton);
        Ui::ProductEditDialog *dialog = openDialog();
        QVERIFY(dialog);
        UserTyping::type(dialog->skuEdit(), "X-1");
        UserTyping::type(dialog->priceEdit(), "10");
        clickOk(dialog);
        QCOMPARE(dialog->errorLabel()->text(), QString("Name: enter the product's name"));
        QCOMPARE(QApplication::focusWidget(), dialog->nameEdit());
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(m_f.count("SELECT count(*) FROM products"), 3);
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void editViaTheFormAndUndo()
    {
        selectRow(rowOfName("Tea"));
        QTest::keyClick(m_view->tableView(), Qt::Key_Return);
        Ui::ProductEditDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->skuEdit()->text(), QString("TE-1"));
        QCOMPARE(dialog->priceEdit()->text(), QString("800"));
        QCOMPARE(dialog->categoryBox()->currentText(), QString("Tea"));
        UserTyping::retype(dialog->priceEdit(), "850");
        UserTyping::retype(dialog->nameEdit(), "Green tea");
        QPointer<Ui::ProductEditDialog> guard(dialog);
        clickOk(dialog);
        QTRY_VERIFY(!guard);
        QTRY_COMPARE_WITH_TIMEOUT(cell(rowOfName("Green tea"), ProductTableModel::PriceColumn), QString("¥850"), 5000);
        QCOMPARE(m_session->undoStack()->count(), 1);

        pressUndo();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfName("Tea") >= 0, 5000);
        QCOMPARE(cell(rowOfName("Tea"), ProductTableModel::PriceColumn), QString("¥800"));
    }
};

QTEST_MAIN(tst_Products)
#include "tst_products.moc"
