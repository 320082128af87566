// SPDX-License-Identifier: GPL-3.0-or-later
// "Convert lead…" on the hand-built sales fixture: the lead L becomes a customer of a new company
// (named in Japanese) with a first deal in one undo step; its activities and tag stay; undo
// takes it all back.
#include "../core/salesfixture.h"

#include "ui/common/editsession.h"
#include "ui/deals/leadconversiondialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

using namespace Kizuna;

class tst_DealLeadConversion : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;

    static void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(widget, QString(c));
                continue;
            }
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { QVERIFY(m_f.open(m_dir)); }
    void cleanup() { m_f.close(); }

    void convertsWithNewCompanyAndDealThenUndo()
    {
        Ui::EditSession session(*m_f.db);
        Ui::LeadConversionDialog dialog(session, "L");
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.companyEdit()->text(), QString());
        const QString company = QString::fromUtf8("山田商店");
        type(dialog.companyEdit(), company);
        QCOMPARE(dialog.findChild<QLabel *>("conversionCompanyNote")->text(),
                 QString::fromUtf8("A new company “山田商店” will be created."));
        QVERIFY(dialog.createDealBox()->isChecked());
        type(dialog.dealTitleEdit(), QString::fromUtf8("初回導入"));
        type(dialog.amountEdit(), "300,000");
        QCOMPARE(dialog.pipelineBox()->currentData().toString(), QString("p1"));
        dialog.stageBox()->setCurrentIndex(1); // Proposal
        QVERIFY(dialog.apply());

        QCOMPARE(m_f.text("SELECT kind FROM contacts WHERE id = 'L'"), QString("customer"));
        const QString companyId = m_f.text("SELECT company_id FROM contacts WHERE id = 'L'");
        QCOMPARE(m_f.text(QString("SELECT name FROM companies WHERE id = '%1'").arg(companyId)), company);
        const QString dealId = dialog.createdDealId();
        QVERIFY(!dealId.isEmpty());
        QCOMPARE(m_f.text(QString("SELECT title || '|' || amount || '|' || stage_id || '|' || contact_id || '|' || owner_id "
                                  "FROM deals WHERE id = '%1'").arg(dealId)),
                 QString::fromUtf8("初回導入|300000.0|s2|L|u1"));
        QCOMPARE(m_f.count("SELECT COUNT(*) FROM activities WHERE contact_id = 'L' AND deleted_at IS NULL"), 2);
        QCOMPARE(m_f.count("SELECT COUNT(*) FROM contact_tags WHERE contact_id = 'L' AND deleted_at IS NULL"), 1);
        QCOMPARE(m_f.text("SELECT owner_id FROM contacts WHERE id = 'L'"), QString("u1"));

        session.undoStack()->undo();
        QCOMPARE(m_f.text("SELECT kind FROM contacts WHERE id = 'L'"), QString("lead"));
        QCOMPARE(m_f.text("SELECT COALESCE(company_id, '') FROM contacts WHERE id = 'L'"), QString());
        QCOMPARE(m_f.count(QString("SELECT COUNT(*) FROM deals WHERE id = '%1'").arg(dealId)), 0);
        QCOMPARE(m_f.count("SELECT COUNT(*) FROM companies WHERE name = '山田商店' AND deleted_at IS NULL"), 0);
        QCOMPARE(m_f.count("SELECT COUNT(*) FROM activities WHERE contact_id = 'L' AND deleted_at IS NULL"), 2);
        session.undoStack()->redo();
        QCOMPARE(m_f.text("SELECT kind FROM contacts WHERE id = 'L'"), QString("customer"));
        QCOMPARE(m_f.count(QString("SELECT COUNT(*) FROM deals WHERE id = '%1'").arg(dealId)), 1);
    }

    void badAmountIsRefused()
    {
        Ui::EditSession session(*m_f.db);
        Ui::LeadConversionDialog dialog(session, "L");
        type(dialog.amountEdit(), "abc");
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.problemLabel()->text().contains("abc"));
        QCOMPARE(m_f.text("SELECT kind FROM contacts WHERE id = 'L'"), QString("lead"));
        QCOMPARE(session.undoStack()->count(), 0);
    }
};

QTEST_MAIN(tst_DealLeadConversion)
#include "tst_dealleadconversion.moc"
