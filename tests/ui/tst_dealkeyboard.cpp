// SPDX-License-Identifier: GPL-3.0-or-later
// The sales screens driven by the keyboard only (QTest::keyClick), on the hand-built sales
// fixture (tests/core/salesfixture.h): Tab into the board and arrows from column to column,
// Return opens a deal, Ctrl+Right keeps the moved card selected even when its place in the new
// column is pages down, the card menu lists its shortcuts; on the deal page Ctrl+Shift+W marks
// won, Ctrl+Shift+R reopens, Ctrl+Shift+X asks for the lost reason, chosen with the arrows or
// typed in (Return adds it without closing the dialog); lead conversion by keys; and an audit of
// every sales screen: no Alt+letter answered by two controls, no button Tab cannot reach.
#include "../core/salesfixture.h"

#include "dealkeyboardaudit.h"
#include "usertyping.h"

#include "ui/common/editsession.h"
#include "ui/deals/deallistmodel.h"
#include "ui/deals/deallistview.h"
#include "ui/deals/dealpage.h"
#include "ui/deals/dealsscreen.h"
#include "ui/deals/leadconversiondialog.h"
#include "ui/deals/lostreasondialog.h"
#include "ui/deals/pipelineboardview.h"
#include "ui/deals/stagecardmodel.h"
#include "ui/deals/stagecolumn.h"
#include "ui/orders/orderentrydialog.h"
#include "ui/products/productsview.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Kizuna;

class tst_DealKeyboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;
    std::unique_ptr<Ui::EditSession> m_session;

    QString dealField(const char *dealId, const char *field) const
    {
        return m_f.text(QStringLiteral("SELECT COALESCE(%1, '') FROM deals WHERE id = '%2'")
                            .arg(QString::fromLatin1(field), QString::fromLatin1(dealId)));
    }
    static QString currentDeal(Ui::StageColumn *column)
    {
        return column->listView()->currentIndex().data(Ui::StageCardModel::IdRole).toString();
    }
    static bool showActive(QWidget *widget)
    {
        widget->show();
        QApplication::setActiveWindow(widget);
        return QTest::qWaitForWindowActive(widget);
    }
    // A board on the fixture, shown, active and loaded.
    std::unique_ptr<Ui::PipelineBoardView> board()
    {
        auto view = std::make_unique<Ui::PipelineBoardView>(*m_session);
        view->setReferenceTime(SalesFixture::now());
        view->resize(900, 500);
        if (!showActive(view.get()))
            return {};
        if (!QTest::qWaitFor([&] { return !view->isLoading(); }))
            return {};
        return view;
    }
    // Runs `drive` on the modal dialog the next action opens.
    template<typename Dialog>
    void onModal(bool &handled, std::function<void(Dialog *)> drive)
    {
        QTimer::singleShot(0, this, [this, &handled, drive] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QApplication::setActiveWindow(dialog);
            if (QTest::qWaitForWindowActive(dialog)) {
                drive(dialog);
                handled = true;
            }
            if (dialog->isVisible()) // a failed step: do not leave the test waiting in exec()
                dialog->reject();
        });
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        QVERIFY(m_f.open(m_dir));
        m_session = std::make_unique<Ui::EditSession>(*m_f.db);
    }
    void cleanup()
    {
        m_session.reset();
        m_f.close();
    }

    void tabAndArrowsGoFromColumnToColumnAndReturnOpens()
    {
        auto view = board();
        QVERIFY(view);
        QCOMPARE(view->columnCount(), 3);
        QSignalSpy activated(view.get(), &Ui::PipelineBoardView::dealActivated);
        view->listToggle()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view->column(0)->listView());
        QCOMPARE(currentDeal(view->column(0)), QString("d1")); // the first card takes the focus
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(currentDeal(view->column(0)), QString("d2"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // same row in Proposal
        QCOMPARE(QApplication::focusWidget(), view->column(1)->listView());
        QCOMPARE(currentDeal(view->column(1)), QString("d4"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // Closing has one card
        QCOMPARE(QApplication::focusWidget(), view->column(2)->listView());
        QCOMPARE(currentDeal(view->column(2)), QString("d5"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right); // no column after the last
        QCOMPARE(QApplication::focusWidget(), view->column(2)->listView());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), view->column(1)->listView());
        QCOMPARE(currentDeal(view->column(1)), QString("d3"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QString("d3"));
        QCOMPARE(m_session->undoStack()->count(), 0); // moving around changes nothing
    }

    void movedCardStaysSelectedBeyondTheFirstPage()
    {
        // 120 deals that entered Proposal earlier than anything: d2 moved there by keyboard
        // belongs after all of them, three pages down.
        QString sql;
        for (int i = 0; i < 120; ++i)
            sql += QString("INSERT INTO deals(id, title, pipeline_id, stage_id, amount, status, stage_entered_at, "
                           "created_at, updated_at) VALUES ('x%1', 'Bulk %1', 'p1', 's2', 100, 'open', "
                           "'2025-06-14T00:00:00.000Z', 'x', 'x');\n").arg(i, 3, 10, QChar('0'));
        SALES_VERIFY_OK(m_f.db->exec(sql));
        auto view = board();
        QVERIFY(view);
        QListView *lead = view->column(0)->listView();
        lead->setFocus();
        lead->setCurrentIndex(view->column(0)->model()->index(1, 0));
        QCOMPARE(currentDeal(view->column(0)), QString("d2"));
        QTest::keyClick(lead, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(dealField("d2", "stage_id"), QString("s2"));
        QTRY_COMPARE(currentDeal(view->column(1)), QString("d2"));
        QCOMPARE(QApplication::focusWidget(), view->column(1)->listView());
        QCOMPARE(view->column(1)->model()->card(0).id, QString("d2")); // pinned on top
        QTRY_VERIFY(!view->isLoading());
        // Scrolling on does not show it twice.
        Ui::StageCardModel *proposal = view->column(1)->model();
        while (proposal->canFetchMore({})) {
            const int before = proposal->rowCount();
            proposal->fetchMore({});
            QTRY_VERIFY(proposal->rowCount() > before || !proposal->canFetchMore({}));
        }
        QCOMPARE(proposal->rowCount(), 123); // d2, d3, d4 and the 120
        int seen = 0;
        for (int row = 0; row < proposal->rowCount(); ++row)
            seen += proposal->card(row).id == "d2" ? 1 : 0;
        QCOMPARE(seen, 1);

        // Ctrl+Right again goes on to Closing with the same card.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(dealField("d2", "stage_id"), QString("s3"));
        QTRY_COMPARE(currentDeal(view->column(2)), QString("d2"));
        QCOMPARE(m_session->undoStack()->count(), 2);
        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        QCOMPARE(dealField("d2", "stage_id"), QString("s1"));
    }

    void cardMenuListsTheShortcuts()
    {
        auto view = board();
        QVERIFY(view);
        QListView *lead = view->column(0)->listView();
        lead->setFocus();
        lead->setCurrentIndex(view->column(0)->model()->index(0, 0));
        QStringList shown;
        QTimer::singleShot(50, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                shown << action->text() + "\t" + action->shortcut().toString();
            QTest::keyClick(menu, Qt::Key_Escape);
        });
        // What the Menu key or Shift+F10 makes of a key press on the focused list.
        const QPoint at = lead->visualRect(lead->currentIndex()).center();
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, lead->viewport()->mapToGlobal(at));
        QApplication::sendEvent(lead, &menuKey);
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown, QStringList({"&Open Deal\tReturn", "Move to &Next Stage\tCtrl+Right",
                                     "Move to &Previous Stage\tCtrl+Left", "Go to the N&ext Column\tRight",
                                     "Go to the P&revious Column\tLeft"}));
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void listSortsFromItsMenuByKeys()
    {
        Ui::DealsScreen screen(*m_session);
        screen.board()->setReferenceTime(SalesFixture::now());
        screen.resize(1000, 700);
        QVERIFY(showActive(&screen));
        screen.board()->setListMode(true);
        Ui::DealListView *list = screen.board()->listView();
        QTRY_VERIFY(!screen.board()->isLoading() && list->model()->rowCount() == 5);
        QTableView *table = list->tableView();
        table->setFocus();
        table->setCurrentIndex(list->model()->index(0, 0));
        QStringList shown;
        QTimer::singleShot(50, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                shown << action->text() + "\t" + action->shortcut().toString();
            QTest::keyClick(menu, Qt::Key_S); // &Sort by: opens the column list
            QTimer::singleShot(50, this, [&shown] {
                auto *columns = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (!columns)
                    return;
                shown << QString::number(columns->actions().size());
                for (int i = 0; i < 3; ++i) // Deal → Company / contact → Stage → Amount
                    QTest::keyClick(columns, Qt::Key_Down);
                QTest::keyClick(columns, Qt::Key_Return);
            });
        });
        const QPoint at = table->visualRect(table->currentIndex()).center();
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table, &menuKey);
        QTRY_COMPARE(shown, QStringList({"&Open Deal\tReturn", "&Sort by\t", "9"}));
        QTRY_COMPARE(int(list->model()->sortOrder().column), int(Ui::DealListModel::AmountColumn));
        QVERIFY(!list->model()->sortOrder().descending);
        QTRY_VERIFY(!list->model()->isLoading());
        QTRY_COMPARE(list->model()->index(0, Ui::DealListModel::TitleColumn).data().toString(), QString("Deal four"));
    }

    void dealPageMarksWonAndReopensByShortcut()
    {
        Ui::DealPage page(*m_session);
        page.resize(900, 600);
        QVERIFY(page.showDeal("d1"));
        QVERIFY(showActive(&page));
        page.tabs()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(dealField("d1", "status"), QString("won"));
        QVERIFY(page.reopenButton()->isEnabled());
        QVERIFY(page.reopenButton()->toolTip().contains("Ctrl+Shift+R"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier); // no-op now
        QCOMPARE(m_session->undoStack()->count(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(dealField("d1", "status"), QString("open"));
        QCOMPARE(m_session->undoStack()->count(), 2);
        // Alt+letter reaches the tabs.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::AltModifier);
        QCOMPARE(page.tabs()->currentIndex(), int(Ui::DealPage::LinesTab));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
        QCOMPARE(page.tabs()->currentIndex(), int(Ui::DealPage::TimelineTab));
    }

    void lostReasonChosenWithArrows()
    {
        Ui::DealPage page(*m_session);
        QVERIFY(page.showDeal("d3"));
        QVERIFY(showActive(&page));
        bool handled = false;
        onModal<Ui::LostReasonDialog>(handled, [](Ui::LostReasonDialog *dialog) {
            QCOMPARE(QApplication::focusWidget(), dialog->reasonList());
            QTest::keyClick(dialog->reasonList(), Qt::Key_Down); // (no reason) → Price
            QTest::keyClick(dialog->reasonList(), Qt::Key_Down); // → Competitor
            QTest::keyClick(dialog->reasonList(), Qt::Key_Return);
        });
        page.tabs()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(handled);
        QCOMPARE(dealField("d3", "status"), QString("lost"));
        QCOMPARE(dealField("d3", "lost_reason_id"), QString("r2"));
    }

    void lostReasonTypedInWithReturn()
    {
        Ui::DealPage page(*m_session);
        QVERIFY(page.showDeal("d4"));
        QVERIFY(showActive(&page));
        bool handled = false;
        bool stayedOpen = false;
        onModal<Ui::LostReasonDialog>(handled, [&stayedOpen](Ui::LostReasonDialog *dialog) {
            QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), dialog->newReasonEdit());
            QTest::keyClicks(dialog->newReasonEdit(), "Timing");
            QTest::keyClick(dialog->newReasonEdit(), Qt::Key_Return); // adds, does not close
            stayedOpen = dialog->isVisible();
            QCOMPARE(dialog->reasonList()->currentItem()->text(), QString("Timing"));
            QCOMPARE(QApplication::focusWidget(), dialog->reasonList());
            QTest::keyClick(dialog->reasonList(), Qt::Key_Return);
        });
        QTest::keyClick(&page, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(handled);
        QVERIFY(stayedOpen);
        QCOMPARE(dealField("d4", "status"), QString("lost"));
        QCOMPARE(m_f.text("SELECT name FROM lost_reasons WHERE id = (SELECT lost_reason_id FROM deals WHERE id = 'd4')"),
                 QString("Timing"));
    }

    void leadConvertedByKeys()
    {
        Ui::LeadConversionDialog dialog(*m_session, "L");
        QVERIFY(showActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier); // Company
        QCOMPARE(QApplication::focusWidget()->objectName(), QString("conversionCompany"));
        QTest::keyClicks(QApplication::focusWidget(), "Keys Ltd");
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier); // Deal title
        QTest::keyClicks(QApplication::focusWidget(), "First order");
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier); // Amount
        QTest::keyClicks(QApplication::focusWidget(), "5000");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the default button: Convert
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_f.text("SELECT kind FROM contacts WHERE id = 'L'"), QString("customer"));
        QCOMPARE(m_f.text("SELECT amount FROM deals WHERE title = 'First order' AND contact_id = 'L'").toDouble(), 5000.0);
        QCOMPARE(m_f.count("SELECT COUNT(*) FROM companies WHERE name = 'Keys Ltd'"), 1);
    }

    void auditFindsAmbiguousMnemonicsAndUnreachableButtons()
    {
        QWidget window;
        auto *save = new QPushButton("&Save", &window);
        save->setGeometry(0, 0, 80, 30);
        auto *stage = new QPushButton("&Stage", &window);
        stage->setGeometry(0, 40, 80, 30);
        auto *plain = new QPushButton("Plain", &window);
        plain->setObjectName("plain");
        plain->setGeometry(0, 80, 80, 30);
        plain->setFocusPolicy(Qt::NoFocus);
        window.show();
        QCOMPARE(DealKeyboardAudit::ambiguousMnemonics(&window), QStringList({"S: &Save | &Stage"}));
        QCOMPARE(DealKeyboardAudit::unreachableButtons(&window), QStringList({"plain “Plain”"}));
        stage->setEnabled(false); // a disabled control does not answer its Alt+letter
        QVERIFY(DealKeyboardAudit::ambiguousMnemonics(&window).isEmpty());
    }

    void everyScreenIsKeyboardReachable_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::newRow("deals screen") << "deals";
        QTest::newRow("deals screen, list") << "list";
        QTest::newRow("deal page, open deal") << "open deal";
        QTest::newRow("deal page, open deal, lines") << "open deal lines";
        QTest::newRow("deal page, won deal") << "won deal";
        QTest::newRow("lost reason dialog") << "lost reason";
        QTest::newRow("lead conversion dialog") << "lead conversion";
        QTest::newRow("products") << "products";
        QTest::newRow("order entry") << "order entry";
    }
    void everyScreenIsKeyboardReachable()
    {
        QFETCH(QString, screen);
        std::unique_ptr<QWidget> widget;
        if (screen == "deals" || screen == "list") {
            auto deals = std::make_unique<Ui::DealsScreen>(*m_session);
            deals->board()->setListMode(screen == "list");
            widget = std::move(deals);
        } else if (screen.endsWith("deal") || screen.endsWith("lines")) {
            auto page = std::make_unique<Ui::DealPage>(*m_session);
            QVERIFY(page->showDeal(screen.startsWith("won") ? "d6" : "d1"));
            if (screen.endsWith("lines"))
                page->tabs()->setCurrentIndex(Ui::DealPage::LinesTab);
            widget = std::move(page);
        } else if (screen == "lost reason") {
            widget = std::make_unique<Ui::LostReasonDialog>(*m_session, "Deal one");
        } else if (screen == "lead conversion") {
            widget = std::make_unique<Ui::LeadConversionDialog>(*m_session, "L");
        } else if (screen == "products") {
            widget = std::make_unique<Ui::ProductsView>(*m_session);
        } else {
            widget = std::make_unique<Ui::OrderEntryDialog>(*m_session, "C1");
        }
        widget->resize(1000, 700);
        QVERIFY(showActive(widget.get()));
        const QStringList ambiguous = DealKeyboardAudit::ambiguousMnemonics(widget.get());
        QVERIFY2(ambiguous.isEmpty(), qPrintable(ambiguous.join("; ")));
        const QStringList unreachable = DealKeyboardAudit::unreachableButtons(widget.get());
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join("; ")));
    }
};

QTEST_MAIN(tst_DealKeyboard)
#include "tst_dealkeyboard.moc"
