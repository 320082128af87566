// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Back Up… and Restore… as the user sees them: the restore dialog checks the chosen file
// and says why it cannot be restored (or what it holds), enables Restore only for a good backup
// and asks before replacing the data; the backup dialog writes a backup and restores it on a
// worker, and refuses to overwrite the database itself.
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/migrations/migration.h"
#include "ui/backup/backupdialog.h"
#include "ui/backup/restoredialog.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using Kizuna::Ui::BackupDialog;
using Kizuna::Ui::RestoreDialog;

namespace {

QStringList familyNames(const QString &path)
{
    auto db = Storage::Database::open(path, Storage::Database::Mode::ReadOnly);
    if (!db.ok())
        return {"<cannot open>"};
    auto query = (*db)->prepare("SELECT family_name FROM contacts WHERE deleted_at IS NULL ORDER BY family_name");
    QStringList names;
    while (*query->step())
        names << query->columnText(0);
    return names;
}

void addContact(const QString &path, const QString &family)
{
    auto db = Storage::DatabaseOpener::open(path);
    QVERIFY(db.ok());
    auto context = Model::changeContextFor(**db, "tester");
    Model::RecordStore store(**db, *context);
    QVERIFY(store.insert(Model::entity(u"contact"), {{"family_name", family}}).ok());
}

} // namespace

class tst_BackupDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_backup;

    QString fileWith(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_database = m_dir.filePath("crm.kizuna");
        addContact(m_database, "青木");
        addContact(m_database, "佐藤");
        addContact(m_database, "渡辺");
        m_backup = m_dir.filePath("crm-backup.kizuna");
        const Result<QString> written = BackupDialog::run(BackupDialog::Job::BackUp, nullptr, m_database, m_backup);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(*written, m_backup);
    }

    void checkMessages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("message");
        QTest::newRow("a spreadsheet") << "list.csv" << false << "list.csv: is not a Kizuna backup (not a database file)";
        QTest::newRow("another program's database")
            << "other.db" << false << "other.db: is not a Kizuna backup but a database of another program (tables: notes)";
        QTest::newRow("damaged") << "damaged.kizuna" << false << "damaged.kizuna: is damaged and cannot be restored";
        QTest::newRow("newer Kizuna") << "newer.kizuna" << false
                                      << "newer.kizuna: was written by a newer version of Kizuna";
        QTest::newRow("missing") << "gone.kizuna" << false << "gone.kizuna: no such file";
        QTest::newRow("the open database") << "crm.kizuna" << false
                                           << "This is the open database itself; choose a backup of it.";
        QTest::newRow("a good backup") << "crm-backup.kizuna" << true
                                       << "with 3 contact(s); it passed the integrity check.";
    }

    void checkMessages()
    {
        QFETCH(QString, file);
        QFETCH(bool, valid);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(file);
        if (file == "list.csv") {
            fileWith(file, "name,email\r\n青木,aoki@example.jp\r\n");
        } else if (file == "other.db") {
            auto other = Storage::Database::open(path);
            QVERIFY(other.ok());
            QVERIFY((*other)->exec("CREATE TABLE IF NOT EXISTS notes(x)").ok());
        } else if (file == "damaged.kizuna") {
            QFile::remove(path);
            QVERIFY(QFile::copy(m_backup, path));
            QFile damaged(path);
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            for (qint64 offset = 4096; offset < damaged.size(); offset += 4096) {
                damaged.seek(offset + 64);
                damaged.write(QByteArray(256, '\x7F'));
            }
        } else if (file == "newer.kizuna") {
            QFile::remove(path);
            QVERIFY(QFile::copy(m_backup, path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            auto newer = Storage::Database::open(path);
            QVERIFY(newer.ok());
            QVERIFY((*newer)->exec(QString("PRAGMA user_version = %1").arg(Storage::latestSchemaVersion() + 1)).ok());
        }

        RestoreDialog dialog(m_database);
        dialog.show();
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QSignalSpy checked(&dialog, &RestoreDialog::checked);
        dialog.setBackupPath(path);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        const QString shown = dialog.messageLabel()->text();
        QVERIFY2(shown.contains(message), qPrintable(shown));
        QCOMPARE(checked.first().at(0).toBool(), valid);
        QCOMPARE(checked.first().at(1).toString(), shown);
        QCOMPARE(dialog.restoreButton()->isEnabled(), valid);
        QCOMPARE(dialog.isValid(), valid);
        QCOMPARE(dialog.backupPath(), valid ? path : QString());
        if (!valid && file != "crm.kizuna")
            QVERIFY2(shown.startsWith(QDir::toNativeSeparators(path)) || shown.startsWith(path), qPrintable(shown));
    }

    void anotherFileReplacesTheCheck()
    {
        RestoreDialog dialog(m_database);
        QSignalSpy checked(&dialog, &RestoreDialog::checked);
        dialog.setBackupPath(m_backup);
        dialog.setBackupPath(fileWith("second.txt", "not a database"));
        QTRY_VERIFY(!dialog.isChecking() && checked.count() >= 1);
        QTest::qWait(50);
        QCOMPARE(checked.count(), 1); // only the second file's answer
        QCOMPARE(checked.first().at(0).toBool(), false);
        QVERIFY(!dialog.restoreButton()->isEnabled());
    }

    void confirmationComesFirst()
    {
        RestoreDialog dialog(m_database);
        QSignalSpy checked(&dialog, &RestoreDialog::checked);
        dialog.setBackupPath(m_backup);
        QTRY_COMPARE(checked.count(), 1);
        QString asked;
        bool answer = false;
        dialog.setConfirmation([&](QWidget *, const QString &question) {
            asked = question;
            return answer;
        });
        dialog.restoreButton()->click();
        QVERIFY(asked.contains(QDir::toNativeSeparators(m_database)));
        QVERIFY(asked.contains(QDir::toNativeSeparators(m_backup)));
        QVERIFY2(asked.contains(".before-restore-"), qPrintable(asked));
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // "Cancel" in the question: nothing happens
        answer = true;
        dialog.restoreButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.backupPath(), m_backup);
    }

    void restoreThroughTheDialog()
    {
        addContact(m_database, "山田");
        QCOMPARE(familyNames(m_database), QStringList({"佐藤", "山田", "渡辺", "青木"}));
        BackupDialog dialog(BackupDialog::Job::Restore, m_database, m_backup);
        QSignalSpy finished(&dialog, &BackupDialog::jobFinished);
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(familyNames(m_database), QStringList({"佐藤", "渡辺", "青木"}));
        const QString safetyCopy = *dialog.result();
        QCOMPARE(familyNames(safetyCopy), QStringList({"佐藤", "山田", "渡辺", "青木"}));
        QCOMPARE(finished.first().at(1).toString(),
                 QString("Restored from %1; the previous data is kept in %2.")
                     .arg(QDir::toNativeSeparators(m_backup), QDir::toNativeSeparators(safetyCopy)));
        QCOMPARE(dialog.result().ok(), true);
    }

    void refusals()
    {
        // A file that is not a backup: the restore stops before touching the data.
        const QString text = fileWith("notes.txt", "hello");
        const Result<QString> restored = BackupDialog::run(BackupDialog::Job::Restore, nullptr, m_database, text);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().message, text + ": is not a Kizuna backup (not a database file)");
        QCOMPARE(familyNames(m_database), QStringList({"佐藤", "渡辺", "青木"}));
        // A backup onto the database itself.
        const Result<QString> onto = BackupDialog::run(BackupDialog::Job::BackUp, nullptr, m_database, m_database);
        QVERIFY(!onto.ok());
        QCOMPARE(onto.error().message, m_database + ": the backup cannot replace the database itself");
        QCOMPARE(familyNames(m_database), QStringList({"佐藤", "渡辺", "青木"}));
    }

    void suggestedName()
    {
        QCOMPARE(BackupDialog::suggestedBackupPath("/data/crm.kizuna", QDateTime(QDate(2026, 11, 22), QTime(17, 39, 34))),
                 QString("/data/crm-backup-20261122-173934.kizuna"));
    }
};

QTEST_MAIN(tst_BackupDialog)
#include "tst_backupdialog.moc"
