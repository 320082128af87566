// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate detection (keys, scores, reasons) and merging two contacts with exact undo.
#include "core/dedupe/contactmerger.h"
#include "core/dedupe/duplicatefinder.h"
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
