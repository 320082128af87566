// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/databaseopener.h"
#include "core/storage/migrations/migration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace Kizuna;
using namespace Kizuna::Storage;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A SQLite file written by "another program".
void makeSqliteFile(const QString &path, const QString &sql)
{
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    QVERIFY((*db)->exec(sql).ok());
}

Status createExtraTable(Database &db)
{
    return db.exec(QStringLiteral("CREATE TABLE extra(x)"));
}

// The real steps followed by one more.
std::vector<Migration> withExtraStep(Status (*apply)(Database &))
{
    std::vector<Migration> steps(migrations().begin(), migrations().end());
    steps.push_back(Migration{latestSchemaVersion() + 1, "test step", apply});
    return steps;
}

Status failingStep(Database &db)
{
    KIZUNA_TRY(db.exec(QStringLiteral("CREATE TABLE half_done(x)")));
    return db.exec(QStringLiteral("THIS IS NOT SQL"));
}

} // namespace

class tst_DatabaseOpener : public QObject
{
    Q_OBJECT

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QStringList filesInDir() const { return QDir(m_dir.path()).entryList(QDir::Files, QDir::Name); }

    void expectRefusedAndUnchanged(const QString &file, const QString &expectedWords)
    {
        const QByteArray before = fileHash(file);
        const QStringList filesBefore = filesInDir();
        auto db = DatabaseOpener::open(file);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::BadInput);
        QVERIFY2(db.error().message.contains(file), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(expectedWords), qPrintable(db.error().message));
        QCOMPARE(fileHash(file), before);
        QCOMPARE(filesInDir(), filesBefore); // no -wal, -shm or backup left beside it
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsNewDatabaseAtLatestSchema()
    {
        const QString file = m_dir.filePath(QStringLiteral("sub/folder/new.kizuna"));
        auto db = DatabaseOpener::open(file);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(*(*db)->queryInt(QStringLiteral("PRAGMA user_version")), latestSchemaVersion());
        QCOMPARE(*(*db)->queryInt(QStringLiteral("PRAGMA application_id")), DatabaseOpener::ApplicationId);
        QCOMPARE(*(*db)->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'contacts'")), 1);
        db->reset();
        auto inspection = DatabaseOpener::inspect(file);
        QCOMPARE(inspection->kind, FileInspection::Kind::Kizuna);
    }

    void initialisesZeroLengthFile()
    {
        const QString file = path("empty.kizuna");
        writeFile(file, {});
        auto db = DatabaseOpener::open(file);
        QVERIFY(db.ok());
        QCOMPARE(*(*db)->queryInt(QStringLiteral("PRAGMA user_version")), latestSchemaVersion());
    }

    void reopenKeepsData()
    {
        const QString file = path("keep.kizuna");
        {
            auto db = DatabaseOpener::open(file);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO settings VALUES ('k', 'v')")).ok());
        }
        auto db = DatabaseOpener::open(file);
        QVERIFY(db.ok());
        QCOMPARE(*(*db)->queryText(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")),
                 QStringLiteral("v"));
        QVERIFY(!QFile::exists(DatabaseOpener::backupPathFor(file, 1))); // nothing to migrate
    }

    void refusesFileThatIsNotSqlite_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("name,email\nTaro,taro@example.jp\n");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("short") << QByteArray("SQLite");
        QTest::newRow("almost sqlite header") << QByteArray("SQLite format 3X and more bytes here");
    }
    void refusesFileThatIsNotSqlite()
    {
        QFETCH(QByteArray, content);
        const QString file = path("notsqlite.kizuna");
        writeFile(file, content);
        expectRefusedAndUnchanged(file, QStringLiteral("not a SQLite file"));
        QFile::remove(file);
    }

    void refusesForeignSqliteDatabase()
    {
        const QString file = path("foreign.db");
        makeSqliteFile(file, QStringLiteral("CREATE TABLE moz_places(id INTEGER, url TEXT); "
                                            "INSERT INTO moz_places VALUES (1, 'https://example.org')"));
        expectRefusedAndUnchanged(file, QStringLiteral("another program"));
        auto db = DatabaseOpener::open(file);
        QVERIFY(db.error().message.contains(u"moz_places"));
    }

    void refusesNewerSchema()
    {
        const QString file = path("newer.kizuna");
        {
            auto db = DatabaseOpener::open(file);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = 999; PRAGMA journal_mode = DELETE")).ok());
        }
        expectRefusedAndUnchanged(file, QStringLiteral("newer version of Kizuna"));
    }

    void refusesCorruptSqliteFile()
    {
        const QString file = path("corrupt.kizuna");
        QByteArray bytes("SQLite format 3", 16);
        bytes.append(QByteArray(4096 - 16, '\xff'));
        writeFile(file, bytes);
        const QByteArray before = fileHash(file);
        auto db = DatabaseOpener::open(file);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(file), qPrintable(db.error().message));
        QCOMPARE(fileHash(file), before);
    }

    void migratesWithBackupFirst()
    {
        const QString file = path("old.kizuna");
        {
            auto db = DatabaseOpener::open(file);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO settings VALUES ('k', 'v1 data')")).ok());
        }
        const int old = latestSchemaVersion();
        auto db = DatabaseOpener::open(file, {}, withExtraStep(&createExtraTable));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(*(*db)->queryInt(QStringLiteral("PRAGMA user_version")), old + 1);
        QCOMPARE(*(*db)->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'")), 1);

        const QString backup = DatabaseOpener::backupPathFor(file, old);
        QVERIFY(QFile::exists(backup));
        {
            // A self-contained file: rollback journal (header bytes 18–19 = 1), not WAL (2).
            QFile header(backup);
            QVERIFY(header.open(QIODevice::ReadOnly));
            const QByteArray bytes = header.read(20);
            QCOMPARE(int(bytes.at(18)), 1);
            QCOMPARE(int(bytes.at(19)), 1);
        }
        auto before = Database::open(backup, Database::Mode::ReadOnly);
        QVERIFY(before.ok());
        QCOMPARE(*(*before)->queryInt(QStringLiteral("PRAGMA user_version")), old);
        QCOMPARE(*(*before)->queryText(QStringLiteral("SELECT value FROM settings")), QStringLiteral("v1 data"));
        QCOMPARE(*(*before)->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'")), 0);
    }

    void failedMigrationStepLeavesOldSchema()
    {
        const QString file = path("fail.kizuna");
        { auto db = DatabaseOpener::open(file); QVERIFY(db.ok()); }
        const int old = latestSchemaVersion();
        auto db = DatabaseOpener::open(file, {}, withExtraStep(&failingStep));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("schema version %1").arg(old + 1)),
                 qPrintable(db.error().message));
        auto reopened = DatabaseOpener::open(file);
        QVERIFY(reopened.ok());
        QCOMPARE(*(*reopened)->queryInt(QStringLiteral("PRAGMA user_version")), old);
        QCOMPARE(*(*reopened)->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")), 0);
    }

    // The state a killed bulk write leaves behind: pages of the file already overwritten, their
    // originals in a hot rollback journal. Any opening — read-only too — gives the file as it was.
    void interruptedWriteIsRolledBackOnOpen_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("for writing") << false;
        QTest::newRow("read-only") << true;
    }

    void interruptedWriteIsRolledBackOnOpen()
    {
        QFETCH(bool, readOnly);
        const QString live = path("live.kizuna");
        const QString crashed = path(readOnly ? "crashed-ro.kizuna" : "crashed-rw.kizuna");
        {
            auto db = DatabaseOpener::open(live);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT OR REPLACE INTO settings VALUES ('k', 'before')")).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA cache_size = 8")).ok()); // pages spill early
            QVERIFY((*db)->exec(QStringLiteral("BEGIN")).ok());
            QVERIFY((*db)->exec(QStringLiteral("UPDATE settings SET value = 'after' WHERE key = 'k'")).ok());
            QVERIFY((*db)->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                               "WHERE i < 3000) INSERT INTO settings SELECT 'bulk' || i, "
                                               "printf('%.200c', 'x') FROM n")).ok());
            // "Killed" here: a copy of the file and its journal as they are on disk mid-write.
            QFile journal(live + QStringLiteral("-journal"));
            QVERIFY(journal.open(QIODevice::ReadOnly));
            QCOMPARE(journal.read(8), QByteArray::fromHex("d9d505f920a163d7")); // hot: pages were written
            journal.close();
            QFile::remove(crashed);
            QFile::remove(crashed + QStringLiteral("-journal"));
            QVERIFY(QFile::copy(live, crashed));
            QVERIFY(QFile::copy(live + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
            QVERIFY((*db)->exec(QStringLiteral("ROLLBACK")).ok());
        }
        OpenOptions options;
        options.readOnly = readOnly;
        auto db = DatabaseOpener::open(crashed, options);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(*(*db)->queryText(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")),
                 QStringLiteral("before"));
        QCOMPARE(*(*db)->queryInt(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'bulk%'")), 0);
        QCOMPARE(*(*db)->queryText(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
    }

    void readOnlyOpenOfMissingFileFails()
    {
        OpenOptions options;
        options.readOnly = true;
        auto db = DatabaseOpener::open(path("missing.kizuna"), options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::NotFound);
        QVERIFY(!QFile::exists(path("missing.kizuna")));
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseOpener)
#include "tst_databaseopener.moc"
