// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 7 on a file written at step 6: the contact name index orders Latin names A–Z
// among kana readings, every company gets its contacts count; afterwards the count triggers
// mark what changes — through forms and through the demo generator's bulk load, which drops and
// recreates the triggers — and refreshCompanyContactCounts() recounts it.
#include "core/demo/bulkloadsession.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/migrations/m0007_list_sort_keys.h"
#include "core/storage/migrations/migration.h"
#include "core/storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Storage;

class tst_SortKeyMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList texts(Database &db, const QString &sql)
    {
        QStringList values;
        auto statement = db.prepare(sql);
        if (!statement.ok())
            return {"<error: " + statement.error().message + ">"};
        while (*statement->step())
            values << statement->columnText(0);
        return values;
    }
    static QString counts(Database &db)
    {
        return texts(db, "SELECT co.name || '=' || n.contacts FROM companies co "
                         "JOIN company_contact_counts n ON n.company_id = co.id ORDER BY co.name")
            .join(' ');
    }
    static void exec(Database &db, const QString &sql)
    {
        const Status status = db.exec(sql);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
    }
    static QString contact(const QString &id, const QString &family, const QString &reading, const QString &company,
                           bool trashed = false)
    {
        return QString("INSERT INTO contacts(id, family_name, family_name_reading, company_id, created_at, "
                       "updated_at, deleted_at) VALUES ('%1', '%2', %3, %4, 't', 't', %5);")
            .arg(id, family, reading.isEmpty() ? QString("NULL") : QString("'" + reading + "'"),
                 company.isEmpty() ? QString("NULL") : QString("'" + company + "'"), trashed ? "'t'" : "NULL");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void upgradesAFileOfStepSix()
    {
        const QString file = m_dir.filePath("v6.kizuna");
        {
            const std::span<const Migration> upToSix = migrations().first(6);
            auto db = DatabaseOpener::open(file, {}, upToSix);
            QVERIFY(db.ok());
            QCOMPARE(*(*db)->queryInt("PRAGMA user_version"), 6);
            exec(**db, "INSERT INTO companies(id, name, created_at, updated_at) VALUES "
                       "('a', 'Acme', 't', 't'), ('b', 'Beta', 't', 't'), ('z', 'Zero', 't', 't');"
                       + contact("1", "山田", "ヤマダ", "a") + contact("2", "佐藤", "サトウ", "a")
                       + contact("3", "smith", "", "b") + contact("4", "Adams", "", "")
                       + contact("5", "Baker", "", "a", true) + contact("6", "Baker", "", "b"));
        }
        auto db = DatabaseOpener::open(file);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(*(*db)->queryInt("PRAGMA user_version"), 7);
        QCOMPARE(counts(**db), QString("Acme=2 Beta=2 Zero=0"));
        const QString byName = "SELECT family_name FROM contacts WHERE deleted_at IS NULL ORDER BY "
                               "kizuna_name_key(family_name_reading, given_name_reading, family_name, given_name), id";
        QCOMPARE(texts(**db, byName), (QStringList {"Adams", "Baker", "smith", "佐藤", "山田"}));
        auto plan = (*db)->prepare("EXPLAIN QUERY PLAN " + byName);
        QVERIFY(plan.ok());
        QStringList steps;
        while (*plan->step())
            steps << plan->columnText(3);
        QVERIFY2(steps.join(" | ").contains("contacts_sort_name"), qPrintable(steps.join(" | ")));
        QVERIFY2(!steps.join(" | ").contains("TEMP B-TREE"), qPrintable(steps.join(" | ")));
        QCOMPARE(*(*db)->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'contacts_sort_reading'"), 0);
        QCOMPARE(texts(**db, "PRAGMA integrity_check"), QStringList {"ok"});
    }

    void countsFollowEdits()
    {
        auto db = DatabaseOpener::open(m_dir.filePath("edits.kizuna"));
        QVERIFY(db.ok());
        exec(**db, "INSERT INTO companies(id, name, created_at, updated_at) VALUES "
                   "('a', 'Acme', 't', 't'), ('b', 'Beta', 't', 't');"
                   + contact("1", "x", "", "a") + contact("2", "y", "", "a"));
        QVERIFY(refreshCompanyContactCounts(**db).ok());
        QCOMPARE(counts(**db), QString("Acme=2 Beta=0"));
        QCOMPARE(*(*db)->queryInt("SELECT count(*) FROM company_counts_stale"), 0);

        exec(**db, "UPDATE contacts SET company_id = 'b' WHERE id = '1'");
        QVERIFY(refreshCompanyContactCounts(**db).ok());
        QCOMPARE(counts(**db), QString("Acme=1 Beta=1"));
        exec(**db, "UPDATE contacts SET deleted_at = 't' WHERE id = '2'");
        QVERIFY(refreshCompanyContactCounts(**db).ok());
        QCOMPARE(counts(**db), QString("Acme=0 Beta=1"));
        exec(**db, "UPDATE contacts SET deleted_at = NULL WHERE id = '2'; DELETE FROM contacts WHERE id = '1'");
        QVERIFY(refreshCompanyContactCounts(**db).ok());
        QCOMPARE(counts(**db), QString("Acme=1 Beta=0"));
        exec(**db, "DELETE FROM companies WHERE id = 'b'");
        QVERIFY(refreshCompanyContactCounts(**db).ok());
        QCOMPARE(counts(**db), QString("Acme=1"));
    }

    // The demo generator's bulk load drops the triggers while it inserts; recreating them and
    // touching every row marks every company, so the counts come out right.
    void countsFollowABulkLoad()
    {
        auto db = DatabaseOpener::open(m_dir.filePath("bulk.kizuna"));
        QVERIFY(db.ok());
        {
            Demo::BulkLoadSession session(**db, 16);
            Transaction transaction(**db);
            QVERIFY(session.prepareTables().ok());
            QCOMPARE(*(*db)->queryInt("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'company_counts_%' "
                                      "AND type = 'trigger'"),
                     0); // contacts and companies have search triggers: every trigger of theirs is dropped
            exec(**db, "INSERT INTO companies(id, name, created_at, updated_at) VALUES "
                       "('a', 'Acme', 't', 't'), ('b', 'Beta', 't', 't');"
                       + contact("1", "x", "", "a") + contact("2", "y", "", "a") + contact("3", "z", "", "b"));
            QVERIFY(session.finishTables([](int) { return Status(); }).ok());
            QVERIFY(transaction.commit().ok());
        }
        QVERIFY(refreshCompanyContactCounts(**db).ok());
        QCOMPARE(counts(**db), QString("Acme=2 Beta=1"));
    }
};

QTEST_GUILESS_MAIN(tst_SortKeyMigration)
#include "tst_sortkeymigration.moc"
