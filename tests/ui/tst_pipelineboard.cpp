// SPDX-License-Identifier: GPL-3.0-or-later
// The Deals screen's pipeline board on the hand-built sales fixture (tests/core/salesfixture.h):
// column headers, rotting cards, a drop of a card on the next column, Ctrl+Right / Ctrl+Left,
// stage history, the deal's timeline, and undo restoring the totals. The board reads on a reader
// thread: every step waits until it has settled (settle()) before looking at what it shows.
#include "../core/salesfixture.h"

#include "core/model/timelinequery.h"
#include "core/sales/dealservice.h"
#include "ui/common/editsession.h"
#include "ui/deals/pipelineboardview.h"
#include "ui/deals/stagecardmodel.h"
#include "ui/deals/stagecolumn.h"

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Kizuna;

class tst_PipelineBoard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SalesFixture::Database m_f;
    std::unique_ptr<Ui::EditSession> m_session;
    std::unique_ptr<Ui::PipelineBoardView> m_view;

    // Waits until the board has read what it shows.
    bool settle() const { return QTest::qWaitFor([this] { return !m_view->isLoading(); }); }
    // "count/total/weighted" of a column as its header shows them, once the board has settled.
    QString header(int column) const
    {
        settle();
        return m_view->column(column)->header()->text();
    }
    static QString expectedHeader(const char *name, const char *deals, const char *weighted)
    {
        return QStringLiteral("<b>%1</b><br>%2<br>Weighted %3")
            .arg(QString::fromUtf8(name), QString::fromUtf8(deals), QString::fromUtf8(weighted));
    }
    qint64 historyRows(const char *dealId) const
    {
        return m_f.count(QStringLiteral("SELECT COUNT(*) FROM deal_stage_history WHERE deal_id = '%1'")
                             .arg(QString::fromLatin1(dealId)));
    }
    QString stageOf(const char *dealId) const
    {
        return m_f.text(QStringLiteral("SELECT stage_id FROM deals WHERE id = '%1'").arg(QString::fromLatin1(dealId)));
    }
    QModelIndex cardIndex(int column, const char *dealId) const
    {
        Ui::StageCardModel *model = m_view->column(column)->model();
        return model->index(model->rowOf(QString::fromLatin1(dealId)));
    }
    void verifyInitialHeaders()
    {
        QCOMPARE(header(0), expectedHeader("Lead in", "2 deal(s) · ¥30,000", "¥7,000") + "<br>1 idle too long");
        QCOMPARE(header(1), expectedHeader("Proposal", "2 deal(s) · ¥45,000", "¥24,500") + "<br>1 idle too long");
        QCOMPARE(header(2), expectedHeader("Closing", "1 deal(s) · ¥100,000", "¥80,000"));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        QVERIFY(m_f.open(m_dir));
        m_session = std::make_unique<Ui::EditSession>(*m_f.db);
        m_view = std::make_unique<Ui::PipelineBoardView>(*m_session);
        m_view->setReferenceTime(SalesFixture::now());
        m_view->resize(900, 500);
        m_view->show();
        QApplication::setActiveWindow(m_view.get()); // the card shortcuts work in the active window
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        QVERIFY(settle());
    }
    void cleanup()
    {
        m_view.reset();
        m_session.reset();
        m_f.close();
    }

    void showsColumnsOfTheFirstPipeline()
    {
        auto *chooser = m_view->findChild<QComboBox *>("pipelineChooser");
        QVERIFY(chooser);
        QVERIFY(chooser->isVisible()); // two pipelines
        QCOMPARE(m_view->pipelineId(), QString("p1"));
        QCOMPARE(m_view->columnCount(), 3);
        verifyInitialHeaders();

        Ui::StageCardModel *lead = m_view->column(0)->model();
        QCOMPARE(lead->rowCount(), 2);
        QCOMPARE(lead->card(0).id, QString("d1")); // waiting longest
        QVERIFY(lead->index(0).data(Ui::StageCardModel::RottingRole).toBool());
        QVERIFY(lead->index(0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!lead->index(1).data(Ui::StageCardModel::RottingRole).toBool());
        QVERIFY(!lead->index(1).data(Qt::BackgroundRole).isValid());
        const QString text = lead->index(0).data().toString();
        QVERIFY2(text.startsWith("Deal one\nEmma Smith · Kawa Trading\n¥10,000\n"), qPrintable(text));

        chooser->setCurrentIndex(chooser->findData("p2"));
        QVERIFY(m_view->isLoading());
        QVERIFY(settle());
        QCOMPARE(m_view->columnCount(), 1);
        QCOMPARE(m_view->column(0)->stageId(), QString("t1"));
    }

    void ownerAndMonthFilters()
    {
        auto *owner = m_view->findChild<QComboBox *>("ownerFilter");
        owner->setCurrentIndex(owner->findData("u2"));
        QCOMPARE(header(0), expectedHeader("Lead in", "1 deal(s) · ¥20,000", "¥6,000"));
        QCOMPARE(m_view->column(2)->model()->rowCount(), 0);
        QCOMPARE(m_view->column(0)->model()->rowCount(), 1);
        owner->setCurrentIndex(0);
        auto *month = m_view->findChild<QComboBox *>("monthFilter");
        const int june = month->findData(QDate(2025, 6, 1));
        QVERIFY(june > 0);
        month->setCurrentIndex(june);
        QCOMPARE(header(1), expectedHeader("Proposal", "1 deal(s) · ¥40,000", "¥20,000") + "<br>1 idle too long");
        QCOMPARE(m_view->column(0)->model()->rowCount(), 1);
        QCOMPARE(m_view->column(0)->model()->card(0).id, QString("d1"));
    }

    void dropMovesDealAndUndoRestores()
    {
        QCOMPARE(historyRows("d1"), 0);
        // What a drag of d1 out of "Lead in" carries, dropped on "Proposal".
        std::unique_ptr<QMimeData> mime(m_view->column(0)->model()->mimeData({cardIndex(0, "d1")}));
        QVERIFY(mime);
        QCOMPARE(mime->data(Ui::StageCardModel::mimeType()), QByteArray("d1"));
        QVERIFY(m_view->column(1)->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
        QVERIFY(m_view->column(1)->model()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
        QTRY_COMPARE(stageOf("d1"), QString("s2"));

        QCOMPARE(historyRows("d1"), 1);
        auto history = Sales::DealService(*m_f.store).history("d1");
        SALES_VERIFY_OK(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->at(0).fromStageId, QString("s1"));
        QCOMPARE(history->at(0).toStageId, QString("s2"));

        auto timeline = Model::TimelineQuery::page(*m_f.db, {Model::TimelineScope::Kind::Deal, "d1"}, {}, nullptr, 20);
        SALES_VERIFY_OK(timeline);
        QCOMPARE(timeline->size(), 1);
        QCOMPARE(timeline->at(0).source, QString("deal_stage"));
        QCOMPARE(timeline->at(0).detail, QString("Lead in"));
        QCOMPARE(timeline->at(0).detail2, QString("Proposal"));

        // d1 (10,000, stage default) now weighs 50 % in Proposal: 24,500 + 5,000; still rotting?
        // It entered Proposal just now (real time, after "now"), so it is not.
        QCOMPARE(header(0), expectedHeader("Lead in", "1 deal(s) · ¥20,000", "¥6,000"));
        QCOMPARE(header(1), expectedHeader("Proposal", "3 deal(s) · ¥55,000", "¥29,500") + "<br>1 idle too long");
        QCOMPARE(m_view->column(0)->model()->rowCount(), 1);
        QVERIFY(m_view->column(1)->model()->rowOf("d1") >= 0);

        QCOMPARE(m_session->undoStack()->count(), 1);
        m_session->undoStack()->undo();
        QCOMPARE(stageOf("d1"), QString("s1"));
        QCOMPARE(historyRows("d1"), 0);
        verifyInitialHeaders();
        timeline = Model::TimelineQuery::page(*m_f.db, {Model::TimelineScope::Kind::Deal, "d1"}, {}, nullptr, 20);
        QCOMPARE(timeline->size(), 0);

        m_session->undoStack()->redo();
        QCOMPARE(stageOf("d1"), QString("s2"));
        QCOMPARE(historyRows("d1"), 1);
        QCOMPARE(header(1), expectedHeader("Proposal", "3 deal(s) · ¥55,000", "¥29,500") + "<br>1 idle too long");
    }

    void dropEventOnColumnViewport()
    {
        // The drop events a drag of d3 would deliver to the "Closing" list, through QListView.
        std::unique_ptr<QMimeData> mime(m_view->column(1)->model()->mimeData({cardIndex(1, "d3")}));
        QWidget *viewport = m_view->column(2)->listView()->viewport();
        const QPointF below = QPointF(viewport->width() / 2.0, viewport->height() - 5.0);
        QDragEnterEvent enter(below.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent moveEvent(below.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &moveEvent);
        QVERIFY(moveEvent.isAccepted());
        QDropEvent drop(below, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(stageOf("d3"), QString("s3"));
        QCOMPARE(historyRows("d3"), 1);
        // d3 40,000 at Closing's 80 %: 80,000 + 32,000.
        QCOMPARE(header(2), expectedHeader("Closing", "2 deal(s) · ¥140,000", "¥112,000"));
        m_session->undoStack()->undo();
        verifyInitialHeaders();
    }

    void dropOnOwnColumnDoesNothing()
    {
        std::unique_ptr<QMimeData> mime(m_view->column(0)->model()->mimeData({cardIndex(0, "d2")}));
        QVERIFY(!m_view->column(0)->model()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
        QCoreApplication::processEvents();
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(stageOf("d2"), QString("s1"));
    }

    void keyboardMovesToNextAndPreviousStage()
    {
        QListView *lead = m_view->column(0)->listView();
        lead->setFocus();
        lead->setCurrentIndex(cardIndex(0, "d2"));
        QTest::keyClick(lead, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(stageOf("d2"), QString("s2"));
        QVERIFY(m_view->isLoading()); // the board reads again, off the UI thread
        QCOMPARE(historyRows("d2"), 1);
        // A move sets the new stage's default probability: d2 weighs 20,000 × 0.5 there.
        QCOMPARE(header(0), expectedHeader("Lead in", "1 deal(s) · ¥10,000", "¥1,000") + "<br>1 idle too long");
        QCOMPARE(header(1), expectedHeader("Proposal", "3 deal(s) · ¥65,000", "¥34,500") + "<br>1 idle too long");

        // The moved card stays selected in its new column: Ctrl+Right again goes on to Closing.
        QListView *proposal = m_view->column(1)->listView();
        QVERIFY(settle());
        QCOMPARE(proposal->currentIndex().data(Ui::StageCardModel::IdRole).toString(), QString("d2"));
        QCOMPARE(QApplication::focusWidget(), proposal);
        QTest::keyClick(proposal, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(stageOf("d2"), QString("s3"));
        QListView *closing = m_view->column(2)->listView();
        QVERIFY(settle());
        QTest::keyClick(closing, Qt::Key_Right, Qt::ControlModifier); // no stage after the last
        QCOMPARE(stageOf("d2"), QString("s3"));
        QVERIFY(settle());
        QTest::keyClick(closing, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(stageOf("d2"), QString("s2"));
        QCOMPARE(historyRows("d2"), 3);

        QCOMPARE(m_session->undoStack()->count(), 3);
        for (int i = 0; i < 3; ++i)
            m_session->undoStack()->undo();
        QCOMPARE(stageOf("d2"), QString("s1"));
        QCOMPARE(historyRows("d2"), 0);
        verifyInitialHeaders();
    }

    void columnLoadsCardsInPagesWhileScrolling()
    {
        QString sql;
        for (int i = 0; i < 120; ++i)
            sql += QString("INSERT INTO deals(id, title, pipeline_id, stage_id, amount, status, stage_entered_at, "
                           "created_at, updated_at) VALUES ('x%1', 'Bulk %1', 'p1', 's3', 100, 'open', "
                           "'2025-06-01T00:00:00.000Z', 'x', 'x');\n").arg(i, 3, 10, QChar('0'));
        SALES_VERIFY_OK(m_f.db->exec(sql));
        m_view->refreshColumns();
        QVERIFY(header(2).contains("121 deal(s) · ¥112,000"));
        Ui::StageCardModel *closing = m_view->column(2)->model();
        QCOMPARE(closing->rowCount(), Ui::StageCardModel::PageSize); // only the first page
        QListView *list = m_view->column(2)->listView();
        list->scrollToBottom();
        QTRY_COMPARE(closing->rowCount(), 2 * Ui::StageCardModel::PageSize);
        while (closing->canFetchMore({})) {
            closing->fetchMore({});
            QVERIFY(settle());
        }
        QCOMPARE(closing->rowCount(), 121);
        QCOMPARE(closing->card(0).id, QString("d5")); // entered January: waiting longest
    }

    void returnActivatesDeal()
    {
        QSignalSpy activated(m_view.get(), &Ui::PipelineBoardView::dealActivated);
        QListView *closing = m_view->column(2)->listView();
        closing->setFocus();
        closing->setCurrentIndex(cardIndex(2, "d5"));
        QTest::keyClick(closing, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QString("d5"));
    }
};

QTEST_MAIN(tst_PipelineBoard)
#include "tst_pipelineboard.moc"
