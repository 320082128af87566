// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the bulk writers (contact import, demo generator): the SQL function
// kizuna_json_object (the change log's insert rows) against json_patch('{}', json_object(…)),
// dropping and rebuilding indexes (Storage::IndexRebuild) and the FTS5 term buffer
// (Storage::Fts5BulkWrite) — both undone by a rollback, both leaving the schema as it was.
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "tests/testdatabase.h"
#include "core/storage/fts5bulkwrite.h"
#include "core/storage/indexrebuild.h"
#include "core/storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;

class tst_BulkWrite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

    QString text(const QString &sql) { return m_db->queryText(sql).value(); }
    QString indexes() { return Testing::schemaIndexes(*m_db); }
    QString ftsConfig()
    {
        return text("SELECT ifnull(group_concat(k || '=' || v || ':' || typeof(v), ';'), '') FROM "
                    "(SELECT * FROM search_fts_config UNION ALL SELECT * FROM search_short_config ORDER BY 1)");
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        m_db = Testing::freshDatabase(m_dir);
        QVERIFY(m_db);
    }

    // The same text as json_patch('{}', json_object(…)), which the change log used to be written
    // with (and which SQLite's JSON functions read back).
    void jsonObjectMatchesSqlite_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::newRow("no members") << "";
        QTest::newRow("only NULLs") << "'a', NULL, 'b', NULL";
        QTest::newRow("text and NULL") << "'family_name', '山田', 'given_name', NULL, 'kind', 'lead'";
        QTest::newRow("first member NULL") << "'a', NULL, 'b', 'x'";
        QTest::newRow("integers") << "'points', 0, 'big', 9223372036854775807, 'neg', -42";
        QTest::newRow("reals") << "'a', 1.5, 'b', 0.1, 'c', 1e100, 'd', -0.0, 'e', 3.0, 'f', 123456789.123456789, 'g', 2e-300";
        QTest::newRow("quotes and backslashes") << "'k\"ey', 'say \"hi\" \\ back\\slash'";
        QTest::newRow("short escapes") << "'v', char(8, 9, 10, 12, 13)";
        QTest::newRow("other control characters") << "'v', char(0, 1, 11, 14, 27, 31, 32, 127)";
        QTest::newRow("unicode") << "'名前', '株式会社 サンプル ① ｶﾀｶﾅ 😀'";
        QTest::newRow("a JSON value") << "'tags', json_array('a', NULL, 2), 'o', json_object('x', 1)";
        QTest::newRow("text that looks like JSON") << "'v', '[1,2]'";
        QTest::newRow("text number") << "'v', '12', 'w', ''";
    }
    void jsonObjectMatchesSqlite()
    {
        QFETCH(QString, arguments);
        const QString ours = text("SELECT kizuna_json_object(" + arguments + ")");
        const QString sqlite = text("SELECT json_patch('{}', json_object(" + arguments + "))");
        QCOMPARE(ours, sqlite);
        QVERIFY(m_db->queryInt("SELECT json_valid(kizuna_json_object(" + arguments + "))").value() == 1);
    }

    void jsonObjectErrors_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::newRow("odd number of arguments") << "'a', 1, 'b'";
        QTest::newRow("label not text") << "1, 'a'";
        QTest::newRow("a BLOB value") << "'a', x'00ff'";
    }
    void jsonObjectErrors()
    {
        QFETCH(QString, arguments);
        QVERIFY(!m_db->queryText("SELECT kizuna_json_object(" + arguments + ")").ok());
    }

    // Dropped and recreated, an index has the SQL it had; the kept ones are never touched.
    void rebuildsIndexesAsTheyWere()
    {
        const QString before = indexes();
        const QString contactsBefore = text("SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema WHERE "
                                            "type = 'index' AND tbl_name = 'contacts' AND sql IS NOT NULL ORDER BY name)");
        Storage::Transaction transaction(*m_db);
        QVERIFY(transaction.begun());
        Storage::IndexRebuild rebuild(*m_db);
        QVERIFY(rebuild.drop("contacts", {"created_at", "owner_id"}).ok());
        // contacts_created, contacts_dashboard_created (created_at first) and contacts_owner stay,
        // the constraint index of the primary key too; every other index of contacts is gone.
        QCOMPARE(text("SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                      "tbl_name = 'contacts' ORDER BY name)"),
                 QString("contacts_created,contacts_dashboard_created,contacts_owner,sqlite_autoindex_contacts_1"));
        QCOMPARE(rebuild.pending().size(), contactsBefore.split(',').size() - 3);
        QVERIFY(rebuild.pending().at(0).startsWith("CREATE INDEX contacts_company"));
        QVERIFY(text("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'companies'") != "0");
        int steps = 0;
        QVERIFY(rebuild.recreate([&](int i) {
                           steps += i == steps ? 1 : 100;
                           return Status{};
                       }).ok());
        QCOMPARE(steps, contactsBefore.split(',').size() - 3);
        QVERIFY(rebuild.pending().isEmpty());
        QVERIFY(transaction.commit().ok());
        QCOMPARE(indexes(), before);
    }

    // An error or a cancel between drop and recreate: the rollback brings every index back.
    void rollbackRestoresIndexes()
    {
        const QString before = indexes();
        {
            Storage::Transaction transaction(*m_db);
            Storage::IndexRebuild rebuild(*m_db);
            QVERIFY(rebuild.drop().ok()); // every table
            QCOMPARE(text("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"), QString("0"));
            const Status stopped = rebuild.recreate([](int i) {
                return i == 1 ? Status(Error::cancelled("stop")) : Status{};
            });
            QCOMPARE(stopped.error().kind, ErrorKind::Cancelled);
            QVERIFY(indexes() != before);
        } // rolls back
        QCOMPARE(indexes(), before);
    }

    // The buffer is set on both FTS5 tables during the write and the configuration is the same
    // afterwards: without a row as before, or with the value a table had.
    void fts5BufferIsRestored_data()
    {
        QTest::addColumn<bool>("stored");
        QTest::newRow("default (no row)") << false;
        QTest::newRow("a stored value") << true;
    }
    void fts5BufferIsRestored()
    {
        QFETCH(bool, stored);
        if (stored)
            QVERIFY(m_db->exec("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 2097152)").ok());
        const QString before = ftsConfig();
        Storage::Transaction transaction(*m_db);
        Storage::Fts5BulkWrite buffer(*m_db);
        QVERIFY(buffer.apply(8 * 1024 * 1024).ok());
        QCOMPARE(text("SELECT group_concat(v) FROM (SELECT v FROM search_fts_config WHERE k = 'hashsize' UNION ALL "
                      "SELECT v FROM search_short_config WHERE k = 'hashsize')"),
                 QString("8388608,8388608"));
        QVERIFY(m_db->exec("INSERT INTO contacts(id, family_name, created_at, updated_at) "
                           "VALUES ('c1', '山田', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
                    .ok());
        QVERIFY(buffer.restore().ok());
        QVERIFY(transaction.commit().ok());
        QCOMPARE(ftsConfig(), before);
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM search_short WHERE search_short MATCH '山'").value(), 1);
    }

    void fts5BufferRolledBack()
    {
        const QString before = ftsConfig();
        {
            Storage::Transaction transaction(*m_db);
            Storage::Fts5BulkWrite buffer(*m_db);
            QVERIFY(buffer.apply().ok());
            QVERIFY(ftsConfig() != before);
        }
        QCOMPARE(ftsConfig(), before);
    }
};

QTEST_GUILESS_MAIN(tst_BulkWrite)
#include "tst_bulkwrite.moc"
