// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Storage;

class tst_Database : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> openTable()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("t.sqlite")));
        if (!db.ok())
            qFatal("open failed");
        (void)(*db)->exec(QStringLiteral("DROP TABLE IF EXISTS t; "
                                         "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                         "amount REAL, data BLOB)"));
        return std::move(*db);
    }
    qint64 rows(Database &db) { return *db.queryInt(QStringLiteral("SELECT count(*) FROM t")); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void connectionSettings()
    {
        auto db = openTable();
        QCOMPARE(*db->queryText(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(*db->queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(*db->queryInt(QStringLiteral("PRAGMA busy_timeout")), 5000);
    }

    void typedBindAndColumns()
    {
        auto db = openTable();
        auto insert = db->prepare(QStringLiteral("INSERT INTO t(id, name, amount, data) VALUES (?1, ?2, ?3, ?4)"));
        QVERIFY(insert.ok());
        insert->bind(1, std::int64_t{1} << 40);
        insert->bind(2, QStringLiteral("山田 太郎"));
        insert->bind(3, 1234.5);
        insert->bindBlob(4, QByteArray("\0\1\2", 3));
        QVERIFY(insert->run().ok());

        auto select = db->prepare(QStringLiteral("SELECT id, name, amount, data, NULL FROM t"));
        QVERIFY(select.ok());
        auto row = select->step();
        QVERIFY(row.ok() && *row);
        QCOMPARE(select->columnInt64(0), std::int64_t{1} << 40);
        QCOMPARE(select->columnText(1), QStringLiteral("山田 太郎"));
        QCOMPARE(select->columnDouble(2), 1234.5);
        QCOMPARE(select->columnBlob(3), QByteArray("\0\1\2", 3));
        QVERIFY(select->isNull(4));
        QVERIFY(select->columnText(4).isNull());
        row = select->step();
        QVERIFY(row.ok() && !*row);
    }

    void nullStringBindsNull()
    {
        auto db = openTable();
        auto insert = db->prepare(QStringLiteral("INSERT INTO t(name, amount) VALUES ('x', ?1)"));
        insert->bind(1, QString());
        QVERIFY(insert->run().ok());
        QCOMPARE(*db->queryInt(QStringLiteral("SELECT count(*) FROM t WHERE amount IS NULL")), 1);
    }

    void cachedStatementIsReusedAndReset()
    {
        auto db = openTable();
        for (int i = 0; i < 3; ++i) {
            auto insert = db->cached("INSERT INTO t(name) VALUES (?1)");
            QVERIFY(insert.ok());
            (*insert)->bind(1, QStringLiteral("n%1").arg(i));
            QVERIFY((*insert)->run().ok());
        }
        auto first = db->cached("SELECT name FROM t ORDER BY id");
        auto second = db->cached("SELECT name FROM t ORDER BY id");
        QCOMPARE(*first, *second); // the same prepared statement
        auto row = (*second)->step();
        QVERIFY(row.ok() && *row);
        QCOMPARE((*second)->columnText(0), QStringLiteral("n0"));
        QCOMPARE(rows(*db), 3);
    }

    void prepareErrorNamesTheProblem()
    {
        auto db = openTable();
        auto bad = db->prepare(QStringLiteral("SELECT nosuchcolumn FROM t"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(u"nosuchcolumn"), qPrintable(bad.error().message));
    }

    void constraintViolationIsBadInput()
    {
        auto db = openTable();
        auto insert = db->prepare(QStringLiteral("INSERT INTO t(name) VALUES (NULL)"));
        const Status status = insert->run();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::BadInput);
        QVERIFY(status.error().message.contains(u"NOT NULL"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = openTable();
        {
            Transaction transaction(*db);
            QVERIFY(transaction.begun());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t(name) VALUES ('a')")).ok());
            QCOMPARE(rows(*db), 1);
            // leaves scope without commit
        }
        QCOMPARE(rows(*db), 0);
        QVERIFY(!db->inTransaction());
    }

    void transactionRollsBackOnError()
    {
        auto db = openTable();
        const auto insertTwo = [&]() -> Status {
            Transaction transaction(*db);
            KIZUNA_TRY(db->exec(QStringLiteral("INSERT INTO t(name) VALUES ('first')")));
            KIZUNA_TRY(db->exec(QStringLiteral("INSERT INTO t(name) VALUES (NULL)"))); // fails
            return transaction.commit();
        };
        QVERIFY(!insertTwo().ok());
        QCOMPARE(rows(*db), 0);
    }

    void committedTransactionStays()
    {
        auto db = openTable();
        {
            Transaction transaction(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t(name) VALUES ('a')")).ok());
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(rows(*db), 1);
    }

    void nestedTransactionRollsBackOnlyItsPart()
    {
        auto db = openTable();
        Transaction outer(*db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t(name) VALUES ('outer')")).ok());
        {
            Transaction inner(*db);
            QVERIFY(inner.begun());
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t(name) VALUES ('inner')")).ok());
        }
        QVERIFY(outer.commit().ok());
        QCOMPARE(rows(*db), 1);
        QCOMPARE(*db->queryText(QStringLiteral("SELECT name FROM t")), QStringLiteral("outer"));
    }

    void foreignKeysAreEnforced()
    {
        auto db = openTable();
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS child(id INTEGER PRIMARY KEY, "
                                        "t_id INTEGER REFERENCES t(id))")).ok());
        const Status status = db->exec(QStringLiteral("INSERT INTO child(t_id) VALUES (999)"));
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(u"FOREIGN KEY"));
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
