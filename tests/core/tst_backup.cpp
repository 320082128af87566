// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore of a whole database file (core/storage/backup.h): a backup taken, the data
// changed, the backup restored and the values back, a safety copy of what was replaced; backups
// that are not Kizuna databases, damaged, from a newer Kizuna or the file itself refused with a
// clear message while the current file stays byte for byte as it was; cancel at every phase.
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/migrations/migration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Model;

namespace {

template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

std::unique_ptr<Storage::Database> openKizuna(const QString &path)
{
    auto db = Storage::DatabaseOpener::open(path);
    if (!db.ok())
        qFatal("%s", qPrintable(db.error().message));
    return std::move(*db);
}

// Family names of the contacts not in the Trash, sorted.
QStringList familyNames(Storage::Database &db)
{
    auto query = db.prepare("SELECT family_name FROM contacts WHERE deleted_at IS NULL ORDER BY family_name");
    QStringList names;
    while (query.ok() && *query->step())
        names << query->columnText(0);
    return names;
}

QStringList familyNames(const QString &path)
{
    auto db = Storage::Database::open(path, Storage::Database::Mode::ReadOnly);
    return db.ok() ? familyNames(**db) : QStringList{"<cannot open>"};
}

QStringList safetyCopies(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().entryList({info.fileName() + ".before-restore-*"}, QDir::Files);
}

} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A new Kizuna file with three contacts: 青木, 佐藤, 渡辺.
    QString makeDatabase()
    {
        const QString path = m_dir.filePath(QString("crm-%1.kizuna").arg(++m_files));
        auto db = openKizuna(path);
        auto context = changeContextFor(*db, "tester");
        RecordStore store(*db, *context);
        for (const char *family : {"青木", "佐藤", "渡辺"}) {
            auto id = store.insert(entity(u"contact"), {{"family_name", QString::fromUtf8(family)}, {"given_name", "テスト"}});
            if (!id.ok())
                qFatal("%s", qPrintable(id.error().message));
        }
        return path;
    }

    QString makeBackup(const QString &databasePath)
    {
        const QString backup = m_dir.filePath(QString("backup-%1.kizuna").arg(++m_files));
        auto db = openKizuna(databasePath);
        const Status written = Storage::backupTo(*db, backup);
        if (!written.ok())
            qFatal("%s", qPrintable(written.error().message));
        return backup;
    }

    // Changes the data after the backup: 佐藤 renamed, 渡辺 in the Trash, 山田 added.
    static void changeData(const QString &path)
    {
        auto db = openKizuna(path);
        auto context = changeContextFor(*db, "tester");
        RecordStore store(*db, *context);
        const auto id = [&](const char *family) {
            auto query = db->prepare("SELECT id FROM contacts WHERE family_name = ?1");
            query->bind(1, QString::fromUtf8(family));
            return *query->step() ? query->columnText(0) : QString();
        };
        QVERIFY(store.update(entity(u"contact"), id("佐藤"), {{"family_name", "斎藤"}}).ok());
        QVERIFY(store.remove(entity(u"contact"), id("渡辺")).ok());
        QVERIFY(store.insert(entity(u"contact"), {{"family_name", "山田"}}).ok());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void restoreBringsTheValuesBack()
    {
        const QString path = makeDatabase();
        const QString backup = makeBackup(path);
        changeData(path);
        QCOMPARE(familyNames(path), QStringList({"山田", "斎藤", "青木"}));

        QList<QPair<int, int>> calls;
        auto restored = Storage::restoreDatabase(path, backup, [&calls](int done, int total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY2(restored.ok(), errorText(restored).constData());
        QCOMPARE(familyNames(path), QStringList({"佐藤", "渡辺", "青木"}));
        QCOMPARE(restored->backupSchemaVersion, Storage::latestSchemaVersion());

        // The replaced content is kept beside the file, under a time-stamped name.
        QVERIFY(QFileInfo(restored->safetyCopy).fileName().startsWith(QFileInfo(path).fileName() + ".before-restore-"));
        QVERIFY(restored->safetyCopy.endsWith(".bak"));
        QCOMPARE(familyNames(restored->safetyCopy), QStringList({"山田", "斎藤", "青木"}));
        // Progress: first while the backup is checked (0, 0), then pages of both copies up to the total.
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.constLast().first, calls.constLast().second);
        QVERIFY(calls.constLast().second > 0);

        // The restored file is a Kizuna database that opens for writing again.
        auto reopened = Storage::DatabaseOpener::open(path);
        QVERIFY2(reopened.ok(), errorText(reopened).constData());
        QCOMPARE(*(*reopened)->queryInt("PRAGMA user_version"), std::int64_t(Storage::latestSchemaVersion()));
    }

    void restoreWhileAnotherConnectionIsOpen()
    {
        // The desktop keeps its own connection; it sees the restored content in its next read.
        const QString path = makeDatabase();
        const QString backup = makeBackup(path);
        changeData(path);
        auto ui = openKizuna(path);
        QCOMPARE(familyNames(*ui), QStringList({"山田", "斎藤", "青木"}));
        auto restored = Storage::restoreDatabase(path, backup);
        QVERIFY2(restored.ok(), errorText(restored).constData());
        QCOMPARE(familyNames(*ui), QStringList({"佐藤", "渡辺", "青木"}));
    }

    void twoRestoresKeepTwoSafetyCopies()
    {
        const QString path = makeDatabase();
        const QString backup = makeBackup(path);
        QString first = Storage::safetyCopyPath(path, QDateTime(QDate(2026, 11, 22), QTime(17, 39, 34)));
        QCOMPARE(QFileInfo(first).fileName(), QFileInfo(path).fileName() + ".before-restore-20261122-173934.bak");
        QFile(first).open(QIODevice::WriteOnly);
        const QString second = Storage::safetyCopyPath(path, QDateTime(QDate(2026, 11, 22), QTime(17, 39, 34)));
        QCOMPARE(QFileInfo(second).fileName(), QFileInfo(path).fileName() + ".before-restore-20261122-173934-2.bak");
        QVERIFY(Storage::restoreDatabase(path, backup).ok());
        QVERIFY(Storage::restoreDatabase(path, backup).ok());
        QCOMPARE(safetyCopies(path).size(), 3); // the stand-in and one per restore (different stamps or suffixes)
    }

    void refusedBackups_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("errorKind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << "text" << int(ErrorKind::BadInput) << "is not a Kizuna backup (not a database file)";
        QTest::newRow("empty file") << "empty" << int(ErrorKind::BadInput) << "is not a Kizuna backup (not a database file)";
        QTest::newRow("another program's database")
            << "foreign" << int(ErrorKind::BadInput) << "is not a Kizuna backup but a database of another program (tables: things)";
        QTest::newRow("damaged") << "damaged" << int(ErrorKind::BadInput) << "is damaged and cannot be restored";
        QTest::newRow("one damaged page") << "page" << int(ErrorKind::BadInput) << "is damaged and cannot be restored";
        QTest::newRow("newer schema") << "newer" << int(ErrorKind::BadInput) << "was written by a newer version of Kizuna";
        QTest::newRow("missing") << "missing" << int(ErrorKind::NotFound) << "no such file";
        QTest::newRow("the database itself") << "itself" << int(ErrorKind::BadInput) << "cannot restore a file onto itself";
    }

    void refusedBackups()
    {
        QFETCH(QString, kind);
        QFETCH(int, errorKind);
        QFETCH(QString, message);
        const QString path = makeDatabase();
        QString backup = m_dir.filePath(QString("refused-%1-%2").arg(kind).arg(++m_files));
        if (kind == "text") {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,email\r\n青木,aoki@example.jp\r\n");
        } else if (kind == "empty") {
            QVERIFY(QFile(backup).open(QIODevice::WriteOnly));
        } else if (kind == "foreign") {
            auto other = Storage::Database::open(backup);
            QVERIFY(other.ok());
            QVERIFY((*other)->exec("CREATE TABLE things(x); INSERT INTO things VALUES (1)").ok());
        } else if (kind == "damaged") {
            QVERIFY(QFile::copy(makeBackup(path), backup));
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pageSize = 4096;
            QVERIFY(file.size() > 8 * pageSize);
            // Every page after the first (the header stays: the file still says it is Kizuna's).
            for (qint64 offset = pageSize; offset < file.size(); offset += pageSize) {
                file.seek(offset + 100);
                file.write(QByteArray(512, '\x5A'));
            }
        } else if (kind == "page") {
            // One page in the middle overwritten: the schema still reads, the check finds it.
            QVERIFY(QFile::copy(makeBackup(path), backup));
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 4096;
            file.seek((pages / 2) * 4096);
            file.write(QByteArray(4096, '\x5A'));
        } else if (kind == "newer") {
            QVERIFY(QFile::copy(makeBackup(path), backup));
            auto newer = Storage::Database::open(backup);
            QVERIFY(newer.ok());
            QVERIFY((*newer)->exec(QString("PRAGMA user_version = %1").arg(Storage::latestSchemaVersion() + 1)).ok());
        } else if (kind == "itself") {
            backup = path;
        }
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        auto inspected = Storage::inspectBackup(backup);
        auto restored = Storage::restoreDatabase(path, backup);
        QVERIFY(!restored.ok());
        QCOMPARE(int(restored.error().kind), errorKind);
        QVERIFY2(restored.error().message.contains(message), errorText(restored).constData());
        QVERIFY2(!restored.error().message.contains('\n'), errorText(restored).constData()); // one line
        if (kind != "itself") {
            QVERIFY(!inspected.ok());
            QCOMPARE(inspected.error().message, restored.error().message);
            QVERIFY2(restored.error().message.startsWith(backup + ": "), errorText(restored).constData()); // names the file
        }
        // Nothing happened to the database: same bytes, no safety copy.
        QCOMPARE(fileHash(path), before);
        QVERIFY(safetyCopies(path).isEmpty());
    }

    void inspectDescribesTheBackup()
    {
        const QString backup = makeBackup(makeDatabase());
        auto inspection = Storage::inspectBackup(backup);
        QVERIFY2(inspection.ok(), errorText(inspection).constData());
        QCOMPARE(inspection->schemaVersion, Storage::latestSchemaVersion());
        QCOMPARE(inspection->contacts, qint64(3));
        QCOMPARE(inspection->bytes, QFileInfo(backup).size());
        QVERIFY(inspection->pages > 0);
        // A backup is one self-contained file: nothing written beside it by the check.
        QVERIFY(!QFileInfo::exists(backup + "-wal"));
    }

    void cancel_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::newRow("while checking") << "check";
        QTest::newRow("during the safety copy") << "safety";
        QTest::newRow("during the restore copy") << "restore";
    }

    void cancel()
    {
        QFETCH(QString, phase);
        const QString path = makeDatabase();
        // Both files span several steps of a copy (1024 pages each).
        const auto pad = [](const QString &file) {
            auto padded = Storage::Database::open(file);
            QVERIFY(padded.ok());
            QVERIFY((*padded)->exec("CREATE TABLE padding(x); "
                                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                    "INSERT INTO padding SELECT randomblob(4000) FROM n").ok());
        };
        pad(path);
        const QString backup = makeBackup(path);
        changeData(path);
        const QStringList changed = familyNames(path);
        int currentPages = 0;
        {
            auto db = openKizuna(path);
            currentPages = int(*db->queryInt("PRAGMA page_count"));
        }
        auto restored = Storage::restoreDatabase(path, backup, [&](int done, int total) {
            if (phase == "check")
                return total != 0;
            if (phase == "safety")
                return total == 0;
            return done <= currentPages + 1024; // one step into the backup's pages
        });
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().kind, ErrorKind::Cancelled);
        QCOMPARE(familyNames(path), changed);
        QVERIFY(safetyCopies(path).isEmpty());
        QVERIFY(!QFileInfo::exists(path + ".partial"));
    }

    void backupProgressAndCancel()
    {
        const QString path = makeDatabase();
        auto db = openKizuna(path);
        const QString target = m_dir.filePath("cancelled-backup.kizuna");
        int calls = 0;
        // The copy of a small file is one step: cancelling after it is too late, the file is complete.
        QVERIFY(Storage::backupTo(*db, target, [&calls](int done, int total) {
                    ++calls;
                    return done < total;
                }).ok());
        QVERIFY(calls > 0);
        QCOMPARE(familyNames(target), QStringList({"佐藤", "渡辺", "青木"}));
        // Cancelled before the end: no file, nothing beside it.
        QVERIFY(db->exec("CREATE TABLE padding(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                         "WHERE i < 3000) INSERT INTO padding SELECT randomblob(4000) FROM n").ok());
        const QString second = m_dir.filePath("cancelled-backup-2.kizuna");
        const Status cancelled = Storage::backupTo(*db, second, [](int, int) { return false; });
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QVERIFY(!QFileInfo::exists(second));
        QVERIFY(!QFileInfo::exists(second + ".partial"));
    }
};

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
