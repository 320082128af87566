// SPDX-License-Identifier: GPL-3.0-or-later
// The Tasks screen as a user works with it, on a fake clock: quick-add a task for today (typed
// in Japanese) and an old one that lands under Overdue, tick one done and take it back with
// Ctrl+Z, complete a repeating task, snooze, edit in the dialog, create a task for a contact, and
// the reminder: shown once when due, not again (not even after a restart), again after a snooze.
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/model/taskquery.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/transaction.h"
#include "ui/common/editsession.h"
#include "ui/tasks/taskeditdialog.h"
#include "ui/tasks/taskquickadd.h"
#include "ui/tasks/taskrecurrencebox.h"
#include "ui/tasks/taskreminder.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasksview.h"
#include "ui/tasks/tasktreemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>

#include "usertyping.h"
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Kizuna;
using Model::TaskBucket;

class tst_TasksView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Ui::EditSession> m_session;
    std::unique_ptr<Ui::TasksView> m_view;
    QDateTime m_now;

    Ui::TaskTreeModel *model() const { return m_view->model(); }
    Ui::Clock clock() { return [this] { return m_now; }; }


    QStringList titles(TaskBucket bucket) const
    {
        QStringList out;
        for (const Model::Task &task : model()->tasks(bucket))
            out << task.title;
        return out;
    }

    QString sectionText(TaskBucket bucket) const { return model()->sectionIndex(bucket).data().toString(); }

    // Quick add as a user: title, due time, repetition, Return.
    QString quickAdd(const QString &title, const QDateTime &due, const QString &repeat = {})
    {
        Ui::TaskQuickAdd *add = m_view->quickAdd();
        add->dueEdit()->setDateTime(due);
        if (!repeat.isEmpty())
            add->recurrenceBox()->setCurrentIndex(add->recurrenceBox()->findText(repeat));
        UserTyping::type(add->titleEdit(), title);
        QTest::keyClick(add->titleEdit(), Qt::Key_Return);
        return m_view->currentTaskId();
    }

    // Clicks the check box of a task's row where the view draws it.
    void clickCheckBox(const QString &taskId)
    {
        QTreeView *tree = m_view->tree();
        const QModelIndex index = model()->indexOf(taskId);
        QStyleOptionViewItem option;
        option.initFrom(tree->viewport());
        option.rect = tree->visualRect(index);
        option.features |= QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
        option.text = index.data().toString();
        const QRect box = tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, tree->viewport());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, box.center());
    }

    QString field(const QString &taskId, const char *name)
    {
        auto record = m_session->store().get(Model::entity(u"task"), taskId);
        return record.ok() ? record->value(QString::fromLatin1(name)).toString() : QString("<missing>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_view.reset();
        m_session.reset();
        m_db.reset();
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QString("%1.kizuna").arg(QTest::currentTestFunction())));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        m_session = std::make_unique<Ui::EditSession>(*m_db);
        m_now = QDateTime(QDate(2026, 11, 22), QTime(10, 0)); // local time
        m_view = std::make_unique<Ui::TasksView>(*m_session);
        m_view->setClock(clock());
        connect(m_view.get(), &Ui::TasksView::errorOccurred, this, [](const QString &m) { qWarning() << "error:" << m; });
        // The main window's Edit ▸ Undo / Redo.
        QAction *undo = m_session->undoStack()->createUndoAction(m_view.get());
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_session->undoStack()->createRedoAction(m_view.get());
        redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
        m_view->addActions({undo, redo});
        m_view->resize(900, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
        m_db.reset();
    }

    void quickAddTodayAndOverdue()
    {
        // The quick-add due time starts today.
        QCOMPARE(m_view->quickAdd()->dueEdit()->date(), QDate(2026, 11, 22));
        const QString call = quickAdd("Call 山田さん", QDateTime(QDate(2026, 11, 22), QTime(15, 0)));
        QVERIFY(!call.isEmpty());
        QCOMPARE(titles(TaskBucket::Today), QStringList {"Call 山田さん"});
        QCOMPARE(sectionText(TaskBucket::Today), QString("Today (1)"));
        QVERIFY(m_view->quickAdd()->titleEdit()->text().isEmpty()); // ready for the next one
        // Shown under the Today section of the tree, with its time.
        const QModelIndex row = model()->indexOf(call);
        QCOMPARE(row.parent(), model()->sectionIndex(TaskBucket::Today));
        QVERIFY(m_view->tree()->isExpanded(row.parent()));
        QCOMPARE(row.siblingAtColumn(Ui::TaskTreeModel::DueColumn).data().toString(),
                 QLocale().toString(QTime(15, 0), QLocale::ShortFormat));

        const QString old = quickAdd("見積書を送る", QDateTime(QDate(2026, 11, 19), QTime(9, 0)));
        QCOMPARE(titles(TaskBucket::Overdue), QStringList {"見積書を送る"});
        QCOMPARE(titles(TaskBucket::Today), QStringList {"Call 山田さん"});
        const QModelIndex overdue = model()->sectionIndex(TaskBucket::Overdue);
        QCOMPARE(overdue.data().toString(), QString("Overdue (1)"));
        QCOMPARE(overdue.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(model()->indexOf(old, Ui::TaskTreeModel::DueColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 QColor(0xc6, 0x28, 0x28));

        // Without a due date it goes under No date, which only shows when it has tasks.
        QVERIFY(m_view->tree()->isRowHidden(model()->sectionIndex(TaskBucket::Undated).row(), {}));
        m_view->quickAdd()->dueCheck()->setChecked(false);
        quickAdd("いつか整理", {});
        QCOMPARE(titles(TaskBucket::Undated), QStringList {"いつか整理"});
        QVERIFY(!m_view->tree()->isRowHidden(model()->sectionIndex(TaskBucket::Undated).row(), {}));

        // The day turns: today's task is overdue tomorrow.
        m_now = m_now.addDays(1);
        m_view->reload();
        QCOMPARE(titles(TaskBucket::Overdue), (QStringList {"Call 山田さん", "見積書を送る"}));
    }

    void manyOverdueTasksArePagedAndCountedInTheBackground()
    {
        {
            Storage::Transaction transaction(*m_db);
            for (int i = 0; i < 230; ++i)
                QVERIFY(m_session->store().insert(Model::entity(u"task"),
                                                  {{"title", QString("old %1").arg(i, 3, 10, QChar('0'))},
                                                   {"due_at", Storage::toStoredTimestamp(
                                                                  QDateTime(QDate(2026, 10, 1), QTime(9, 0)).addSecs(i * 60))}})
                            .ok());
            QVERIFY(m_session->store().insert(Model::entity(u"task"),
                                              {{"title", "today"},
                                               {"due_at", Storage::toStoredTimestamp(QDateTime(QDate(2026, 11, 22), QTime(12, 0)))}})
                        .ok());
            QVERIFY(transaction.commit().ok());
        }
        m_view->reload();
        QCOMPARE(model()->rowCount(model()->sectionIndex(TaskBucket::Overdue)), Ui::TaskTreeModel::PageSize);
        QCOMPARE(sectionText(TaskBucket::Overdue), QString("Overdue (100+)")); // until the count arrives
        QTRY_COMPARE(sectionText(TaskBucket::Overdue), QString("Overdue (230)"));
        QCOMPARE(titles(TaskBucket::Overdue).first(), QString("old 229")); // most recently due first

        // Scrolling through the section brings the next pages; the Today section stays below it.
        for (int i = 0; i < 20 && model()->hasMore(model()->sectionIndex(TaskBucket::Overdue)); ++i) {
            const QModelIndex section = model()->sectionIndex(TaskBucket::Overdue);
            m_view->tree()->scrollTo(model()->index(model()->rowCount(section) - 1, 0, section));
            QCoreApplication::processEvents();
        }
        QCOMPARE(model()->rowCount(model()->sectionIndex(TaskBucket::Overdue)), 230);
        QCOMPARE(titles(TaskBucket::Overdue).last(), QString("old 000"));
        QCOMPARE(titles(TaskBucket::Today), QStringList {"today"});
    }

    void doneMovesOutAndUndoBringsItBack()
    {
        const QString call = quickAdd("Call 山田さん", QDateTime(QDate(2026, 11, 22), QTime(15, 0)));
        const QString other = quickAdd("資料を印刷", QDateTime(QDate(2026, 11, 22), QTime(16, 0)));
        QCOMPARE(titles(TaskBucket::Today).size(), 2);

        clickCheckBox(call);
        QTRY_COMPARE(titles(TaskBucket::Today), QStringList {"資料を印刷"});
        QCOMPARE(field(call, "done_at"), Storage::toStoredTimestamp(m_now));

        // Show done lists it, checked.
        m_view->doneFilter()->click();
        QCOMPARE(titles(TaskBucket::Done), QStringList {"Call 山田さん"});
        QCOMPARE(model()->indexOf(call).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        m_view->doneFilter()->click();

        QTest::keyClick(m_view.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(titles(TaskBucket::Today), (QStringList {"Call 山田さん", "資料を印刷"}));
        QVERIFY(field(call, "done_at").isEmpty());
        QCOMPARE(model()->indexOf(call).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        // Space on the current row marks it done too.
        QVERIFY(m_view->selectTask(other));
        m_view->tree()->setFocus();
        QTest::keyClick(m_view->tree(), Qt::Key_Space);
        QCOMPARE(titles(TaskBucket::Today), QStringList {"Call 山田さん"});
        QTest::keyClick(m_view.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(titles(TaskBucket::Today).size(), 2);
        QTest::keyClick(m_view.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
        QTRY_COMPARE(titles(TaskBucket::Today), QStringList {"Call 山田さん"});
    }

    void editsElsewhereReloadOnce()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << quickAdd(QString("task %1").arg(i), QDateTime(QDate(2026, 11, 22), QTime(12, i)));
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        m_session->beginGroup("rename all");
        for (const QString &id : std::as_const(ids))
            QVERIFY(m_session->update("task", id, {{"title", QString("renamed " + id.left(4))}}, "rename").ok());
        m_session->endGroup();
        QTRY_COMPARE(resets.size(), 1); // five changes, one reload
        QTest::qWait(20);
        QCOMPARE(resets.size(), 1);
        QVERIFY(titles(TaskBucket::Today).first().startsWith("renamed"));

        // Hidden, the screen waits until it is shown again.
        m_view->hide();
        QVERIFY(m_session->update("task", ids.first(), {{"title", "while hidden"}}, "rename").ok());
        QTest::qWait(20);
        QCOMPARE(resets.size(), 1);
        m_view->show();
        QCOMPARE(resets.size(), 2);
        QCOMPARE(titles(TaskBucket::Today).first(), QString("while hidden"));
    }

    void repeatingTaskComesBackTomorrow()
    {
        const QString daily = quickAdd("日報を書く", QDateTime(QDate(2026, 11, 22), QTime(17, 30)), "Daily");
        QCOMPARE(field(daily, "recurrence"), QString("daily"));
        QCOMPARE(model()->indexOf(daily, Ui::TaskTreeModel::RepeatColumn).data().toString(), QString("Daily"));
        m_view->tree()->setFocus();
        QTest::keyClick(m_view->tree(), Qt::Key_Space);
        QCOMPARE(titles(TaskBucket::Today), QStringList {});
        QCOMPARE(titles(TaskBucket::Upcoming), QStringList {"日報を書く"});
        const Model::Task next = model()->tasks(TaskBucket::Upcoming).constFirst();
        QCOMPARE(next.due().toLocalTime(), QDateTime(QDate(2026, 11, 23), QTime(17, 30)));
        QCOMPARE(next.recurrence, QString("daily"));

        QTest::keyClick(m_view.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(titles(TaskBucket::Today), QStringList {"日報を書く"});
        QCOMPARE(titles(TaskBucket::Upcoming), QStringList {});
        QCOMPARE(*m_db->queryInt("SELECT count(*) FROM tasks"), 1);
    }

    void snoozeMenu()
    {
        const QString id = quickAdd("折り返し電話", QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
        QVERIFY(m_view->selectTask(id));
        m_view->snoozeMenu()->findChild<QAction *>("snooze10Minutes")->trigger();
        QCOMPARE(field(id, "remind_at"), Storage::toStoredTimestamp(m_now.addSecs(600)));
        m_view->snoozeMenu()->findChild<QAction *>("snooze1Hour")->trigger();
        QCOMPARE(field(id, "remind_at"), Storage::toStoredTimestamp(m_now.addSecs(3600)));
        m_view->snoozeMenu()->findChild<QAction *>("snoozeTomorrow")->trigger();
        QCOMPARE(field(id, "remind_at"), Storage::toStoredTimestamp(QDateTime(QDate(2026, 11, 23), QTime(9, 0))));
        QTest::keyClick(m_view.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(field(id, "remind_at"), Storage::toStoredTimestamp(m_now.addSecs(3600)));
    }

    void editDialogOnDoubleClick()
    {
        const QString id = quickAdd("打ち合わせ準備", QDateTime(QDate(2026, 11, 24), QTime(13, 0)));
        QCOMPARE(titles(TaskBucket::Upcoming), QStringList {"打ち合わせ準備"});
        const QRect rect = m_view->tree()->visualRect(model()->indexOf(id, Ui::TaskTreeModel::DueColumn));
        // What a double-click delivers: press, release, double-click, release.
        QTest::mouseClick(m_view->tree()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(m_view->tree()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(m_view->tree()->viewport(), Qt::LeftButton, {}, rect.center());
        Ui::TaskEditDialog *dialog = m_view->findChild<Ui::TaskEditDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->titleEdit()->text(), QString("打ち合わせ準備"));
        QVERIFY(dialog->dueCheck()->isChecked());
        QCOMPARE(dialog->dueEdit()->dateTime(), QDateTime(QDate(2026, 11, 24), QTime(13, 0)));

        dialog->titleEdit()->selectAll();
        UserTyping::type(dialog->titleEdit(), "打ち合わせ資料");
        dialog->remindCheck()->setChecked(true);
        dialog->remindEdit()->setDateTime(QDateTime(QDate(2026, 11, 24), QTime(12, 30)));
        dialog->recurrenceBox()->setCurrentIndex(dialog->recurrenceBox()->findText("Weekly"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_view->findChild<Ui::TaskEditDialog *>()); // closed and deleted
        QTRY_COMPARE(titles(TaskBucket::Upcoming), QStringList {"打ち合わせ資料"});
        QCOMPARE(field(id, "remind_at"), Storage::toStoredTimestamp(QDateTime(QDate(2026, 11, 24), QTime(12, 30))));
        QCOMPARE(field(id, "recurrence"), QString("weekly"));
        QCOMPARE(field(id, "due_at"), Storage::toStoredTimestamp(QDateTime(QDate(2026, 11, 24), QTime(13, 0))));

        // One undo step takes the whole edit back.
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        QTest::keyClick(m_view.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(titles(TaskBucket::Upcoming), QStringList {"打ち合わせ準備"});
        QVERIFY(field(id, "remind_at").isEmpty());
        QVERIFY(field(id, "recurrence").isEmpty());
    }

    void createTaskForContact()
    {
        auto contact = m_session->store().insert(Model::entity(u"contact"), {{"family_name", "山田"}, {"given_name", "花子"}});
        QVERIFY(contact.ok());
        Ui::TaskEditDialog *dialog = Ui::TaskEditDialog::createTask(*m_session, {*contact, {}, {}}, m_view.get());
        dialog->setClock(clock());
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // no title yet
        UserTyping::type(dialog->titleEdit(), "お礼状を送る");
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(titles(TaskBucket::Today), QStringList {"お礼状を送る"});
        const Model::Task task = model()->tasks(TaskBucket::Today).constFirst();
        QCOMPARE(task.contactId, *contact);
        QCOMPARE(model()->indexOf(task.id, Ui::TaskTreeModel::RelatedColumn).data().toString(), QString("山田 花子"));
        QCOMPARE(task.due().toLocalTime(), QDateTime(QDate(2026, 11, 22), QTime(18, 0)));
    }

    void reminderShowsOnceAndAgainAfterSnooze()
    {
        const QString id = quickAdd("Call 山田さん", QDateTime(QDate(2026, 11, 22), QTime(10, 5)));
        quickAdd("later today", QDateTime(QDate(2026, 11, 22), QTime(16, 0)));
        auto reminder = std::make_unique<Ui::TaskReminder>(*m_session, clock());
        QSignalSpy reminded(reminder.get(), &Ui::TaskReminder::reminded);
        QSignalSpy finished(reminder.get(), &Ui::TaskReminder::checkFinished);
        QSignalSpy opened(reminder.get(), &Ui::TaskReminder::openTaskRequested);
        const auto checkAt = [&](const QDateTime &time) {
            m_now = time;
            const qsizetype before = finished.size();
            reminder->checkNow();
            return QTest::qWaitFor([&] { return finished.size() > before; }, 5000);
        };

        reminder->start(); // checks at once: nothing due at 10:00
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!reminder->trayIcon()); // no system tray offscreen: the signal is the way
        QCOMPARE(reminded.size(), 0);

        QVERIFY(checkAt(QDateTime(QDate(2026, 11, 22), QTime(10, 6))));
        QCOMPARE(reminded.size(), 1);
        QCOMPARE(reminded.at(0).at(0).toStringList(), QStringList {id});
        QVERIFY(reminded.at(0).at(1).toString().contains("Call 山田さん"));
        QCOMPARE(reminder->lastTaskId(), id);

        QVERIFY(checkAt(QDateTime(QDate(2026, 11, 22), QTime(10, 6, 30))));
        QVERIFY(checkAt(QDateTime(QDate(2026, 11, 22), QTime(10, 7))));
        QCOMPARE(reminded.size(), 1); // not twice

        // A restart (a new reminder on the same file) does not show it again either.
        reminder = std::make_unique<Ui::TaskReminder>(*m_session, clock());
        QSignalSpy remindedAgain(reminder.get(), &Ui::TaskReminder::reminded);
        QSignalSpy finishedAgain(reminder.get(), &Ui::TaskReminder::checkFinished);
        QSignalSpy openedAgain(reminder.get(), &Ui::TaskReminder::openTaskRequested);
        m_now = QDateTime(QDate(2026, 11, 22), QTime(10, 8));
        reminder->checkNow();
        QTRY_COMPARE(finishedAgain.size(), 1);
        QCOMPARE(remindedAgain.size(), 0);

        // Snooze 10 minutes at 10:08: quiet at 10:15, back at 10:18.
        QVERIFY(reminder->snooze(id, 10).ok());
        QCOMPARE(field(id, "remind_at"), Storage::toStoredTimestamp(QDateTime(QDate(2026, 11, 22), QTime(10, 18))));
        m_now = QDateTime(QDate(2026, 11, 22), QTime(10, 15));
        reminder->checkNow();
        QTRY_COMPARE(finishedAgain.size(), 2);
        QCOMPARE(remindedAgain.size(), 0);
        m_now = QDateTime(QDate(2026, 11, 22), QTime(10, 18));
        reminder->checkNow();
        QTRY_COMPARE(finishedAgain.size(), 3);
        QCOMPARE(remindedAgain.size(), 1);
        QCOMPARE(remindedAgain.at(0).at(0).toStringList(), QStringList {id});

        // From the reminder's menu: open it, then mark it done (undoable like any edit).
        reminder->actionsMenu()->findChild<QAction *>("reminderOpen")->trigger();
        QCOMPARE(openedAgain.size(), 1);
        QCOMPARE(openedAgain.at(0).at(0).toString(), id);
        reminder->actionsMenu()->findChild<QAction *>("reminderDone")->trigger();
        QCOMPARE(field(id, "done_at"), Storage::toStoredTimestamp(m_now));
        QTRY_COMPARE(titles(TaskBucket::Today), QStringList {"later today"});
        QTest::keyClick(m_view.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(field(id, "done_at").isEmpty());

        // 16:00: the other task's due time.
        m_now = QDateTime(QDate(2026, 11, 22), QTime(16, 0, 1));
        reminder->checkNow();
        QTRY_COMPARE(finishedAgain.size(), 4);
        QCOMPARE(remindedAgain.size(), 2);
        QVERIFY(remindedAgain.at(1).at(1).toString().contains("later today"));
    }
};

QTEST_MAIN(tst_TasksView)
#include "tst_tasksview.moc"
