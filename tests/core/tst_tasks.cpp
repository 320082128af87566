// SPDX-License-Identifier: GPL-3.0-or-later
// The task layer: recurrence rules worked out by hand (month ends, leap years, daylight saving),
// the Overdue / Today / Upcoming lists at the edges of the local day, keyset pages, due
// reminders and their checkpoint, completing a repeating task, snoozing, and undoing a
// completion through the edit session.
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/model/taskactions.h"
#include "core/model/taskquery.h"
#include "core/model/taskrecurrence.h"
#include "core/model/taskreminders.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/transaction.h"
#include "ui/common/editsession.h"
#include "ui/tasks/taskcommands.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kizuna;
using namespace Kizuna::Model;

Q_DECLARE_METATYPE(Kizuna::Model::TaskBucket)

class tst_Tasks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<RecordStore> m_store;

    static QDateTime utc(const char *text) { return Storage::fromStoredTimestamp(QString::fromLatin1(text)); }
    static const EntityDef &tasks() { return entity(u"task"); }

    QString addTask(const FieldValues &values)
    {
        auto id = m_store->insert(tasks(), values);
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    QStringList titles(const QList<Task> &list)
    {
        QStringList out;
        for (const Task &task : list)
            out << task.title;
        return out;
    }
    qint64 taskCount() { return *m_db->queryInt("SELECT count(*) FROM tasks"); }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        m_db.reset();
        QString name = QString::fromLatin1(QTest::currentTestFunction());
        if (QTest::currentDataTag())
            name += QString::number(qHash(QString::fromUtf8(QTest::currentDataTag())));
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(name + ".kizuna"));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        auto context = changeContextFor(*m_db, "tester");
        QVERIFY(context.ok());
        m_store = std::make_unique<RecordStore>(*m_db, *context);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void parseAndFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // "!" = refused
        QTest::newRow("empty") << "" << "";
        QTest::newRow("daily") << "daily" << "daily";
        QTest::newRow("case and spaces") << "  Weekly:Thu,MON " << "weekly:mon,thu";
        QTest::newRow("weekly") << "weekly" << "weekly";
        QTest::newRow("monthly") << "monthly" << "monthly";
        QTest::newRow("monthly last") << "monthly:last" << "monthly:last";
        QTest::newRow("monthly 15") << "monthly:15" << "monthly:15";
        QTest::newRow("yearly") << "yearly" << "yearly";
        QTest::newRow("every 1 day is daily") << "every:1:days" << "daily";
        QTest::newRow("every 3 weeks") << "every:3:weeks" << "every:3:weeks";
        QTest::newRow("every 2 months") << "every:2:months" << "every:2:months";
        QTest::newRow("unknown word") << "fortnightly" << "!";
        QTest::newRow("unknown weekday") << "weekly:mon,xyz" << "!";
        QTest::newRow("zero interval") << "every:0:days" << "!";
        QTest::newRow("day 32") << "monthly:32" << "!";
        QTest::newRow("years not offered") << "every:3:years" << "!";
        QTest::newRow("missing unit") << "every:3" << "!";
    }
    void parseAndFormat()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        auto rule = Recurrence::parse(text);
        if (canonical == "!") {
            QVERIFY(!rule.ok());
            QVERIFY2(rule.error().message.contains(text.trimmed()), qPrintable(rule.error().message));
            QCOMPARE(rule.error().kind, ErrorKind::BadInput);
            return;
        }
        QVERIFY2(rule.ok(), rule.ok() ? "" : qPrintable(rule.error().message));
        QCOMPARE(rule->format(), canonical);
        QCOMPARE(rule->isNone(), canonical.isEmpty());
        QCOMPARE(Recurrence::parse(rule->format())->format(), canonical); // round trip
    }

    void nextDate_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("next");
        QTest::newRow("daily over new year") << "daily" << QDate(2026, 12, 31) << QDate(2027, 1, 1);
        QTest::newRow("every 3 days over Feb") << "every:3:days" << QDate(2026, 2, 27) << QDate(2026, 3, 2);
        QTest::newRow("every 3 days leap Feb") << "every:3:days" << QDate(2028, 2, 27) << QDate(2028, 3, 1);
        QTest::newRow("weekly Sunday") << "weekly" << QDate(2026, 11, 22) << QDate(2026, 11, 29);
        QTest::newRow("mon,thu from Mon") << "weekly:mon,thu" << QDate(2026, 11, 23) << QDate(2026, 11, 26);
        QTest::newRow("mon,thu from Thu") << "weekly:mon,thu" << QDate(2026, 11, 26) << QDate(2026, 11, 30);
        QTest::newRow("mon,thu from Sun") << "weekly:mon,thu" << QDate(2026, 11, 22) << QDate(2026, 11, 23);
        QTest::newRow("weekdays from Fri") << "weekly:mon,tue,wed,thu,fri" << QDate(2026, 11, 27) << QDate(2026, 11, 30);
        QTest::newRow("every 2 weeks") << "every:2:weeks" << QDate(2026, 11, 22) << QDate(2026, 12, 6);
        QTest::newRow("monthly 31 Jan clamps") << "monthly" << QDate(2026, 1, 31) << QDate(2026, 2, 28);
        QTest::newRow("monthly 31 Jan leap") << "monthly" << QDate(2028, 1, 31) << QDate(2028, 2, 29);
        QTest::newRow("monthly drifts after clamp") << "monthly" << QDate(2026, 2, 28) << QDate(2026, 3, 28);
        QTest::newRow("monthly 15") << "monthly" << QDate(2026, 11, 15) << QDate(2026, 12, 15);
        QTest::newRow("monthly over year") << "monthly" << QDate(2026, 12, 31) << QDate(2027, 1, 31);
        QTest::newRow("pinned 31 after Feb") << "monthly:31" << QDate(2026, 2, 28) << QDate(2026, 3, 31);
        QTest::newRow("pinned 31 to April") << "monthly:31" << QDate(2026, 3, 31) << QDate(2026, 4, 30);
        QTest::newRow("pinned 31 after April") << "monthly:31" << QDate(2026, 4, 30) << QDate(2026, 5, 31);
        QTest::newRow("pinned 15 same month") << "monthly:15" << QDate(2026, 1, 10) << QDate(2026, 1, 15);
        QTest::newRow("pinned 15 next month") << "monthly:15" << QDate(2026, 1, 20) << QDate(2026, 2, 15);
        QTest::newRow("last day same month") << "monthly:last" << QDate(2026, 1, 15) << QDate(2026, 1, 31);
        QTest::newRow("last day to Feb") << "monthly:last" << QDate(2026, 1, 31) << QDate(2026, 2, 28);
        QTest::newRow("last day to leap Feb") << "monthly:last" << QDate(2028, 1, 31) << QDate(2028, 2, 29);
        QTest::newRow("last day over year") << "monthly:last" << QDate(2026, 12, 31) << QDate(2027, 1, 31);
        QTest::newRow("every 2 months clamps") << "every:2:months" << QDate(2026, 12, 31) << QDate(2027, 2, 28);
        QTest::newRow("yearly") << "yearly" << QDate(2026, 3, 1) << QDate(2027, 3, 1);
        QTest::newRow("yearly 29 Feb") << "yearly" << QDate(2028, 2, 29) << QDate(2029, 2, 28);
    }
    void nextDate()
    {
        QFETCH(QString, rule);
        QFETCH(QDate, from);
        QFETCH(QDate, next);
        auto parsed = Recurrence::parse(rule);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->nextDate(from), next);
    }

    void nextOccurrenceKeepsWallClockAcrossDst()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        // Summer time starts on Sunday 29 March 2026: that day has 23 hours.
        const QDateTime saturday(QDate(2026, 3, 28), QTime(9, 0), berlin);
        const QDateTime next = Recurrence::daily().nextOccurrence(saturday, berlin);
        QCOMPARE(next.toTimeZone(berlin).date(), QDate(2026, 3, 29));
        QCOMPARE(next.toTimeZone(berlin).time(), QTime(9, 0));
        QCOMPARE(saturday.secsTo(next), 23 * 3600);
        QCOMPARE(Storage::toStoredTimestamp(next), QString("2026-03-29T07:00:00.000Z"));
        QVERIFY(!Recurrence().nextOccurrence(saturday, berlin).isValid()); // none: no next
    }

    void anchoredMonthly()
    {
        QCOMPARE(Recurrence::monthly().anchoredTo(QDate(2026, 1, 31)).format(), QString("monthly:31"));
        QCOMPARE(Recurrence::monthly().anchoredTo(QDate(2026, 1, 29)).format(), QString("monthly:29"));
        QCOMPARE(Recurrence::monthly().anchoredTo(QDate(2026, 1, 15)).format(), QString("monthly"));
        QCOMPARE(Recurrence::daily().anchoredTo(QDate(2026, 1, 31)).format(), QString("daily"));
        QCOMPARE(Recurrence::monthly(1, Recurrence::LastDay).anchoredTo(QDate(2026, 1, 31)).format(),
                 QString("monthly:last"));
    }

    void bucketsAtDayBoundaries_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("due");
        QTest::addColumn<TaskBucket>("bucket");
        const QDate jst(2026, 11, 22);
        QTest::newRow("Tokyo last ms of yesterday") << "Asia/Tokyo" << jst << "2026-11-21T14:59:59.999Z" << TaskBucket::Overdue;
        QTest::newRow("Tokyo midnight") << "Asia/Tokyo" << jst << "2026-11-21T15:00:00.000Z" << TaskBucket::Today;
        QTest::newRow("Tokyo last ms of today") << "Asia/Tokyo" << jst << "2026-11-22T14:59:59.999Z" << TaskBucket::Today;
        QTest::newRow("Tokyo next midnight") << "Asia/Tokyo" << jst << "2026-11-22T15:00:00.000Z" << TaskBucket::Upcoming;
        QTest::newRow("Tokyo no date") << "Asia/Tokyo" << jst << "" << TaskBucket::Undated;
        // 1 November 2026 in New York has 25 hours (summer time ends at 2:00).
        const QDate nov1(2026, 11, 1);
        QTest::newRow("NY before midnight EDT") << "America/New_York" << nov1 << "2026-11-01T03:59:59.999Z" << TaskBucket::Overdue;
        QTest::newRow("NY midnight EDT") << "America/New_York" << nov1 << "2026-11-01T04:00:00.000Z" << TaskBucket::Today;
        QTest::newRow("NY 23:30 EST") << "America/New_York" << nov1 << "2026-11-02T04:30:00.000Z" << TaskBucket::Today;
        QTest::newRow("NY midnight EST") << "America/New_York" << nov1 << "2026-11-02T05:00:00.000Z" << TaskBucket::Upcoming;
    }
    void bucketsAtDayBoundaries()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, day);
        QFETCH(QString, due);
        QFETCH(TaskBucket, bucket);
        const TaskDay taskDay {day, QTimeZone(zone.toLatin1())};
        QVERIFY(taskDay.zone.isValid());
        FieldValues values {{"title", "the task"}};
        if (!due.isEmpty())
            values.insert("due_at", due);
        const QString id = addTask(values);
        auto task = TaskQuery::get(*m_db, id);
        QVERIFY(task.ok());
        QCOMPARE(TaskQuery::bucketOf(*task, taskDay), bucket);

        // The query puts it in the same list, and in no other.
        const TaskQuery query(*m_db, QDateTime(day, QTime(12, 0), taskDay.zone), taskDay);
        for (TaskBucket list : {TaskBucket::Overdue, TaskBucket::Today, TaskBucket::Upcoming, TaskBucket::Undated,
                                TaskBucket::Done}) {
            auto page = query.page(list, nullptr, 10);
            QVERIFY(page.ok());
            QCOMPARE(page->size(), list == bucket ? 1 : 0);
            QCOMPARE(*query.count(list, 10), list == bucket ? 1 : 0);
        }
    }

    void listsJoinNamesAndSkipTrash()
    {
        auto contact = m_store->insert(entity(u"contact"), {{"family_name", "山田"}, {"given_name", "太郎"}});
        QVERIFY(contact.ok());
        const QString call = addTask({{"title", "電話する"}, {"due_at", "2026-11-22T01:00:00.000Z"}, {"contact_id", *contact}});
        const QString gone = addTask({{"title", "deleted"}, {"due_at", "2026-11-22T02:00:00.000Z"}});
        QVERIFY(m_store->remove(tasks(), gone).ok());
        addTask({{"title", "done"}, {"due_at", "2026-11-22T03:00:00.000Z"}, {"done_at", "2026-11-22T04:00:00.000Z"}});
        const TaskDay day {QDate(2026, 11, 22), QTimeZone("Asia/Tokyo")};
        const TaskQuery query(*m_db, utc("2026-11-22T05:00:00.000Z"), day);
        auto today = query.page(TaskBucket::Today, nullptr, 10);
        QVERIFY(today.ok());
        QCOMPARE(titles(*today), QStringList {"電話する"});
        QCOMPARE(today->first().contactName, QString("山田 太郎"));
        QCOMPARE(today->first().relatedText(), QString("山田 太郎"));
        QCOMPARE(titles(*query.page(TaskBucket::Done, nullptr, 10)), QStringList {"done"});

        // A contact in the Trash takes its tasks out of the lists.
        QVERIFY(m_store->remove(entity(u"contact"), *contact).ok());
        QCOMPARE(query.page(TaskBucket::Today, nullptr, 10)->size(), 0);
        QVERIFY(m_store->restore(entity(u"contact"), *contact).ok());
        QCOMPARE(query.page(TaskBucket::Today, nullptr, 10)->first().id, call);
    }

    void keysetPages()
    {
        // 250 overdue tasks, several sharing a due time: pages of 100 meet every one exactly once,
        // most recently due first.
        Storage::Transaction transaction(*m_db);
        for (int i = 0; i < 250; ++i)
            addTask({{"title", QString("t%1").arg(i)},
                     {"due_at", Storage::toStoredTimestamp(utc("2026-10-01T00:00:00.000Z").addSecs((i / 3) * 3600))}});
        QVERIFY(transaction.commit().ok());
        const TaskDay day {QDate(2026, 11, 22), QTimeZone("Asia/Tokyo")};
        const TaskQuery query(*m_db, utc("2026-11-22T05:00:00.000Z"), day);
        QList<Task> all;
        const Task *after = nullptr;
        Task last;
        int pages = 0;
        for (;;) {
            auto page = query.page(TaskBucket::Overdue, after, 100);
            QVERIFY(page.ok());
            all += *page;
            ++pages;
            if (page->size() < 100)
                break;
            last = page->constLast();
            after = &last;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(all.size(), 250);
        QSet<QString> ids;
        for (int i = 0; i < all.size(); ++i) {
            ids.insert(all.at(i).id);
            if (i > 0) {
                const Task &a = all.at(i - 1);
                const Task &b = all.at(i);
                QVERIFY(a.dueAt > b.dueAt || (a.dueAt == b.dueAt && a.id > b.id));
            }
        }
        QCOMPARE(ids.size(), 250);
        QCOMPARE(*query.count(TaskBucket::Overdue, 100), 100); // capped
        QCOMPARE(*query.count(TaskBucket::Overdue, 1000), 250);
    }

    void completingRepeatingTask_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("due");    // local Tokyo time
        QTest::addColumn<QString>("remind"); // local, or empty
        QTest::addColumn<QString>("now");    // local
        QTest::addColumn<QString>("nextDue");
        QTest::addColumn<QString>("nextRemind");
        QTest::newRow("daily on time") << "daily" << "2026-11-22 09:00" << "" << "2026-11-22 08:30"
                                       << "2026-11-23 09:00" << "";
        QTest::newRow("daily three days late comes back tomorrow")
            << "daily" << "2026-11-19 09:00" << "" << "2026-11-22 10:00" << "2026-11-23 09:00" << "";
        QTest::newRow("daily late but before today's time")
            << "daily" << "2026-11-19 09:00" << "" << "2026-11-22 08:00" << "2026-11-22 09:00" << "";
        QTest::newRow("reminder keeps its distance")
            << "weekly" << "2026-11-22 15:00" << "2026-11-22 14:30" << "2026-11-22 14:40"
            << "2026-11-29 15:00" << "2026-11-29 14:30";
        QTest::newRow("month end") << "monthly:31" << "2026-01-31 18:00" << "" << "2026-01-31 19:00"
                                   << "2026-02-28 18:00" << "";
        QTest::newRow("leap year") << "monthly:last" << "2028-01-31 18:00" << "" << "2028-01-31 19:00"
                                   << "2028-02-29 18:00" << "";
    }
    void completingRepeatingTask()
    {
        QFETCH(QString, rule);
        QFETCH(QString, due);
        QFETCH(QString, remind);
        QFETCH(QString, now);
        QFETCH(QString, nextDue);
        QFETCH(QString, nextRemind);
        const QTimeZone tokyo("Asia/Tokyo");
        const auto local = [&](const QString &text) {
            QDateTime time = QDateTime::fromString(text, "yyyy-MM-dd HH:mm");
            time.setTimeZone(tokyo);
            return time;
        };
        Task task;
        task.id = "t";
        task.title = "週報を送る";
        task.notes = "メモ";
        task.dueAt = Storage::toStoredTimestamp(local(due));
        if (!remind.isEmpty())
            task.remindAt = Storage::toStoredTimestamp(local(remind));
        task.recurrence = rule;
        task.contactId = "c1";
        task.dealId = "d1";
        auto completion = TaskActions::complete(task, local(now), tokyo);
        QVERIFY(completion.ok());
        QCOMPARE(completion->changes.value("done_at").toString(), Storage::toStoredTimestamp(local(now)));
        QVERIFY(completion->changes.contains("recurrence"));
        QVERIFY(completion->changes.value("recurrence").isNull()); // the rule moves on
        QVERIFY(completion->hasNext());
        const FieldValues &next = completion->next;
        QCOMPARE(next.value("due_at").toString(), Storage::toStoredTimestamp(local(nextDue)));
        QCOMPARE(next.value("remind_at").toString(),
                 nextRemind.isEmpty() ? QString() : Storage::toStoredTimestamp(local(nextRemind)));
        QCOMPARE(next.value("recurrence").toString(), rule);
        QCOMPARE(next.value("title").toString(), task.title);
        QCOMPARE(next.value("notes").toString(), task.notes);
        QCOMPARE(next.value("contact_id").toString(), QString("c1"));
        QCOMPARE(next.value("deal_id").toString(), QString("d1"));
        QCOMPARE(next.value("origin").toString(), QString("recurrence"));
    }

    void completingOneOffTaskOnlySetsDone()
    {
        Task task;
        task.title = "once";
        task.dueAt = "2026-11-22T00:00:00.000Z";
        auto completion = TaskActions::complete(task, utc("2026-11-22T01:00:00.000Z"));
        QVERIFY(completion.ok());
        QVERIFY(!completion->hasNext());
        QCOMPARE(completion->changes.keys(), QStringList {"done_at"});
        task.recurrence = "sometimes";
        QVERIFY(!TaskActions::complete(task, utc("2026-11-22T01:00:00.000Z")).ok());
    }

    void remindersAndCheckpoint()
    {
        const QString byDue = addTask({{"title", "by due"}, {"due_at", "2026-11-22T01:00:00.000Z"}});
        const QString byRemind = addTask({{"title", "by remind"}, {"due_at", "2026-11-25T01:00:00.000Z"},
                                          {"remind_at", "2026-11-22T01:30:00.000Z"}});
        // Due in the window but reminded later: not yet.
        addTask({{"title", "reminded later"}, {"due_at", "2026-11-22T01:10:00.000Z"},
                 {"remind_at", "2026-11-22T05:00:00.000Z"}});
        addTask({{"title", "done"}, {"due_at", "2026-11-22T01:00:00.000Z"}, {"done_at", "2026-11-22T00:59:00.000Z"}});
        const QString trashed = addTask({{"title", "trashed"}, {"due_at", "2026-11-22T01:00:00.000Z"}});
        QVERIFY(m_store->remove(tasks(), trashed).ok());

        auto due = TaskReminders::due(*m_db, utc("2026-11-22T00:00:00.000Z"), utc("2026-11-22T02:00:00.000Z"), 10);
        QVERIFY(due.ok());
        QCOMPARE(titles(*due), (QStringList {"by due", "by remind"}));
        QCOMPARE(due->at(0).id, byDue);
        QCOMPARE(due->at(1).id, byRemind);
        // The window is half-open: (since, now].
        QCOMPARE(TaskReminders::due(*m_db, utc("2026-11-22T01:00:00.000Z"), utc("2026-11-22T01:30:00.000Z"), 10)->size(), 1);

        QVERIFY(!TaskReminders::checkpoint(*m_db)->isValid());
        QVERIFY(TaskReminders::setCheckpoint(*m_db, utc("2026-11-22T02:00:00.000Z")).ok());
        QVERIFY(TaskReminders::setCheckpoint(*m_db, utc("2026-11-22T02:00:30.000Z")).ok());
        QCOMPARE(*TaskReminders::checkpoint(*m_db), utc("2026-11-22T02:00:30.000Z"));
    }

    void snoozeMovesTheReminder()
    {
        const QDateTime now = utc("2026-11-22T01:00:00.000Z");
        QCOMPARE(TaskActions::snooze(now, 10).value("remind_at").toString(), QString("2026-11-22T01:10:00.000Z"));
        QCOMPARE(TaskActions::snooze(now, 60).value("remind_at").toString(), QString("2026-11-22T02:00:00.000Z"));
        const QTimeZone tokyo("Asia/Tokyo");
        // 23:30 in Tokyo on the 22nd: tomorrow 9:00 is the 23rd, 00:00 UTC.
        QCOMPARE(TaskActions::tomorrowAt(utc("2026-11-22T14:30:00.000Z"), QTime(9, 0), tokyo),
                 utc("2026-11-23T00:00:00.000Z"));

        // Through the edit session: the reminder leaves the window it was due in and comes back later.
        Ui::EditSession session(*m_db);
        const QString id = addTask({{"title", "call back"}, {"due_at", "2026-11-22T00:55:00.000Z"}});
        Ui::TaskCommands commands(session, [now] { return now; });
        QVERIFY(commands.snooze(id, 10).ok());
        QCOMPARE(m_store->get(tasks(), id)->value("remind_at").toString(), QString("2026-11-22T01:10:00.000Z"));
        QCOMPARE(TaskReminders::due(*m_db, now.addSecs(-600), now, 10)->size(), 0);
        QCOMPARE(TaskReminders::due(*m_db, now, now.addSecs(660), 10)->size(), 1);
        session.undoStack()->undo();
        QVERIFY(m_store->get(tasks(), id)->value("remind_at").isNull());
    }

    void undoOfCompleteRestoresExactly()
    {
        auto contact = m_store->insert(entity(u"contact"), {{"family_name", "佐藤"}});
        QVERIFY(contact.ok());
        const QString id = addTask({{"title", "日報"}, {"notes", "毎朝"}, {"due_at", "2026-11-22T00:00:00.000Z"},
                                    {"remind_at", "2026-11-21T23:45:00.000Z"}, {"recurrence", "daily"},
                                    {"contact_id", *contact}});
        const Record before = *m_store->get(tasks(), id);
        Ui::EditSession session(*m_db);
        const QDateTime now = utc("2026-11-22T00:10:00.000Z");
        Ui::TaskCommands commands(session, [now] { return now; });

        QVERIFY(commands.complete(id).ok());
        QCOMPARE(session.undoStack()->count(), 1); // one undo step for both rows
        QCOMPARE(taskCount(), 2);
        const Record done = *m_store->get(tasks(), id);
        QCOMPARE(done.value("done_at").toString(), QString("2026-11-22T00:10:00.000Z"));
        QVERIFY(done.value("recurrence").isNull());
        const QString nextId = *m_db->queryText("SELECT id FROM tasks WHERE done_at IS NULL");
        const Record next = *m_store->get(tasks(), nextId);
        // Same local time the next day (the system zone, whatever it is on this machine).
        const QDateTime expectedDue = Recurrence::daily().nextOccurrence(utc("2026-11-22T00:00:00.000Z"));
        QCOMPARE(next.value("due_at").toString(), Storage::toStoredTimestamp(expectedDue));
        QCOMPARE(next.value("remind_at").toString(), Storage::toStoredTimestamp(expectedDue.addSecs(-15 * 60)));
        QCOMPARE(next.value("recurrence").toString(), QString("daily"));
        QCOMPARE(next.value("contact_id").toString(), *contact);
        QCOMPARE(next.value("notes").toString(), QString("毎朝"));

        session.undoStack()->undo();
        QCOMPARE(taskCount(), 1); // the next occurrence is gone for good, not in the Trash
        const Record after = *m_store->get(tasks(), id);
        QCOMPARE(after.values, before.values);
        QVERIFY(!after.isDeleted());

        session.undoStack()->redo(); // the same next task comes back
        QCOMPARE(taskCount(), 2);
        QCOMPARE(*m_db->queryText("SELECT id FROM tasks WHERE done_at IS NULL"), nextId);
        QVERIFY(!m_store->get(tasks(), id)->value("done_at").isNull());

        // Completing a done task again changes nothing and adds no undo step.
        QVERIFY(commands.complete(id).ok());
        QCOMPARE(session.undoStack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Tasks)
#include "tst_tasks.moc"
