// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate detection (keys, scores, reasons) and merging two contacts with exact undo.
#include "core/dedupe/contactmerger.h"
#include "core/dedupe/duplicatefinder.h"
#include "core/dedupe/newcontactpairs.h"
#include "core/dedupe/runsorter.h"
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/model/timelinequery.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Dedupe;
using Model::FieldValues;

class TestDuplicates final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Model::RecordStore> m_store;

    QString add(const char *entity, const FieldValues &values)
    {
        auto id = m_store->insert(Model::entity(QString::fromLatin1(entity)), values);
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    qint64 count(const QString &sql)
    {
        auto value = m_db->queryInt(sql);
        return value.ok() ? qint64(*value) : -1;
    }
    QStringList timeline(const QString &contact)
    {
        auto page = Model::TimelineQuery::page(*m_db, {Model::TimelineScope::Kind::Contact, contact}, {}, nullptr, 100);
        if (!page.ok())
            qFatal("%s", qPrintable(page.error().message));
        QStringList entries;
        for (const Model::TimelineEntry &e : *page)
            entries << e.source + "|" + e.id + "|" + e.title;
        return entries;
    }
    const DuplicatePair *pairOf(const QList<DuplicatePair> &pairs, const QString &a, const QString &b)
    {
        for (const DuplicatePair &p : pairs) {
            if ((p.firstId == a && p.secondId == b) || (p.firstId == b && p.secondId == a))
                return &p;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QString("d%1.kizuna").arg(++n)));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        auto context = Model::changeContextFor(*m_db, "test");
        QVERIFY(context.ok());
        m_store = std::make_unique<Model::RecordStore>(*m_db, *context);
    }

    void findsPairsByEachKey()
    {
        const QString kizuna = add("company", {{"name", "絆商事"}});
        const QString other = add("company", {{"name", "Other"}});
        const QString a = add("contact", {{"family_name", "山田"}, {"given_name", "太郎"}, {"email", "Taro@Example.jp"}});
        const QString b = add("contact", {{"family_name", "Yamada"}, {"email", "ｔａｒｏ＠example.jp"}});
        const QString c = add("contact", {{"family_name", "佐藤"}, {"phone", "+81 90-1234-5678"}});
        const QString d = add("contact", {{"family_name", "Sato"}, {"mobile", "090 1234 5678"}});
        const QString e = add("contact", {{"family_name", "鈴木"}, {"family_name_reading", "ｽｽﾞｷ"}, {"given_name_reading", "ｼﾞﾛｳ"}, {"company_id", kizuna}});
        const QString f = add("contact", {{"family_name", "鈴木"}, {"family_name_reading", "すずき"}, {"given_name_reading", "じろう"}, {"company_id", kizuna}});
        const QString g = add("contact", {{"family_name", "鈴木"}, {"family_name_reading", "すずき"}, {"given_name_reading", "じろう"}, {"company_id", other}});
        const QString h = add("contact", {{"family_name", "Nobody"}, {"email", "nobody@example.com"}});
        auto result = DuplicateFinder::find(*m_db, {0, 0, 50});
        QVERIFY(result.ok());
        QCOMPARE(result->contacts, 8);

        const DuplicatePair *email = pairOf(result->pairs, a, b);
        QVERIFY(email);
        QCOMPARE(email->reasons, QStringList{"same email"});
        QCOMPARE(email->score, 90);
        QCOMPARE(email->firstId, a); // the older one first
        const DuplicatePair *phone = pairOf(result->pairs, c, d);
        QVERIFY(phone);
        QCOMPARE(phone->reasons, QStringList{"same phone"});
        QCOMPARE(phone->score, 70);
        const DuplicatePair *company = pairOf(result->pairs, e, f);
        QVERIFY(company);
        QCOMPARE(company->reasons, (QStringList{"same name and company", "same reading and company", "same name", "same reading"}));
        QVERIFY(company->score >= 95);
        const DuplicatePair *readingOnly = pairOf(result->pairs, f, g);
        QVERIFY(readingOnly);
        QCOMPARE(readingOnly->reasons, (QStringList{"same name", "same reading"}));
        QCOMPARE(readingOnly->score, 70);
        QVERIFY(!pairOf(result->pairs, a, h));
        for (qsizetype i = 1; i < result->pairs.size(); ++i)
            QVERIFY(result->pairs.at(i - 1).score >= result->pairs.at(i).score);

        auto strong = DuplicateFinder::find(*m_db, {80, 0, 50});
        QVERIFY(strong.ok());
        QVERIFY(pairOf(strong->pairs, a, b));
        QVERIFY(!pairOf(strong->pairs, c, d));
        QVERIFY(!pairOf(strong->pairs, f, g));
        auto limited = DuplicateFinder::find(*m_db, {0, 1, 50});
        QCOMPARE(limited->pairs.size(), 1);
    }

    void commonKeysAreLeftOut()
    {
        for (int i = 0; i < 6; ++i)
            add("contact", {{"family_name", QString("P%1").arg(i)}, {"phone", "03-0000-0000"}});
        auto result = DuplicateFinder::find(*m_db, {0, 0, 5});
        QVERIFY(result.ok());
        QCOMPARE(result->pairs.size(), 0);
        QCOMPARE(result->commonKeysSkipped, 1);
        auto all = DuplicateFinder::find(*m_db, {0, 0, 50});
        QCOMPARE(all->pairs.size(), 15);
    }

    // A mixed population: emails, phones and names drawn from small pools (with case, width
    // and format variants), readings, companies, further emails and phones as contact points
    // (some repeating the contact's own email), contacts in the Trash, and one number shared by
    // more contacts than a block may hold.
    void addMixedContacts(int n)
    {
        const QStringList family{"山田", "佐藤", "鈴木", "Tanaka", "高橋", "伊藤", "渡辺", "中村"};
        const QStringList given{"太郎", "花子", "一郎", "Ken", "美咲", ""};
        const QStringList reading{"ヤマダ", "ｻﾄｳ", "すずき", "タナカ", "", ""};
        const QStringList givenReading{"タロウ", "ﾊﾅｺ", "けん", "ミサキ", ""};
        QStringList companies{QString()};
        for (int i = 0; i < 4; ++i)
            companies << add("company", {{"name", QString("Company %1").arg(i)}});
        quint32 seed = 12345;
        const auto next = [&seed](quint32 bound) {
            seed = seed * 1103515245u + 12345u;
            return (seed >> 16) % bound;
        };
        for (int i = 0; i < n; ++i) {
            FieldValues values{{"family_name", family.at(int(next(family.size())))},
                               {"given_name", given.at(int(next(given.size())))},
                               {"family_name_reading", reading.at(int(next(reading.size())))},
                               {"given_name_reading", givenReading.at(int(next(givenReading.size())))},
                               {"company_id", companies.at(int(next(companies.size())))}};
            const quint32 mail = next(n);
            if (next(3) > 0)
                values["email"] = next(2) ? QString("user%1@example.jp").arg(mail) : QString("USER%1@Example.JP").arg(mail);
            if (next(3) == 0)
                values["phone"] = QString("03-%1-%2").arg(1000 + next(40)).arg(2000 + next(5));
            if (next(5) == 0)
                values["mobile"] = i % 40 == 0 ? QString("0120-000-000") : QString("+81 90 %1 0000").arg(1000 + next(30));
            const QString id = add("contact", values);
            if (next(6) == 0)
                add("contact_point", {{"contact_id", id}, {"kind", "email"},
                                      {"value", next(2) ? values.value("email").toString() + "x"
                                                        : QString("user%1@example.jp").arg(next(n))}});
            if (next(8) == 0)
                add("contact_point", {{"contact_id", id}, {"kind", "phone"}, {"value", QString("03-%1-2000").arg(1000 + next(40))}});
            if (next(12) == 0)
                QVERIFY(m_store->remove(Model::entity(u"contact"), id).ok());
        }
        for (int i = 0; i < 55; ++i) // a switchboard: too common to tell people apart
            add("contact", {{"family_name", QString("Staff%1").arg(i)}, {"phone", "06-1234-5678"}});
    }

    // The bounded count after an import gives the same number as find() for every starting
    // rowid and every option that changes the pairs.
    void boundedCountMatchesFind_data()
    {
        QTest::addColumn<int>("minScore");
        QTest::addColumn<int>("maxBlock");
        QTest::newRow("defaults") << 50 << 50;
        QTest::newRow("every pair") << 0 << 50;
        QTest::newRow("strong only") << 80 << 50;
        QTest::newRow("small blocks") << 50 << 6;
    }
    void boundedCountMatchesFind()
    {
        QFETCH(int, minScore);
        QFETCH(int, maxBlock);
        addMixedContacts(700);
        const qint64 newest = DuplicateFinder::newestContactRowid(*m_db).value();
        QVERIFY(newest > 700);
        qint64 total = 0;
        for (const qint64 above : {qint64(-1), qint64(0), newest / 3, newest / 2, newest - 60, newest - 1, newest}) {
            DuplicateOptions options{minScore, 0, maxBlock, above};
            auto old = DuplicateFinder::find(*m_db, options);
            QVERIFY(old.ok());
            auto bounded = NewContactPairs::count(*m_db, options);
            QVERIFY2(bounded.ok(), bounded.ok() ? "" : qPrintable(bounded.error().message));
            QVERIFY2(*bounded == old->pairsFound, qPrintable(QString("rowid > %1: %2 pairs, find() %3")
                                                                  .arg(above).arg(*bounded).arg(old->pairsFound)));
            total += *bounded;
        }
        QVERIFY(total > 0); // the fixture has pairs to count
        if (minScore == 0) // pairs that share only a reading (40) count too
            QVERIFY(NewContactPairs::count(*m_db, {0, 0, maxBlock, -1}).value()
                    > NewContactPairs::count(*m_db, {50, 0, maxBlock, -1}).value());
    }

    void boundedCountOfTheDefaultOptions()
    {
        // The count after an import: pairs with a contact newer than the rowid.
        const QString a = add("contact", {{"family_name", "山田"}, {"email", "taro@example.jp"}});
        const qint64 before = DuplicateFinder::newestContactRowid(*m_db).value();
        QCOMPARE(DuplicateFinder::countPairsInvolvingRowidAbove(*m_db, before).value(), 0);
        add("contact", {{"family_name", "Yamada"}, {"family_name_reading", "ヤマダ"}, {"email", "TARO@example.jp"}}); // same email
        add("contact", {{"family_name", "佐藤"}, {"family_name_reading", "ヤマダ"}}); // same reading only: 40 < 50
        const QString c = add("contact", {{"family_name", "鈴木"}, {"phone", "03-1111-2222"}});
        add("contact_point", {{"contact_id", a}, {"kind", "phone"}, {"value", "0311112222"}}); // a's point: same phone
        QCOMPARE(DuplicateFinder::countPairsInvolvingRowidAbove(*m_db, before).value(), 2);
        QVERIFY(m_store->remove(Model::entity(u"contact"), c).ok()); // the Trash is left out
        QCOMPARE(DuplicateFinder::countPairsInvolvingRowidAbove(*m_db, before).value(), 1);
        QCOMPARE(DuplicateFinder::countPairsInvolvingRowidAbove(*m_db, DuplicateFinder::newestContactRowid(*m_db).value()).value(), 0);

        std::atomic<bool> cancel{true};
        addMixedContacts(300); // enough rows for the cancel to be seen
        auto cancelled = DuplicateFinder::countPairsInvolvingRowidAbove(*m_db, before, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QVERIFY(!m_db->inTransaction());
    }

    // The sorter behind the bounded count: runs written to a file and merged give the order a
    // sort in memory gives, with the values along.
    void runSorterMergesRuns_data()
    {
        QTest::addColumn<int>("buffer");
        QTest::addColumn<int>("records");
        QTest::newRow("in memory") << 1000 << 500;
        QTest::newRow("several runs") << 7 << 500;
        QTest::newRow("runs of two") << 2 << 101;
        QTest::newRow("exact runs") << 10 << 100;
        QTest::newRow("nothing") << 10 << 0;
    }
    void runSorterMergesRuns()
    {
        QFETCH(int, buffer);
        QFETCH(int, records);
        RunSorter sorter(buffer);
        QList<SortRecord> expected;
        quint32 seed = 7;
        for (int i = 0; i < records; ++i) {
            seed = seed * 1103515245u + 12345u;
            const SortRecord r{(quint64((seed >> 16) % 37) << 56) | (seed % 11), qint64(i % 13), qint64(i)};
            QVERIFY(sorter.add(r).ok());
            expected.append(r);
        }
        std::stable_sort(expected.begin(), expected.end(), [](const SortRecord &a, const SortRecord &b) {
            return std::tie(a.key, a.order) < std::tie(b.key, b.order);
        });
        QVERIFY(sorter.finish().ok());
        QCOMPARE(sorter.runs(), buffer >= records ? 0 : (records + buffer - 1) / buffer);
        QList<SortRecord> got;
        SortRecord r;
        while (sorter.next(r).value())
            got.append(r);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).key, expected.at(i).key);
            QCOMPARE(got.at(i).order, expected.at(i).order);
        }
        // Records with equal (key, order) may come in any order: the values as a whole.
        QList<qint64> values, expectedValues;
        for (qsizetype i = 0; i < got.size(); ++i) {
            values << got.at(i).value;
            expectedValues << expected.at(i).value;
        }
        std::sort(values.begin(), values.end());
        std::sort(expectedValues.begin(), expectedValues.end());
        QCOMPARE(values, expectedValues);
    }

    void mergeThenUndoRestoresBoth()
    {
        const QString a = add("contact", {{"family_name", "山田"}, {"given_name", "太郎"}, {"email", "taro@example.jp"}});
        const QString b = add("contact", {{"family_name", "山田"}, {"given_name", "太郎"}, {"phone", "03-1111-2222"}, {"title", "部長"}});
        const QString vip = add("tag", {{"name", "VIP"}}), event = add("tag", {{"name", "展示会"}});
        add("contact_tag", {{"contact_id", a}, {"tag_id", vip}});
        const QString bVip = add("contact_tag", {{"contact_id", b}, {"tag_id", vip}});
        add("contact_tag", {{"contact_id", b}, {"tag_id", event}});
        add("activity", {{"contact_id", a}, {"type", "call"}, {"subject", "A call"}, {"occurred_at", "2026-01-01T10:00:00.000Z"}});
        add("activity", {{"contact_id", b}, {"type", "meeting"}, {"subject", "B meeting"}, {"occurred_at", "2026-02-01T10:00:00.000Z"}});
        add("order", {{"contact_id", b}, {"ordered_at", "2026-03-01T10:00:00.000Z"}, {"total", 5000}});
        add("task", {{"contact_id", b}, {"title", "B follow-up"}});
        add("contact_point", {{"contact_id", b}, {"kind", "email"}, {"value", "taro.b@example.jp"}});
        const QString campaign = add("campaign", {{"name", "Spring"}, {"channel", "newsletter"}});
        add("campaign_member", {{"campaign_id", campaign}, {"contact_id", a}});
        add("campaign_member", {{"campaign_id", campaign}, {"contact_id", b}});
        add("survey_answer", {{"contact_id", b}, {"score", 9}, {"answered_at", "2026-03-02T10:00:00.000Z"}});
        const QStringList timelineA = timeline(a), timelineB = timeline(b);
        QCOMPARE(timelineB.size(), 4); // meeting, order, task, campaign
        const qint64 logBefore = count("SELECT count(*) FROM change_log");

        auto kept = m_store->get(Model::entity(u"contact"), a);
        auto merged = m_store->get(Model::entity(u"contact"), b);
        FieldValues choices = ContactMerger::suggestedChoices(*kept, *merged);
        QCOMPARE(choices.keys(), (QStringList{"phone", "title"}));
        ContactMerger merger(*m_store);
        auto record = merger.merge(a, b, choices);
        QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().message));

        QCOMPARE(count(QString("SELECT count(*) FROM contacts WHERE id = '%1' AND deleted_at IS NOT NULL").arg(b)), 1);
        QCOMPARE(m_db->queryText(QString("SELECT phone || ' ' || title FROM contacts WHERE id = '%1'").arg(a)).value(), QString("03-1111-2222 部長"));
        QCOMPARE(timeline(a).size(), timelineA.size() + timelineB.size() - 1); // one campaign touch, not two
        QVERIFY(timeline(b).isEmpty());
        QCOMPARE(count(QString("SELECT count(*) FROM contact_tags WHERE contact_id = '%1' AND deleted_at IS NULL").arg(a)), 2);
        QCOMPARE(count(QString("SELECT count(*) FROM contact_tags WHERE id = '%1' AND deleted_at IS NOT NULL").arg(bVip)), 1);
        QCOMPARE(count(QString("SELECT count(*) FROM campaign_members WHERE contact_id = '%1' AND deleted_at IS NULL").arg(a)), 1);
        QCOMPARE(count(QString("SELECT count(*) FROM survey_answers WHERE contact_id = '%1'").arg(a)), 1);
        QCOMPARE(count(QString("SELECT count(*) FROM contact_points WHERE contact_id = '%1'").arg(a)), 1);
        QCOMPARE(record->moved.size(), 6); // activity, order, task, survey answer, point, tag 展示会
        QCOMPARE(record->removed.size(), 2); // B's VIP tag and campaign membership
        QVERIFY(count("SELECT count(*) FROM change_log") > logBefore);

        QVERIFY(merger.undoMerge(*record).ok());
        QCOMPARE(timeline(a), timelineA);
        QCOMPARE(timeline(b), timelineB);
        QCOMPARE(count(QString("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 2);
        QCOMPARE(m_db->queryText(QString("SELECT coalesce(phone, '-') || ' ' || coalesce(title, '-') FROM contacts WHERE id = '%1'").arg(a)).value(), QString("- -"));
        QCOMPARE(count(QString("SELECT count(*) FROM contact_tags WHERE contact_id = '%1' AND deleted_at IS NULL").arg(b)), 2);
        QCOMPARE(count(QString("SELECT count(*) FROM contact_tags WHERE contact_id = '%1' AND deleted_at IS NULL").arg(a)), 1);
        QCOMPARE(count(QString("SELECT count(*) FROM campaign_members WHERE deleted_at IS NULL")), 2);
        QCOMPARE(count(QString("SELECT count(*) FROM contact_points WHERE contact_id = '%1'").arg(b)), 1);
        QVERIFY(!merger.undoMerge(*record).ok()); // twice is refused
    }

    void mergeRefusesBadInput()
    {
        const QString a = add("contact", {{"family_name", "A"}});
        ContactMerger merger(*m_store);
        QVERIFY(!merger.merge(a, a, {}).ok());
        QCOMPARE(merger.merge(a, "no-such-id", {}).error().kind, ErrorKind::NotFound);
        const QString b = add("contact", {{"family_name", "B"}});
        QVERIFY(!merger.merge(a, b, {{"favourite", "x"}}).ok());
        QCOMPARE(count("SELECT count(*) FROM contacts WHERE deleted_at IS NULL"), 2); // rolled back
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
