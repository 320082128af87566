// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline as a user sees it now that its batches come from a reader thread: newest first,
// batches as the list is scrolled, switching quickly between records or filters never shows the
// entries of the previous one, a logged call appears at the top without the list going blank,
// and a reload waits for a write still open on the UI thread's connection.
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/transaction.h"
#include "ui/common/editsession.h"
#include "ui/timeline/activitycomposer.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelineview.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QTest>

#include "usertyping.h"

using namespace Kizuna;

namespace {

using Scope = Model::TimelineScope;

// Every title the model shows after any change, in order: what the user could have seen.
class ShownTitles : public QObject
{
public:
    explicit ShownTitles(const Ui::TimelineModel *model)
        : m_model(model)
    {
        connect(model, &QAbstractItemModel::modelReset, this, &ShownTitles::record);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ShownTitles::record);
    }
    const QStringList &titles() const { return m_titles; }
    const QList<int> &rowCounts() const { return m_rowCounts; }

private:
    void record()
    {
        m_rowCounts << m_model->rowCount();
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_titles << m_model->index(row).data(Ui::TimelineTitleRole).toString();
    }

    const Ui::TimelineModel *m_model;
    QStringList m_titles;
    QList<int> m_rowCounts;
};

} // namespace

class tst_Timeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Ui::EditSession> m_session;
    std::unique_ptr<Ui::TimelineView> m_view;

    Ui::TimelineModel *model() const { return m_view->model(); }
    Model::RecordStore &store() { return m_session->store(); }

    QString addContact(const QString &family)
    {
        auto id = store().insert(Model::entity(u"contact"), {{"family_name", family}});
        return id.ok() ? *id : QString();
    }

    // `count` activities of `type` for `contactId`, titled "<prefix> <n>", one a day from
    // `firstDay` of 2024 on (the higher n, the newer).
    bool addActivities(const QString &contactId, const QString &type, const QString &prefix, int count,
                       int firstDay = 0)
    {
        Storage::Transaction transaction(*m_db);
        if (!transaction.begun())
            return false;
        const QDateTime start(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
        for (int n = 0; n < count; ++n) {
            const QString at = start.addDays(firstDay + n).toString(Qt::ISODateWithMs);
            auto id = store().insert(Model::entity(u"activity"), {{"type", type},
                                                                  {"subject", QString("%1 %2").arg(prefix).arg(n)},
                                                                  {"occurred_at", at},
                                                                  {"contact_id", contactId}});
            if (!id.ok())
                return false;
        }
        return transaction.commit().ok();
    }

    // Waits until no batch is on its way; then a little longer, so a stale batch that was not
    // dropped would have landed.
    bool settled()
    {
        if (!QTest::qWaitFor([this] { return !model()->isLoading(); }, 10000))
            return false;
        QTest::qWait(100);
        return !model()->isLoading();
    }

    QStringList titles() const
    {
        QStringList shown;
        for (int row = 0; row < model()->rowCount(); ++row)
            shown << model()->index(row).data(Ui::TimelineTitleRole).toString();
        return shown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_view.reset();
        m_session.reset();
        m_db.reset();
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QString("%1.kizuna").arg(QTest::currentTestFunction())));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(*db);
        m_session = std::make_unique<Ui::EditSession>(*m_db);
        m_view = std::make_unique<Ui::TimelineView>(*m_session);
        m_view->resize(600, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
        m_db.reset();
    }

    // Newest first, one batch at first, the next ones as the list is scrolled to its end.
    void newestFirstInBatchesAsYouScroll()
    {
        const QString id = addContact("青木");
        QVERIFY(addActivities(id, "call", "call", 120));
        m_view->setScope({Scope::Kind::Contact, id});
        QTRY_COMPARE(model()->rowCount(), Ui::TimelineModel::BatchSize);
        QCOMPARE(model()->index(0).data(Ui::TimelineTitleRole).toString(), QString("call 119"));
        QCOMPARE(model()->index(49).data(Ui::TimelineTitleRole).toString(), QString("call 70"));

        QListView *list = m_view->listView();
        // Scrolled to the end the list asks for the next batch (again while its layout lags).
        const auto scrolledTo = [&](int rows) {
            list->scrollToBottom();
            return model()->rowCount() == rows;
        };
        QTRY_VERIFY(scrolledTo(100));
        QTRY_VERIFY(scrolledTo(120));
        QVERIFY(!model()->canFetchMore({}));
        const QStringList shown = titles();
        for (int row = 0; row < shown.size(); ++row)
            QCOMPARE(shown.at(row), QString("call %1").arg(119 - row)); // no gap, no duplicate
    }

    void switchingRecordsQuicklyShowsOnlyTheLastOne_data()
    {
        QTest::addColumn<bool>("firstShown");
        QTest::newRow("while A's first batch is on its way") << false;
        QTest::newRow("after A's entries are on screen") << true;
    }

    void switchingRecordsQuicklyShowsOnlyTheLastOne()
    {
        QFETCH(bool, firstShown);
        const QString a = addContact("安藤");
        const QString b = addContact("馬場");
        QVERIFY(addActivities(a, "call", "A", 200, 100)); // A's are newer than B's
        QVERIFY(addActivities(b, "note", "B", 3));

        m_view->setScope({Scope::Kind::Contact, a});
        if (firstShown) {
            QTRY_COMPARE(model()->rowCount(), Ui::TimelineModel::BatchSize);
            QCOMPARE(model()->index(0).data(Ui::TimelineTitleRole).toString(), QString("A 199"));
            model()->fetchMore({}); // the next batch of A on its way as well
            QVERIFY(model()->isLoading());
        }
        ShownTitles seen(model());
        m_view->setScope({Scope::Kind::Contact, b});
        QCOMPARE(model()->rowCount(), 0); // A's rows are gone at once
        QTRY_COMPARE(model()->rowCount(), 3);
        QVERIFY(settled());
        QCOMPARE(titles(), (QStringList {"B 2", "B 1", "B 0"}));
        for (const QString &title : seen.titles())
            QVERIFY2(title.startsWith("B "), qPrintable("shown on B's page: " + title));

        // And back to A, then B again before A's batch arrives: B, never A.
        ShownTitles again(model());
        m_view->setScope({Scope::Kind::Contact, a});
        m_view->setScope({Scope::Kind::Contact, b});
        QTRY_COMPARE(model()->rowCount(), 3);
        QVERIFY(settled());
        QCOMPARE(titles(), (QStringList {"B 2", "B 1", "B 0"}));
        for (const QString &title : again.titles())
            QVERIFY2(title.startsWith("B "), qPrintable("shown on B's page: " + title));
    }

    void changingTheFilterTwiceQuicklyEndsWithTheLastOne()
    {
        const QString id = addContact("千葉");
        QVERIFY(addActivities(id, "call", "call", 80, 10));
        QVERIFY(addActivities(id, "note", "note", 2, 0));
        QVERIFY(addActivities(id, "email", "email", 1, 5));
        m_view->setScope({Scope::Kind::Contact, id});
        QTRY_COMPARE(model()->rowCount(), Ui::TimelineModel::BatchSize);

        QComboBox *filter = m_view->filterBox();
        ShownTitles seen(model());
        filter->setCurrentIndex(filter->findText("Call"));
        filter->setCurrentIndex(filter->findText("Note"));
        QTRY_COMPARE(model()->rowCount(), 2);
        QVERIFY(settled());
        QCOMPARE(titles(), (QStringList {"note 1", "note 0"}));
        QCOMPARE(model()->kinds(), QStringList {"note"});
        for (int count : seen.rowCounts())
            QVERIFY2(count > 0, "the list went blank while the filter changed");

        // Back to everything, then emails, quickly: only the email is left.
        filter->setCurrentIndex(0);
        filter->setCurrentIndex(filter->findText("Email"));
        QTRY_COMPARE(titles(), QStringList {"email 0"});
        QVERIFY(settled());
        QCOMPARE(titles(), QStringList {"email 0"});
    }

    void loggedCallShowsAtTheTopWithoutABlankList()
    {
        const QString id = addContact("土屋");
        QVERIFY(addActivities(id, "note", "note", 70));
        m_view->setScope({Scope::Kind::Contact, id});
        QTRY_COMPARE(model()->rowCount(), Ui::TimelineModel::BatchSize);

        ShownTitles seen(model());
        Ui::ActivityComposer *composer = m_view->composer();
        composer->setKind("call");
        UserTyping::type(composer->subjectEdit(), "納期の確認で電話");
        QTest::keyClick(composer->subjectEdit(), Qt::Key_Return);
        QVERIFY(composer->subjectEdit()->text().isEmpty());
        QTRY_COMPARE(model()->index(0).data(Ui::TimelineTitleRole).toString(), QString("納期の確認で電話"));
        QCOMPARE(model()->index(0).data(Ui::TimelineKindRole).toString(), QString("call"));
        QCOMPARE(model()->index(1).data(Ui::TimelineTitleRole).toString(), QString("note 69"));
        QCOMPARE(model()->rowCount(), Ui::TimelineModel::BatchSize);
        QVERIFY(!seen.rowCounts().isEmpty());
        for (int count : seen.rowCounts())
            QVERIFY2(count > 0, "the list went blank before the new batch came");

        // Undo takes it off the top again.
        m_session->undoStack()->undo();
        QTRY_COMPARE(model()->index(0).data(Ui::TimelineTitleRole).toString(), QString("note 69"));
    }

    // The reader has its own connection: a row written in a transaction still open on the UI
    // thread's connection is not visible to it. The reload waits for the commit.
    void reloadWaitsForAnOpenWriteToBeCommitted()
    {
        const QString id = addContact("中野");
        QVERIFY(addActivities(id, "note", "note", 2));
        m_view->setScope({Scope::Kind::Contact, id});
        QTRY_COMPARE(model()->rowCount(), 2);

        auto transaction = std::make_unique<Storage::Transaction>(*m_db);
        QVERIFY(transaction->begun());
        QVERIFY(store().insert(Model::entity(u"activity"), {{"type", "visit"},
                                                            {"subject", "訪問"},
                                                            {"occurred_at", "2030-01-01T00:00:00.000Z"},
                                                            {"contact_id", id}})
                    .ok());
        model()->reload();
        QTest::qWait(100);
        QVERIFY(model()->isLoading()); // waiting for the commit
        QCOMPARE(model()->rowCount(), 2); // the old rows stay meanwhile
        QVERIFY(transaction->commit().ok());
        QTRY_COMPARE(model()->rowCount(), 3);
        QCOMPARE(model()->index(0).data(Ui::TimelineTitleRole).toString(), QString("訪問"));
    }

    // A company's timeline runs across its contacts.
    void companyTimelineRunsAcrossItsContacts()
    {
        auto company = store().insert(Model::entity(u"company"), {{"name", "株式会社みなと"}});
        QVERIFY(company.ok());
        const QString a = addContact("江口");
        const QString b = addContact("福田");
        const QString other = addContact("後藤");
        for (const QString &contact : {a, b})
            QVERIFY(store().update(Model::entity(u"contact"), contact, {{"company_id", *company}}).ok());
        QVERIFY(addActivities(a, "call", "a", 2, 0));
        QVERIFY(addActivities(b, "meeting", "b", 2, 10));
        QVERIFY(addActivities(other, "call", "other", 2, 20));
        m_view->setScope({Scope::Kind::Company, *company});
        QTRY_COMPARE(model()->rowCount(), 4);
        QCOMPARE(titles(), (QStringList {"b 1", "b 0", "a 1", "a 0"}));
    }
};

QTEST_MAIN(tst_Timeline)
#include "tst_timeline.moc"
