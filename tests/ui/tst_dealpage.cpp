// SPDX-License-Identifier: GPL-3.0-or-later
// The deal page as a user works with it, on the hand-built sales fixture (tests/core/salesfixture.h):
// the header with the contact link, a line item added from the catalogue and edited in the table
// (amount recomputed and stored, undone), the details form saved, marking a deal lost with a new
// reason typed in Japanese (then undone), reopening a won deal.
#include "../core/salesfixture.h"

#include "ui/common/editsession.h"
#include "ui/common/recordform.h"
#include "ui/deals/deallineseditor.h"
#include "ui/deals/dealpage.h"
#include "ui/deals/lostreasondialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

#include "usertyping.h"

using namespace Kizuna;

class tst_DealPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;
    std::unique_ptr<Ui::EditSession> m_session;
    std::unique_ptr<Ui::DealPage> m_page;

    QString dealField(const char *dealId, const char *field) const
    {
        return m_f.text(QStringLiteral("SELECT COALESCE(%1, '') FROM deals WHERE id = '%2'")
                            .arg(QString::fromLatin1(field), QString::fromLatin1(dealId)));
    }
    double amountOf(const char *dealId) const { return dealField(dealId, "amount").toDouble(); }


private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        QVERIFY(m_f.open(m_dir));
        m_session = std::make_unique<Ui::EditSession>(*m_f.db);
        m_page = std::make_unique<Ui::DealPage>(*m_session);
        m_page->resize(900, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        m_f.close();
    }

    void headerShowsDealContactAndCompany()
    {
        QVERIFY(m_page->showDeal("d1"));
        QCOMPARE(m_page->titleLabel()->text(), QString("Deal one"));
        QVERIFY2(m_page->contactLabel()->text().contains(">Emma Smith</a>"), qPrintable(m_page->contactLabel()->text()));
        QVERIFY(m_page->companyLabel()->text().contains("Kawa Trading"));
        QCOMPARE(m_page->statusLabel()->text(), QString("Open · ¥10,000"));
        QCOMPARE(m_page->stageBox()->currentText(), QString("Lead in"));
        QCOMPARE(m_page->stageBox()->count(), 3);
        QVERIFY(m_page->wonButton()->isEnabled());
        QVERIFY(m_page->lostButton()->isEnabled());
        QVERIFY(!m_page->reopenButton()->isEnabled());
        QCOMPARE(m_page->tabs()->count(), 4);

        QSignalSpy activated(m_page.get(), &Ui::DealPage::contactActivated);
        Q_EMIT m_page->contactLabel()->linkActivated("C1"); // what a click on the name sends
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QString("C1"));
    }

    void addAndEditLineRecomputesAmount()
    {
        QVERIFY(m_page->showDeal("d1"));
        m_page->tabs()->setCurrentIndex(Ui::DealPage::LinesTab);
        Ui::DealLinesEditor *lines = m_page->linesEditor();
        QVERIFY(!lines->addButton()->isEnabled());

        // Mug × 3 at the catalogue price 2,500 less 10 %: 6,750.
        UserTyping::retype(lines->productBox()->lineEdit(), QString::fromUtf8("TW-1 · Mug"));
        UserTyping::retype(lines->quantityBox(), "3");
        UserTyping::retype(lines->discountBox(), "10");
        QCOMPARE(lines->previewLabel()->text(), QString("= ¥6,750"));
        QVERIFY(lines->addButton()->isEnabled());
        QTest::mouseClick(lines->addButton(), Qt::LeftButton);
        QCOMPARE(amountOf("d1"), 6750.0);
        QCOMPARE(lines->table()->rowCount(), 1);
        QCOMPARE(lines->table()->item(0, Ui::DealLinesEditor::AmountColumn)->text(), QString("¥6,750"));
        QCOMPARE(m_page->statusLabel()->text(), QString("Open · ¥6,750"));
        QVERIFY(m_page->form()->lineEdit("amount")->isReadOnly());

        // Quantity 3 → 4 in the table: 4 × 2,500 × 0.9 = 9,000.
        QTableWidget *table = lines->table();
        table->setCurrentCell(0, Ui::DealLinesEditor::QuantityColumn);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, "4");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(amountOf("d1"), 9000.0);
        QCOMPARE(m_f.count("SELECT COUNT(*) FROM deal_lines WHERE deal_id = 'd1' AND deleted_at IS NULL"), 1);
        QCOMPARE(lines->totalLabel()->text(), QString("Total ¥9,000"));
        QCOMPARE(table->item(0, Ui::DealLinesEditor::AmountColumn)->text(), QString("¥9,000"));

        m_session->undoStack()->undo(); // the edit
        QCOMPARE(amountOf("d1"), 6750.0);
        QCOMPARE(table->item(0, Ui::DealLinesEditor::QuantityColumn)->text(), QString("3"));
        m_session->undoStack()->undo(); // the new line
        QCOMPARE(amountOf("d1"), 10000.0);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!m_page->form()->lineEdit("amount")->isReadOnly());
        m_session->undoStack()->redo();
        QCOMPARE(amountOf("d1"), 6750.0);
        QCOMPARE(table->rowCount(), 1);
    }

    void saveDetailsWithJapaneseTitleAndProbability()
    {
        QVERIFY(m_page->showDeal("d2"));
        QVERIFY(!m_page->saveButton()->isEnabled());
        UserTyping::retype(m_page->form()->lineEdit("title"), QString::fromUtf8("新規導入案件"));
        UserTyping::retype(m_page->probabilityBox(), "40");
        UserTyping::retype(m_page->form()->lineEdit("expected_close_date"), "2025-13-01");
        QVERIFY(!m_page->saveButton()->isEnabled()); // no such date
        QVERIFY(m_page->findChild<QLabel *>("dealProblems")->text().contains("Expected close"));
        UserTyping::retype(m_page->form()->lineEdit("expected_close_date"), "2025-09-30");
        QVERIFY(m_page->saveButton()->isEnabled());
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QCOMPARE(dealField("d2", "title"), QString::fromUtf8("新規導入案件"));
        QCOMPARE(dealField("d2", "probability").toDouble(), 0.4);
        QCOMPARE(dealField("d2", "expected_close_date"), QString("2025-09-30"));
        QCOMPARE(m_page->titleLabel()->text(), QString::fromUtf8("新規導入案件"));
        m_session->undoStack()->undo();
        QCOMPARE(dealField("d2", "title"), QString("Deal two"));
        QCOMPARE(dealField("d2", "probability").toDouble(), 0.3);
        QCOMPARE(m_page->probabilityBox()->value(), 30);
    }

    void markLostWithNewReasonThenUndo()
    {
        QVERIFY(m_page->showDeal("d3"));
        const QString reason = QString::fromUtf8("予算不足");
        bool handled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<Ui::LostReasonDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QCOMPARE(dialog->reasonList()->count(), 3); // (none), Price, Competitor
            UserTyping::type(dialog->newReasonEdit(), reason);
            QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
            QCOMPARE(dialog->reasonList()->count(), 4);
            QCOMPARE(dialog->reasonList()->currentItem()->text(), reason);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            handled = true;
        });
        QTest::mouseClick(m_page->lostButton(), Qt::LeftButton);
        QVERIFY(handled);
        QCOMPARE(dealField("d3", "status"), QString("lost"));
        const QString reasonId = m_f.text("SELECT id FROM lost_reasons WHERE name = '予算不足' AND deleted_at IS NULL");
        QVERIFY(!reasonId.isEmpty());
        QCOMPARE(dealField("d3", "lost_reason_id"), reasonId);
        QCOMPARE(dealField("d3", "probability").toDouble(), 0.0);
        QVERIFY2(m_page->statusLabel()->text().endsWith(": " + reason), qPrintable(m_page->statusLabel()->text()));
        QVERIFY(!m_page->wonButton()->isEnabled());
        QVERIFY(m_page->reopenButton()->isEnabled());
        QVERIFY(!m_page->linesEditor()->productBox()->isEnabled());

        m_session->undoStack()->undo(); // the lost mark
        QCOMPARE(dealField("d3", "status"), QString("open"));
        QCOMPARE(dealField("d3", "lost_reason_id"), QString());
        QCOMPARE(dealField("d3", "closed_at"), QString());
        QCOMPARE(m_page->statusLabel()->text(), QString("Open · ¥40,000"));
        QVERIFY(m_page->lostButton()->isEnabled());
        m_session->undoStack()->undo(); // the new reason
        QCOMPARE(m_f.count("SELECT COUNT(*) FROM lost_reasons WHERE name = '予算不足' AND deleted_at IS NULL"), 0);
    }

    void reopenWonDealAndUndo()
    {
        QVERIFY(m_page->showDeal("d6"));
        QVERIFY(m_page->statusLabel()->text().startsWith("Won on "));
        QVERIFY(!m_page->wonButton()->isEnabled());
        QVERIFY(!m_page->stageBox()->isEnabled());
        QTest::mouseClick(m_page->reopenButton(), Qt::LeftButton);
        QCOMPARE(dealField("d6", "status"), QString("open"));
        QCOMPARE(dealField("d6", "closed_at"), QString());
        QCOMPARE(dealField("d6", "probability").toDouble(), 0.5); // Proposal's default
        QCOMPARE(m_page->statusLabel()->text(), QString("Open · ¥30,000"));
        QVERIFY(m_page->wonButton()->isEnabled());
        QVERIFY(!m_page->reopenButton()->isEnabled());
        m_session->undoStack()->undo();
        QCOMPARE(dealField("d6", "status"), QString("won"));
        QCOMPARE(dealField("d6", "closed_at"), QString("2025-06-05T12:00:00.000Z"));
        QVERIFY(m_page->reopenButton()->isEnabled());
    }

    void stageChosenInHeaderMovesDeal()
    {
        QVERIFY(m_page->showDeal("d1"));
        QComboBox *stage = m_page->stageBox();
        stage->setFocus();
        QTest::keyClick(stage, Qt::Key_Down); // Lead in → Proposal, as the arrow key does
        QCOMPARE(dealField("d1", "stage_id"), QString("s2"));
        QCOMPARE(m_f.count("SELECT COUNT(*) FROM deal_stage_history WHERE deal_id = 'd1'"), 1);
        m_session->undoStack()->undo();
        QCOMPARE(dealField("d1", "stage_id"), QString("s1"));
        QCOMPARE(stage->currentText(), QString("Lead in"));
    }
};

QTEST_MAIN(tst_DealPage)
#include "tst_dealpage.moc"
