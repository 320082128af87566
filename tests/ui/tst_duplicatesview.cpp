// SPDX-License-Identifier: GPL-3.0-or-later
// The duplicates screen as a user works with it: two contacts with the same email are listed as
// a likely pair; the merge panel pre-chooses the values, the user picks the other contact's
// phone and merges; the kept contact has that phone and the other contact's activity, the other
// is in the Trash; Undo puts both back as they were, Redo merges again. "Keep the other contact"
// swaps the sides; "Not a duplicate" hides a pair.
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "ui/common/editsession.h"
#include "ui/duplicates/duplicatesview.h"
#include "ui/duplicates/mergepanel.h"

#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Kizuna;

class tst_DuplicatesView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Ui::EditSession> m_session;
    QString m_taro;
    QString m_yamada;
    QString m_activity;

    Model::Record contact(const QString &id)
    {
        auto record = m_session->store().get(Model::entity(u"contact"), id);
        return record.ok() ? *record : Model::Record{};
    }

    QString activityContact()
    {
        auto owner = m_db->queryText("SELECT contact_id FROM activities WHERE id = '" + m_activity + "'");
        return owner.ok() ? *owner : QString();
    }

    QString insert(const QString &entity, const Model::FieldValues &values)
    {
        auto id = m_session->store().insert(Model::entity(entity), values);
        return id.ok() ? *id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Storage::DatabaseOpener::open(m_dir.filePath("dupes.kizuna"), {});
        QVERIFY(db.ok());
        m_db = std::move(*db);
        m_session = std::make_unique<Ui::EditSession>(*m_db);
        m_taro = insert("contact", {{"family_name", QString::fromUtf8("山田")},
                                    {"given_name", QString::fromUtf8("太郎")},
                                    {"email", "taro@example.jp"},
                                    {"phone", "03-1111-2222"}});
        QTest::qWait(5); // created later: the natural one to merge away
        m_yamada = insert("contact", {{"family_name", "Yamada"},
                                      {"given_name", "Taro"},
                                      {"email", "Taro@Example.jp"},
                                      {"phone", "090-3333-4444"},
                                      {"title", QString::fromUtf8("部長")}});
        m_activity = insert("activity", {{"type", "call"},
                                         {"subject", QString::fromUtf8("見積もりの件")},
                                         {"occurred_at", "2026-11-01T10:00:00.000Z"},
                                         {"contact_id", m_yamada}});
        QVERIFY(!m_taro.isEmpty() && !m_yamada.isEmpty() && !m_activity.isEmpty());
        // A third contact, unrelated to them, with a pair of its own to hide.
        insert("contact", {{"family_name", QString::fromUtf8("佐藤")}, {"email", "sato@example.jp"}});
        insert("contact", {{"family_name", QString::fromUtf8("佐藤")}, {"email", "SATO@example.jp"}});
    }

    void mergeAndUndo()
    {
        Ui::DuplicatesView view(*m_session);
        QSignalSpy loaded(&view, &Ui::DuplicatesView::loaded);
        view.resize(900, 700);
        view.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QCOMPARE(view.pairs().size(), 2);

        int row = -1;
        for (int i = 0; i < view.pairs().size(); ++i) {
            if (view.pairs().at(i).pair.firstId == m_taro)
                row = i;
        }
        QVERIFY(row >= 0);
        const auto &pair = view.pairs().at(row).pair;
        QCOMPARE(pair.secondId, m_yamada);
        QVERIFY2(pair.score >= 90, qPrintable(QString::number(pair.score)));
        QTreeWidgetItem *item = view.tree()->topLevelItem(row);
        QVERIFY(item->text(Ui::DuplicatesView::FirstColumn).contains("taro@example.jp"));
        QVERIFY(item->text(Ui::DuplicatesView::SecondColumn).contains("090-3333-4444"));

        QTest::mouseClick(view.tree()->viewport(), Qt::LeftButton, {},
                          view.tree()->visualItemRect(item).center());
        Ui::MergePanel *panel = view.mergePanel();
        QCOMPARE(panel->kept().id, m_taro);
        // Pre-chosen: the kept contact's phone; the other's title, which the kept one lacks.
        QCOMPARE(panel->chosen("phone"), Ui::MergePanel::Kept);
        QCOMPARE(panel->chosen("title"), Ui::MergePanel::Merged);
        const int phoneRow = int(panel->fields().indexOf("phone"));
        auto *otherPhone = qobject_cast<QRadioButton *>(panel->table()->cellWidget(phoneRow, Ui::MergePanel::MergedColumn));
        QVERIFY(otherPhone);
        QCOMPARE(otherPhone->text(), QString("090-3333-4444"));
        QTest::mouseClick(otherPhone, Qt::LeftButton, {}, QPoint(8, otherPhone->height() / 2));
        QCOMPARE(panel->chosen("phone"), Ui::MergePanel::Merged);

        QVERIFY(view.mergeButton()->isEnabled());
        QTest::mouseClick(view.mergeButton(), Qt::LeftButton);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(contact(m_taro).value("phone").toString(), QString("090-3333-4444"));
        QCOMPARE(contact(m_taro).value("title").toString(), QString::fromUtf8("部長"));
        QCOMPARE(contact(m_taro).value("family_name").toString(), QString::fromUtf8("山田"));
        QVERIFY(contact(m_yamada).isDeleted());
        QCOMPARE(activityContact(), m_taro);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
        QCOMPARE(view.pairs().size(), 1); // the merged pair is gone

        m_session->undoStack()->undo();
        QCOMPARE(contact(m_taro).value("phone").toString(), QString("03-1111-2222"));
        QVERIFY(!contact(m_taro).value("title").isValid() || contact(m_taro).value("title").isNull());
        QVERIFY(!contact(m_yamada).isDeleted());
        QCOMPARE(contact(m_yamada).value("phone").toString(), QString("090-3333-4444"));
        QCOMPARE(activityContact(), m_yamada);

        // Redo merges again with the same choices; undo again puts everything back once more.
        m_session->undoStack()->redo();
        QCOMPARE(contact(m_taro).value("phone").toString(), QString("090-3333-4444"));
        QVERIFY(contact(m_yamada).isDeleted());
        m_session->undoStack()->undo();
        QVERIFY(!contact(m_yamada).isDeleted());
        QCOMPARE(activityContact(), m_yamada);
    }

    void notADuplicateHidesThePair()
    {
        Ui::DuplicatesView view(*m_session);
        QSignalSpy loaded(&view, &Ui::DuplicatesView::loaded);
        view.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QCOMPARE(view.pairs().size(), 2);
        view.selectPair(0);
        const QString hidden = view.pairs().at(0).pair.firstId;
        QCOMPARE(view.mergePanel()->kept().id, hidden);
        QTest::mouseClick(view.swapButton(), Qt::LeftButton); // keep the newer one instead
        QCOMPARE(view.mergePanel()->kept().id, view.pairs().at(0).pair.secondId);
        QCOMPARE(view.mergePanel()->merged().id, hidden);
        QTest::mouseClick(view.swapButton(), Qt::LeftButton);
        QCOMPARE(view.mergePanel()->kept().id, hidden);
        QTest::mouseClick(view.notDuplicateButton(), Qt::LeftButton);
        QCOMPARE(view.pairs().size(), 1);
        QVERIFY(view.pairs().at(0).pair.firstId != hidden);
        view.reload(); // still hidden after searching again
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
        QCOMPARE(view.pairs().size(), 1);
    }
};

QTEST_MAIN(tst_DuplicatesView)
#include "tst_duplicatesview.moc"
