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

#include <sqlite3.h>

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
        QCOMPARE(*(*db)->queryInt("PRAGMA user_version"), std::int64_t(latestSchemaVersion()));
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

    // Schema step 8 on a file written at step 7: the kind, stage, place, e-mail and phone indexes
    // break ties by the name key (Latin A–Z before kana, no reading no longer first), then id.
    void stepEightBreaksTiesByName()
    {
        const QString file = m_dir.filePath("v7.kizuna");
        {
            auto db = DatabaseOpener::open(file, {}, migrations().first(7));
            QVERIFY(db.ok());
            QCOMPARE(*(*db)->queryInt("PRAGMA user_version"), 7);
            exec(**db, contact("1", "山田", "ヤマダ", "") + contact("2", "smith", "", "") + contact("3", "佐藤", "サトウ", "")
                           + contact("4", "Adams", "", "") + contact("5", "Baker", "", "", true)
                           + "UPDATE contacts SET kind = 'customer', lifecycle_stage = 'lead', prefecture = '東京都';");
        }
        auto db = DatabaseOpener::open(file);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(*(*db)->queryInt("PRAGMA user_version"), latestSchemaVersion());
        const QString name = "kizuna_name_key(family_name_reading, given_name_reading, family_name, given_name)";
        const struct { const char *index; QString keys; } orders[] = {
            {"contacts_sort_kind", "kind, " + name},
            {"contacts_sort_stage", "lifecycle_stage, " + name},
            {"contacts_sort_place", "ifnull(prefecture, ''), ifnull(city, ''), " + name},
            {"contacts_sort_email", "ifnull(email, ''), " + name},
            {"contacts_sort_phone", "ifnull(phone, ifnull(mobile, '')), " + name},
        };
        for (const auto &order : orders) {
            const QString sql = "SELECT family_name FROM contacts WHERE deleted_at IS NULL ORDER BY " + order.keys + ", id";
            QCOMPARE(texts(**db, sql), (QStringList {"Adams", "smith", "佐藤", "山田"}));
            auto explain = (*db)->prepare("EXPLAIN QUERY PLAN " + sql);
            QVERIFY(explain.ok());
            QStringList steps;
            while (*explain->step())
                steps << explain->columnText(3);
            QVERIFY2(steps.join(" | ").contains(order.index), qPrintable(steps.join(" | ")));
            QVERIFY2(!steps.join(" | ").contains("TEMP B-TREE"), qPrintable(steps.join(" | ")));
        }
        QCOMPARE(texts(**db, "PRAGMA integrity_check"), QStringList {"ok"});
    }

    // Step 8 changed kizuna_name_key (accents sort with their base letter): the indexes step 7
    // built hold the old keys and must be rebuilt. Stand-in for the old function here: one that
    // gives every row the same key, registered over the real one on the v7 connection.
    void stepEightRebuildsTheNameKeys()
    {
        const QString file = m_dir.filePath("oldkeys.kizuna");
        {
            auto db = DatabaseOpener::open(file, {}, migrations().first(7));
            QVERIFY(db.ok());
            const auto sameKey = [](sqlite3_context *context, int, sqlite3_value **) {
                sqlite3_result_text(context, "x", 1, SQLITE_STATIC);
            };
            QCOMPARE(sqlite3_create_function_v2((*db)->handle(), "kizuna_name_key", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                                nullptr, +sameKey, nullptr, nullptr, nullptr),
                     SQLITE_OK);
            exec(**db, contact("1", "Zimmer", "", "") + contact("2", "Émile", "", "") + contact("3", "Enzo", "", "")
                           + contact("4", "Adams", "", "") + "INSERT INTO companies(id, name, created_at, updated_at) "
                                                             "VALUES ('a', 'Éclair', 't', 't'), ('b', 'Zeta', 't', 't');");
        }
        auto db = DatabaseOpener::open(file);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(*(*db)->queryInt("PRAGMA user_version"), latestSchemaVersion());
        QCOMPARE(texts(**db, "PRAGMA integrity_check"), QStringList {"ok"});
        const QString name = "kizuna_name_key(family_name_reading, given_name_reading, family_name, given_name)";
        QCOMPARE(texts(**db, "SELECT family_name FROM contacts WHERE deleted_at IS NULL ORDER BY " + name + ", id"),
                 (QStringList {"Adams", "Émile", "Enzo", "Zimmer"}));
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
