// SPDX-License-Identifier: GPL-3.0-or-later
// The change log's two ways of storing an insert — one row per record with a JSON object of its
// fields (written now) and one row per field (files written before) — read back as the same
// per-field entries by ChangeLog::history, recordHistory and fieldRowsSql.
#include "core/model/changelog.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/model/tagassignments.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "tests/testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Model;

namespace {

// "op field old→new" of each entry, in order.
QStringList lines(const QList<ChangeEntry> &entries)
{
    QStringList out;
    for (const ChangeEntry &e : entries)
        out << changeOpName(e.op) + ' ' + e.field + ' ' + e.oldValue.toString() + "→" + e.newValue.toString();
    return out;
}

} // namespace

class tst_ChangeLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    ChangeContext m_context{QStringLiteral("tester"), QStringLiteral("node-1")};

    qint64 count(const QString &sql) { return m_db->queryInt(sql).value(); }
    // An insert as files from before the one-row format have it: one row per field.
    void writeOldInsert(const QString &entity, const QString &id, const QList<std::pair<QString, QVariant>> &fields)
    {
        ChangeLog log(*m_db);
        for (const auto &[field, value] : fields)
            QVERIFY(log.append(m_context, {0, entity, id, ChangeOp::Insert, field, {}, value, "2025-01-01T00:00:00.000Z", {}, {}}).ok());
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        m_db = Testing::freshDatabase(m_dir);
        QVERIFY(m_db);
    }

    // RecordStore writes one row; history shows one entry per non-empty field, in field-name
    // order, with the stored types, then the later changes.
    void insertIsOneRowReadAsFields()
    {
        RecordStore store(*m_db, m_context);
        auto id = store.insert(entity(u"contact"), {{"family_name", "山田"}, {"email", "taro@example.jp"},
                                                    {"loyalty_points", 12}, {"notes", QVariant()}});
        QVERIFY(id.ok());
        QCOMPARE(count("SELECT count(*) FROM change_log"), 1);
        QCOMPARE(m_db->queryText("SELECT ifnull(field, '-') || ' ' || ifnull(old_value, '-') FROM change_log").value(), "- -");
        QVERIFY(store.update(entity(u"contact"), *id, {{"email", "t@example.jp"}}).ok());
        QVERIFY(store.remove(entity(u"contact"), *id).ok());

        const auto history = ChangeLog(*m_db).history("contact", *id);
        QVERIFY(history.ok());
        QCOMPARE(lines(*history), QStringList({"insert email →taro@example.jp", "insert family_name →山田",
                                               "insert loyalty_points →12", "update email taro@example.jp→t@example.jp",
                                               "delete deleted_at →" + history->constLast().newValue.toString()}));
        QCOMPARE(history->at(2).newValue.typeId(), QMetaType::LongLong);
        QCOMPARE(history->at(0).seq, history->at(2).seq); // one row
        QCOMPARE(history->at(0).author, "tester");
        QCOMPARE(history->at(0).node, "node-1");
        QCOMPARE(history->at(0).entity, "contact");
        QCOMPARE(history->at(0).recordId, *id);
    }

    // Old per-field inserts and new one-row inserts side by side, in one file.
    void bothFormatsRead_data()
    {
        QTest::addColumn<bool>("oldFormat");
        QTest::newRow("per-field rows (older files)") << true;
        QTest::newRow("one row per record") << false;
    }
    void bothFormatsRead()
    {
        QFETCH(bool, oldFormat);
        const QString id = "00000000-0000-4000-8000-000000000001";
        if (oldFormat) {
            writeOldInsert("company", id, {{"industry", "小売"}, {"name", "㈱山田商事"}, {"size", 15}});
        } else {
            QVERIFY(ChangeLog(*m_db).appendInsert(m_context, "company", id,
                                                  {{"name", "㈱山田商事"}, {"size", 15}, {"industry", "小売"}, {"phone", QVariant()}},
                                                  "2025-01-01T00:00:00.000Z")
                        .ok());
        }
        const auto history = ChangeLog(*m_db).history("company", id);
        QVERIFY(history.ok());
        QCOMPARE(lines(*history), QStringList({"insert industry →小売", "insert name →㈱山田商事", "insert size →15"}));
        QCOMPARE(history->at(2).newValue.typeId(), QMetaType::LongLong);
        QCOMPARE(count("SELECT count(*) FROM (" + ChangeLog::fieldRowsSql("l.record_id = '" + id + "'") + ") WHERE field = 'name' "
                       "AND new_value = '㈱山田商事' AND old_value IS NULL"),
                 1);
    }

    // Reals keep their type (an order total of 100.0 is not the integer 100); text that looks
    // like JSON stays text.
    void valuesKeepTheirType()
    {
        const QString id = "00000000-0000-4000-8000-000000000002";
        QVERIFY(ChangeLog(*m_db).appendInsert(m_context, "order", id, {{"total", 100.0}, {"order_number", "{\"a\":1}"}, {"x", 20.5}},
                                              "2025-01-01T00:00:00.000Z")
                    .ok());
        const auto history = ChangeLog(*m_db).history("order", id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).field, "order_number");
        QCOMPARE(history->at(0).newValue.toString(), "{\"a\":1}");
        QCOMPARE(history->at(1).newValue.typeId(), QMetaType::Double);
        QCOMPARE(history->at(1).newValue.toDouble(), 100.0);
        QCOMPARE(history->at(2).newValue.toDouble(), 20.5);
    }

    // A record inserted without any value is logged (one row) but stands for no entry; a
    // malformed object reads as no entry rather than failing the whole history.
    void emptyAndMalformedInserts()
    {
        const QString id = "00000000-0000-4000-8000-000000000003";
        QVERIFY(ChangeLog(*m_db).appendInsert(m_context, "tag", id, {{"name", QVariant()}}, "2025-01-01T00:00:00.000Z").ok());
        QVERIFY(m_db->exec("INSERT INTO change_log(entity, record_id, op, field, new_value, changed_at, node) "
                           "VALUES ('tag', '" + id + "', 'insert', NULL, '{not json', '2025', 'n')").ok());
        QVERIFY(ChangeLog(*m_db).append(m_context, {0, "tag", id, ChangeOp::Update, "name", "a", "b", "2025", {}, {}}).ok());
        QCOMPARE(count("SELECT count(*) FROM change_log"), 3);
        const auto history = ChangeLog(*m_db).history("tag", id);
        QVERIFY(history.ok());
        QCOMPARE(lines(*history), QStringList({"update name a→b"}));
    }

    // The History tab's reader: the record's own inserts, its tag links' and custom field
    // values' inserts — each written by RecordStore as one row — expand like before.
    void recordHistoryExpandsLinksAndValues()
    {
        RecordStore store(*m_db, m_context);
        auto contact = store.insert(entity(u"contact"), {{"family_name", "山田"}});
        QVERIFY(contact.ok());
        auto tag = TagAssignments::createTag(store, "VIP");
        QVERIFY(tag.ok());
        QVERIFY(TagAssignments::add(store, "contact", *contact, *tag).ok());
        // An older file's tag link, per field.
        auto tag2 = TagAssignments::createTag(store, "旧");
        QVERIFY(tag2.ok());
        const QString oldLink = "00000000-0000-4000-8000-000000000009";
        QVERIFY(m_db->exec("INSERT INTO contact_tags(id, contact_id, tag_id, created_at, updated_at) VALUES ('" + oldLink + "', '"
                           + *contact + "', '" + *tag2 + "', '2025', '2025')")
                    .ok());
        writeOldInsert("contact_tag", oldLink, {{"contact_id", *contact}, {"tag_id", *tag2}});

        const auto history = ChangeLog(*m_db).recordHistory("contact", *contact);
        QVERIFY(history.ok());
        QStringList got;
        for (const RecordChange &change : *history)
            got << change.entry.entity + ' ' + change.entry.field + ' ' + change.entry.newValue.toString() + ' ' + change.subject;
        QCOMPARE(got, QStringList({"contact family_name 山田 ", "contact_tag tag_id " + *tag + ' ' + *tag,
                                   "contact_tag tag_id " + *tag2 + ' ' + *tag2}));
    }
};

QTEST_GUILESS_MAIN(tst_ChangeLog)
#include "tst_changelog.moc"
