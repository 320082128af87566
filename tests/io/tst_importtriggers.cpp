// SPDX-License-Identifier: GPL-3.0-or-later
// A contact import runs the contacts' AFTER INSERT triggers (search index, company counts) and
// the search documents' FTS5 triggers once over the new rows (ContactImportTriggers) instead of
// per row: the result must be what the per-row triggers write, and the triggers must be back.
#include "core/io/contactimporter.h"
#include "core/io/contactimporttriggers.h"
#include "core/model/changelog.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "tests/testdatabase.h"
#include "core/storage/migrations/m0007_list_sort_keys.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Io;

class tst_ImportTriggers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

    qint64 count(const QString &sql) { return m_db->queryInt(sql).value(); }
    QString text(const QString &sql) { return m_db->queryText(sql).value(); }
    QString triggers() { return text("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name)"); }
    // The search documents as (entity, record id, body, short body), in record id order.
    QStringList searchDocs()
    {
        QStringList docs;
        auto select = m_db->prepare("SELECT entity, record_id, body, ifnull(short_body, '-') FROM search_docs ORDER BY record_id");
        (void)select->forEachRow([&] {
            docs << select->columnText(0) + '|' + select->columnText(1) + '|' + select->columnText(2) + '|' + select->columnText(3);
        });
        return docs;
    }
    Result<ContactImportSummary> import(const QByteArray &csv, DuplicatePolicy policy = DuplicatePolicy::Skip,
                                        qint64 rebuildIndexesFrom = ContactImportOptions().rebuildIndexesFrom,
                                        bool cancelWhileWriting = false)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ContactImportOptions options;
        options.onDuplicate = policy;
        options.rebuildIndexesFrom = rebuildIndexesFrom;
        ContactImporter importer(*m_db, {QStringLiteral("tester"), QStringLiteral("node-1")});
        std::atomic<bool> cancel = false;
        if (cancelWhileWriting)
            importer.setWritingCallback([&](qint64) { cancel = true; }); // after the last row was read
        return importer.importCsv(buffer, options, {}, &cancel);
    }
    QString indexes() { return Testing::schemaIndexes(*m_db); }
    static QByteArray bulkCsv(int rows, int offset = 0)
    {
        QByteArray csv = "氏名,フリガナ,メール,電話番号,携帯電話,郵便番号,会社名\n";
        for (int i = offset; i < offset + rows; ++i)
            csv += QStringLiteral("山田 太郎%1,ヤマダ タロウ,bulk%1@example.jp,03-%2,090-%2,530-%3,会社%4\n")
                       .arg(i).arg(10000000 + i).arg(1000 + i % 9000).arg(i % 40).toUtf8();
        return csv;
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        m_db = Testing::freshDatabase(m_dir);
        QVERIFY(m_db);
    }

    void replayStatements_data()
    {
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("insert with WHEN")
            << "CREATE TRIGGER t_ai AFTER INSERT ON t WHEN new.deleted_at IS NULL BEGIN\n"
               "    INSERT INTO docs(id, body) VALUES (new.id, f(coalesce(new.a, '') || char(10)));\nEND"
            << QStringList{"INSERT INTO docs(id, body) SELECT new.id, f(coalesce(new.a, '') || char(10)) FROM \"t\" AS new "
                           "WHERE new.rowid > :after AND (new.deleted_at IS NULL) ORDER BY new.rowid"};
        QTest::newRow("two statements, OR IGNORE, upper-case NEW")
            << "CREATE TRIGGER t_ai AFTER INSERT ON \"t\" FOR EACH ROW BEGIN INSERT OR IGNORE INTO s(k) VALUES (NEW.k); "
               "INSERT INTO u(a, b) VALUES (NEW.a, ')'); END"
            << QStringList{"INSERT OR IGNORE INTO s(k) SELECT NEW.k FROM \"t\" AS new WHERE new.rowid > :after ORDER BY new.rowid",
                           "INSERT INTO u(a, b) SELECT NEW.a, ')' FROM \"t\" AS new WHERE new.rowid > :after ORDER BY new.rowid"};
        QTest::newRow("update trigger") << "CREATE TRIGGER t_au AFTER UPDATE OF a ON t BEGIN INSERT INTO s(k) VALUES (new.k); END"
                                        << QStringList();
        QTest::newRow("before insert") << "CREATE TRIGGER t_bi BEFORE INSERT ON t BEGIN INSERT INTO s(k) VALUES (new.k); END"
                                       << QStringList();
        QTest::newRow("another table") << "CREATE TRIGGER u_ai AFTER INSERT ON u BEGIN INSERT INTO s(k) VALUES (new.k); END"
                                       << QStringList();
        QTest::newRow("a DELETE in the body")
            << "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN INSERT INTO s(k) VALUES (new.k); DELETE FROM s WHERE k = 0; END"
            << QStringList();
        QTest::newRow("two rows of VALUES")
            << "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN INSERT INTO s(k) VALUES (new.k), (new.j); END" << QStringList();
        QTest::newRow("INSERT … SELECT") << "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN INSERT INTO s(k) SELECT new.k; END"
                                         << QStringList();
        QTest::newRow("a semicolon in a literal")
            << "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN INSERT INTO s(k) VALUES ('a;b'); END" << QStringList();
    }
    void replayStatements()
    {
        QFETCH(QString, trigger);
        QFETCH(QStringList, expected);
        QCOMPARE(ContactImportTriggers::replayStatements(trigger, "t"), expected);
    }

    // The schema's own insert triggers on contacts and search_docs are all of the replayable form
    // (otherwise an import would quietly fall back to the slow per-row path).
    void schemaTriggersAreReplayable_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("triggers");
        QTest::newRow("contacts: search index, company counts") << "contacts" << 2;
        QTest::newRow("search_docs: FTS5") << "search_docs" << 1;
    }
    void schemaTriggersAreReplayable()
    {
        QFETCH(QString, table);
        QFETCH(int, triggers);
        auto select = m_db->prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?1 AND sql LIKE '%AFTER INSERT%'");
        select->bind(1, table);
        int found = 0;
        QVERIFY(select->forEachRow([&] {
            ++found;
            const QString sql = select->columnText(0);
            QVERIFY2(!ContactImportTriggers::replayStatements(sql, table).isEmpty(), qPrintable(sql));
        }).ok());
        QCOMPARE(found, triggers);
    }

    // Search documents, FTS5 indexes and company counts after an import are those the per-row
    // triggers write (recomputed here by touching every contact), the triggers are back, and the
    // new contacts are found.
    void importWritesWhatTheTriggersWrite_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("small (indexes kept)") << 50;
        QTest::newRow("large (indexes rebuilt)") << 10500;
    }
    void importWritesWhatTheTriggersWrite()
    {
        QFETCH(int, rows);
        QVERIFY(import("氏名,メール,会社名\n既存 花子,old@example.jp,既存会社\n").ok());
        const QString before = triggers();
        auto summary = import(bulkCsv(rows) + "無所属 次郎,,gone@example.jp,,,,\n");
        QVERIFY(summary.ok());
        QCOMPARE(summary->imported, rows + 1);
        QCOMPARE(triggers(), before);

        QCOMPARE(text("PRAGMA integrity_check"), "ok");
        QVERIFY(m_db->exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')").ok());
        QVERIFY(m_db->exec("INSERT INTO search_short(search_short) VALUES ('integrity-check')").ok());
        QCOMPARE(count("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"bulk7@example\"'"), 1);
        QCOMPARE(count("SELECT count(*) FROM search_short WHERE search_short MATCH '\"山 田\"'"), rows);
        QCOMPARE(count("SELECT count(*) FROM search_docs WHERE entity = 'contact'"), rows + 2);

        QVERIFY(Storage::refreshCompanyContactCounts(*m_db).ok());
        QCOMPARE(count("SELECT count(*) FROM company_contact_counts"), count("SELECT count(*) FROM companies"));
        QCOMPARE(count("SELECT count(*) FROM company_contact_counts n WHERE n.contacts <> (SELECT count(*) FROM "
                       "contacts c WHERE c.company_id = n.company_id AND c.deleted_at IS NULL)"),
                 0);
        QCOMPARE(count("SELECT sum(contacts) FROM company_contact_counts"), rows + 1);

        // What the per-row triggers write: the update trigger indexes each contact again.
        const QStringList imported = searchDocs();
        QVERIFY(m_db->exec("UPDATE contacts SET family_name = family_name").ok());
        QCOMPARE(searchDocs(), imported);
    }

    // A failed import (here: every row names a company that a trigger refuses) leaves the
    // triggers, the search index and the change log as they were.
    void failedImportKeepsTriggers()
    {
        QVERIFY(import("氏名,メール\n既存 花子,old@example.jp\n").ok());
        const QString before = triggers();
        const qint64 docs = count("SELECT count(*) FROM search_docs");
        const qint64 changes = count("SELECT count(*) FROM change_log");
        QVERIFY(m_db->exec("CREATE TRIGGER refuse_bulk AFTER INSERT ON search_docs WHEN new.body LIKE '%bulk10499@%' "
                           "BEGIN SELECT RAISE(ABORT, 'refused'); END")
                    .ok());
        const QString withRefusal = triggers();
        auto summary = import(bulkCsv(10500));
        QVERIFY(!summary.ok());
        QCOMPARE(triggers(), withRefusal);
        QCOMPARE(count("SELECT count(*) FROM search_docs"), docs);
        QCOMPARE(count("SELECT count(*) FROM change_log"), changes);
        QCOMPARE(count("SELECT count(*) FROM contacts"), 1);
        QVERIFY(m_db->exec("DROP TRIGGER refuse_bulk").ok());
        QCOMPARE(triggers(), before);
    }

    // A large import (here from 20 new contacts) drops the contacts' indexes and builds them
    // again in its transaction: afterwards every index is there with the SQL it had — an index
    // added by a later schema step included — whether the import succeeded, failed while the
    // indexes were gone (a trigger refuses a row; a UNIQUE index refuses the rows when it is
    // built again) or was cancelled while writing; and a failed import wrote nothing.
    void largeImportLeavesIndexesAsTheyWere_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::newRow("imported") << "imported";
        QTest::newRow("a row refused during the insert") << "refused";
        QTest::newRow("a unique index refuses the rows") << "unique";
        QTest::newRow("cancelled while writing") << "cancelled";
    }
    void largeImportLeavesIndexesAsTheyWere()
    {
        QFETCH(QString, outcome);
        QVERIFY(import("氏名,メール\n既存 花子,old@example.jp\n").ok());
        // An index a later schema step might add, to be followed from sqlite_schema.
        QVERIFY(m_db->exec("CREATE INDEX contacts_later_step ON contacts(lower(city), id) WHERE deleted_at IS NULL").ok());
        QByteArray csv = bulkCsv(60);
        if (outcome == "refused")
            QVERIFY(m_db->exec("CREATE TEMP TRIGGER refuse_row AFTER INSERT ON main.contacts "
                               "WHEN new.email = 'bulk59@example.jp' BEGIN SELECT RAISE(ABORT, 'refused'); END")
                        .ok());
        if (outcome == "unique") {
            QVERIFY(m_db->exec("CREATE UNIQUE INDEX contacts_unique_postal ON contacts(postal_code)").ok());
            csv += "別人 三郎,ベツジン サブロウ,other@example.jp,06-1,080-1,530-1000,\n"; // bulk0's postal code
        }
        const QString before = indexes();
        const qint64 changes = count("SELECT count(*) FROM change_log");
        const qint64 docs = count("SELECT count(*) FROM search_docs");
        auto summary = import(csv, DuplicatePolicy::Skip, 20, outcome == "cancelled");
        QCOMPARE(indexes(), before);
        QCOMPARE(text("PRAGMA integrity_check"), "ok");
        if (outcome == "imported") {
            QVERIFY(summary.ok());
            QCOMPARE(count("SELECT count(*) FROM contacts"), 61);
            QCOMPARE(count("SELECT count(*) FROM contacts INDEXED BY contacts_later_step WHERE lower(city) IS NULL "
                           "AND deleted_at IS NULL"),
                     61);
            return;
        }
        QVERIFY(!summary.ok());
        if (outcome == "cancelled")
            QCOMPARE(summary.error().kind, ErrorKind::Cancelled);
        if (outcome == "unique")
            QVERIFY2(summary.error().message.contains("UNIQUE"), qPrintable(summary.error().message));
        QCOMPARE(count("SELECT count(*) FROM contacts"), 1);
        QCOMPARE(count("SELECT count(*) FROM change_log"), changes);
        QCOMPARE(count("SELECT count(*) FROM search_docs"), docs);
        QCOMPARE(text("SELECT ifnull(group_concat(k), '') FROM search_fts_config WHERE k = 'hashsize'"), "");
    }
};

QTEST_GUILESS_MAIN(tst_ImportTriggers)
#include "tst_importtriggers.moc"
