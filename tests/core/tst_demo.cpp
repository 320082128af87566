// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;

namespace {

const QDate AsOf(2025, 6, 30);
const QString Now = "2025-06-30T09:00:00.000Z"; // 18:00 JST on the as-of day

} // namespace

class tst_Demo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    Demo::DemoSummary m_summary;

    std::unique_ptr<Storage::Database> openFresh(const QString &name)
    {
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(name));
        if (!db.ok())
            qFatal("%s", qPrintable(db.error().message));
        return std::move(*db);
    }
    qint64 count(const QString &sql) { return count(*m_db, sql); }
    static qint64 count(Storage::Database &db, const QString &sql)
    {
        auto value = db.queryInt(sql);
        if (!value.ok())
            qFatal("%s: %s", qPrintable(sql), qPrintable(value.error().message));
        return *value;
    }
    QStringList texts(const QString &sql)
    {
        auto statement = m_db->prepare(sql);
        if (!statement.ok())
            qFatal("%s", qPrintable(statement.error().message));
        QStringList result;
        while (*statement->step())
            result << statement->columnText(0);
        return result;
    }
    // SHA-256 of every table's rows (by id, else rowid) except per-file settings.
    static QMap<QString, QByteArray> tableHashes(Storage::Database &db)
    {
        QMap<QString, QByteArray> hashes;
        auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                                 "AND name <> 'settings' ORDER BY name");
        QStringList names;
        while (*tables->step())
            names << tables->columnText(0);
        for (const QString &table : names) {
            const bool hasId = count(db, QString("SELECT count(*) FROM pragma_table_info('%1') WHERE name = 'id'").arg(table)) > 0;
            auto rows = db.prepare(QString("SELECT * FROM \"%1\" ORDER BY %2").arg(table, hasId ? "id" : "rowid"));
            if (!rows.ok())
                continue; // e.g. FTS shadow tables without rowid
            QCryptographicHash hash(QCryptographicHash::Sha256);
            while (*rows->step()) {
                for (int c = 0; c < rows->columnCount(); ++c) {
                    hash.addData(rows->isNull(c) ? QByteArray("\x01NULL") : rows->columnBlob(c));
                    hash.addData(QByteArray("\x00", 1));
                }
            }
            hashes.insert(table, hash.result());
        }
        return hashes;
    }
    static Result<Demo::DemoSummary> generate(Storage::Database &db, qint64 contacts, quint64 seed,
                                              const Demo::DemoProgress &progress = {})
    {
        Demo::DemoOptions options;
        options.contacts = contacts;
        options.seed = seed;
        options.asOf = AsOf;
        return Demo::generateDemo(db, options, progress);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = openFresh("demo.kizuna");
        auto summary = generate(*m_db, 2000, 42);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        m_summary = *summary;
    }
    void cleanupTestCase() { m_db.reset(); }

    void summaryMatchesTables_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("contacts") << "contacts" << m_summary.contacts;
        QTest::newRow("companies") << "companies" << m_summary.companies;
        QTest::newRow("users") << "users" << m_summary.users;
        QTest::newRow("products") << "products" << m_summary.products;
        QTest::newRow("activities") << "activities" << m_summary.activities;
        QTest::newRow("orders") << "orders" << m_summary.orders;
        QTest::newRow("order_lines") << "order_lines" << m_summary.orderLines;
        QTest::newRow("deals") << "deals" << m_summary.deals;
        QTest::newRow("deal_lines") << "deal_lines" << m_summary.dealLines;
        QTest::newRow("deal_stage_history") << "deal_stage_history" << m_summary.stageChanges;
        QTest::newRow("tasks") << "tasks" << m_summary.tasks;
        QTest::newRow("campaigns") << "campaigns" << m_summary.campaigns;
        QTest::newRow("campaign_members") << "campaign_members" << m_summary.campaignMembers;
        QTest::newRow("survey_answers") << "survey_answers" << m_summary.surveyAnswers;
        QTest::newRow("tags") << "tags" << m_summary.tags;
    }
    void summaryMatchesTables()
    {
        QFETCH(QString, table);
        QFETCH(qint64, expected);
        QVERIFY(expected > 0);
        QCOMPARE(count("SELECT count(*) FROM " + table), expected);
    }

    void proportionsFollowTheReferenceData()
    {
        const double contacts = count("SELECT count(*) FROM contacts");
        QCOMPARE(contacts, 2000.0);
        const double activities = count("SELECT count(*) FROM activities") / contacts;
        const double orders = count("SELECT count(*) FROM orders") / contacts;
        QVERIFY2(activities > 4.5 && activities < 5.5, qPrintable(QString::number(activities)));
        QVERIFY2(orders > 1.7 && orders < 2.3, qPrintable(QString::number(orders)));
        QCOMPARE(count("SELECT count(*) FROM deals"), 200);
        const double linesPerOrder = double(count("SELECT count(*) FROM order_lines")) / count("SELECT count(*) FROM orders");
        QVERIFY2(linesPerOrder > 1.4 && linesPerOrder < 2.5, qPrintable(QString::number(linesPerOrder)));
        const qint64 products = count("SELECT count(*) FROM products");
        QVERIFY(products >= 150 && products <= 250);
        QCOMPARE(count("SELECT count(DISTINCT category) FROM products"), 8);
        QCOMPARE(count("SELECT count(DISTINCT sku) FROM products"), products);
        // Orders mixing categories exist in numbers (cross-sell).
        const qint64 mixed = count("SELECT count(*) FROM (SELECT l.order_id FROM order_lines l JOIN products p ON p.id = l.product_id "
                                   "GROUP BY l.order_id HAVING count(DISTINCT p.category) >= 2)");
        QVERIFY2(mixed > count("SELECT count(*) FROM orders") / 5, qPrintable(QString::number(mixed)));
    }

    void orderTotalsAreTheSumOfTheirLines()
    {
        QCOMPARE(count("SELECT count(*) FROM orders o WHERE o.total <> "
                       "(SELECT sum(quantity * unit_price) FROM order_lines WHERE order_id = o.id)"), 0);
        QCOMPARE(count("SELECT count(*) FROM orders WHERE total <= 0"), 0);
    }

    void dealsHaveStagesOutcomesAndReasons()
    {
        const qint64 deals = count("SELECT count(*) FROM deals");
        const qint64 open = count("SELECT count(*) FROM deals WHERE status = 'open'");
        QVERIFY2(open > deals / 5 && open < deals / 2, qPrintable(QString::number(open)));
        QVERIFY(count("SELECT count(*) FROM deals WHERE status = 'won'") > 0);
        QVERIFY(count("SELECT count(*) FROM deals WHERE status = 'lost'") > 0);
        QCOMPARE(count("SELECT count(*) FROM deals WHERE status = 'lost' AND lost_reason_id IS NULL"), 0);
        QCOMPARE(count("SELECT count(*) FROM deals WHERE status <> 'lost' AND lost_reason_id IS NOT NULL"), 0);
        QCOMPARE(count("SELECT count(*) FROM deals WHERE (status = 'open') <> (closed_at IS NULL)"), 0);
        QCOMPARE(count("SELECT count(*) FROM deals WHERE closed_at < created_at OR closed_at > '" + Now + "'"), 0);
        QVERIFY(count("SELECT count(DISTINCT lost_reason_id) FROM deals") >= 4);
        // Every deal entered its first stage; history follows the deal's life.
        QCOMPARE(count("SELECT count(*) FROM deals d WHERE NOT EXISTS "
                       "(SELECT 1 FROM deal_stage_history h WHERE h.deal_id = d.id AND h.from_stage_id IS NULL)"), 0);
        QVERIFY(count("SELECT count(*) FROM deal_stage_history") > 2 * deals);
        QCOMPARE(count("SELECT count(*) FROM deals d WHERE stage_id <> (SELECT to_stage_id FROM deal_stage_history h "
                       "WHERE h.deal_id = d.id ORDER BY changed_at DESC LIMIT 1)"), 0);
        QCOMPARE(count("SELECT count(*) FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id "
                       "WHERE h.changed_at < d.created_at OR h.changed_at > coalesce(d.closed_at, '" + Now + "')"), 0);
        QCOMPARE(count("SELECT count(*) FROM pipeline_stages"), 6);
        // Won deals sit in the last stage and became an order.
        QCOMPARE(count("SELECT count(*) FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id "
                       "WHERE d.status = 'won' AND s.position <> 5"), 0);
        QCOMPARE(count("SELECT count(*) FROM deals WHERE amount <= 0"), 0);
    }

    void lifecycleFollowsPurchaseHistory()
    {
        QCOMPARE(count("SELECT count(*) FROM contacts c WHERE (kind = 'customer') <> "
                       "EXISTS (SELECT 1 FROM orders o WHERE o.contact_id = c.id)"), 0);
        QCOMPARE(count("SELECT count(*) FROM contacts WHERE kind = 'customer' AND lifecycle_stage "
                       "NOT IN ('customer', 'evangelist', 'churned')"), 0);
        for (const char *stage : {"subscriber", "lead", "qualified_lead", "opportunity", "customer", "evangelist", "churned"})
            QVERIFY2(count(QString("SELECT count(*) FROM contacts WHERE lifecycle_stage = '%1'").arg(stage)) > 0, stage);
        const QString perContact = "(SELECT contact_id, count(*) AS n FROM orders GROUP BY contact_id)";
        QVERIFY(count("SELECT count(*) FROM " + perContact + " WHERE n = 1") > 100);  // one-time buyers
        QVERIFY(count("SELECT count(*) FROM " + perContact + " WHERE n >= 5") > 50);  // repeat buyers
        // Dormant: customers (not churned) without an order in the last 180 days.
        QVERIFY(count("SELECT count(*) FROM contacts c WHERE lifecycle_stage = 'customer' AND "
                      "(SELECT max(ordered_at) FROM orders WHERE contact_id = c.id) < '2025-01-01'") > 20);
        QCOMPARE(count("SELECT count(*) FROM contacts WHERE loyalty_rank IS NOT NULL AND kind <> 'customer'"), 0);
    }

    void ordersShowSeasonality()
    {
        // Three whole years before the as-of day: every month counted three times.
        const auto monthly = [this](const char *months) {
            return count(QString("SELECT count(*) FROM orders WHERE substr(ordered_at, 6, 2) IN (%1) "
                                 "AND ordered_at >= '2022-07-01' AND ordered_at < '2025-07-01'").arg(months));
        };
        QVERIFY(monthly("'07', '12'") > monthly("'02', '08'") * 5 / 4);
    }

    void activitiesCoverAllTypes()
    {
        QCOMPARE(count("SELECT count(DISTINCT type) FROM activities"), 12);
        QCOMPARE(count("SELECT count(*) FROM activities WHERE type IN ('call', 'meeting') AND duration_minutes IS NULL"), 0);
        QVERIFY(count("SELECT count(*) FROM activities WHERE deal_id IS NOT NULL") > 200);
        QVERIFY(count("SELECT count(*) FROM activities WHERE direction = 'in'") > 0);
        QCOMPARE(count("SELECT count(*) FROM activities a JOIN contacts c ON c.id = a.contact_id "
                       "WHERE a.occurred_at < c.created_at OR a.occurred_at > '" + Now + "'"), 0);
    }

    void campaignsHaveVariantsAndFunnels()
    {
        QVERIFY(count("SELECT count(*) FROM campaigns") >= 90);
        QCOMPARE(count("SELECT count(DISTINCT channel) FROM campaigns"), 6);
        QVERIFY(count("SELECT count(*) FROM campaign_variants WHERE label = 'B'") > 10);
        QVERIFY(count("SELECT count(*) FROM campaigns WHERE status = 'scheduled'") > 0);
        QVERIFY(count("SELECT count(*) FROM campaigns WHERE status = 'draft'") > 0);
        for (const char *status : {"sent", "delivered", "opened", "clicked", "converted", "bounced"})
            QVERIFY2(count(QString("SELECT count(*) FROM campaign_members WHERE status = '%1'").arg(status)) > 0, status);
        QCOMPARE(count("SELECT count(*) FROM campaign_members WHERE status IN ('opened', 'clicked') "
                       "AND (delivered_at IS NULL OR sent_at IS NULL)"), 0);
        QCOMPARE(count("SELECT count(*) FROM campaign_members WHERE status <> 'pending' AND sent_at IS NULL"), 0);
        QCOMPARE(count("SELECT count(*) FROM campaign_members WHERE opened_at < delivered_at OR clicked_at < opened_at"), 0);
        QCOMPARE(count("SELECT count(*) FROM campaign_members m JOIN contacts c ON c.id = m.contact_id "
                       "WHERE m.status = 'unsubscribed' AND c.marketing_opt_in <> 0"), 0);
        QCOMPARE(count("SELECT count(*) FROM campaign_members m JOIN contacts c ON c.id = m.contact_id "
                       "WHERE c.marketing_opt_in_at IS NULL AND m.status <> 'unsubscribed' "
                       "AND NOT EXISTS (SELECT 1 FROM campaign_members u WHERE u.contact_id = c.id AND u.status = 'unsubscribed')"), 0);
    }

    void npsAnswersForSomeCustomers()
    {
        const double customers = count("SELECT count(*) FROM contacts WHERE kind = 'customer'");
        const double share = count("SELECT count(DISTINCT contact_id) FROM survey_answers") / customers;
        QVERIFY2(share > 0.08 && share < 0.18, qPrintable(QString::number(share)));
        QVERIFY(count("SELECT count(*) FROM survey_answers WHERE score >= 9") > 0);
        QVERIFY(count("SELECT count(*) FROM survey_answers WHERE score <= 6") > 0);
    }

    void tasksAroundTheAsOfDay()
    {
        QVERIFY(count("SELECT count(*) FROM tasks WHERE done_at IS NULL AND due_at < '2025-06-29T15:00:00.000Z'") > 0);
        QVERIFY(count("SELECT count(*) FROM tasks WHERE done_at IS NULL AND due_at BETWEEN "
                      "'2025-06-29T15:00:00.000Z' AND '2025-06-30T15:00:00.000Z'") > 0);
        QVERIFY(count("SELECT count(*) FROM tasks WHERE done_at IS NULL AND due_at > '2025-06-30T15:00:00.000Z'") > 0);
        QVERIFY(count("SELECT count(*) FROM tasks WHERE done_at IS NOT NULL") > 0);
        QCOMPARE(count("SELECT count(*) FROM tasks WHERE done_at > '" + Now + "'"), 0);
    }

    void tagsOnASubsetOfContacts()
    {
        QCOMPARE(count("SELECT count(*) FROM tags"), 10);
        const qint64 tagged = count("SELECT count(DISTINCT contact_id) FROM contact_tags");
        QVERIFY(tagged > 200 && tagged < 2000);
        QCOMPARE(count("SELECT count(DISTINCT tag_id) FROM contact_tags"), 10);
    }

    void namesHaveKatakanaReadings()
    {
        const QRegularExpression katakana("^[\\x{30A0}-\\x{30FF}]+$");
        for (const QString &sql : {QString("SELECT family_name_reading FROM contacts"),
                                   QString("SELECT given_name_reading FROM contacts"),
                                   QString("SELECT name_reading FROM companies")}) {
            for (const QString &reading : texts(sql))
                QVERIFY2(katakana.match(reading).hasMatch(), qPrintable(sql + ": " + reading));
        }
        const double japanese = count("SELECT count(*) FROM contacts WHERE unicode(family_name) > 0x3000") / 2000.0;
        QVERIFY2(japanese > 0.6 && japanese < 0.8, qPrintable(QString::number(japanese)));
        QVERIFY(count("SELECT count(*) FROM contacts WHERE family_name = '山田' AND family_name_reading = 'ヤマダ'") > 0);
    }

    void addressesAndPhonesAreJapanese()
    {
        const QRegularExpression postal("^\\d{3}-\\d{4}$");
        for (const QString &code : texts("SELECT postal_code FROM contacts UNION ALL SELECT postal_code FROM companies"))
            QVERIFY2(postal.match(code).hasMatch(), qPrintable(code));
        const QRegularExpression phone("^0\\d{1,4}-\\d{1,4}-\\d{4}$");
        for (const QString &number : texts("SELECT phone FROM contacts WHERE phone IS NOT NULL"))
            QVERIFY2(phone.match(number).hasMatch() && number.size() == 12, qPrintable(number)); // 10 digits
        const QRegularExpression mobile("^0[789]0-\\d{4}-\\d{4}$");
        for (const QString &number : texts("SELECT mobile FROM contacts WHERE mobile IS NOT NULL"))
            QVERIFY2(mobile.match(number).hasMatch(), qPrintable(number));
        QCOMPARE(count("SELECT count(*) FROM contacts WHERE prefecture = '東京都' AND postal_code NOT GLOB '1[0-9][0-9]-*'"), 0);
        QCOMPARE(count("SELECT count(*) FROM contacts WHERE email IS NOT NULL AND email NOT LIKE '%@%example.%'"), 0);
        QVERIFY(count("SELECT count(DISTINCT prefecture) FROM contacts") > 30);
    }

    void databaseIsConsistent()
    {
        QCOMPARE(texts("PRAGMA integrity_check"), QStringList("ok"));
        QCOMPARE(texts("PRAGMA foreign_key_check"), QStringList());
        // Indexes and triggers dropped for the load are all back; the search index has every record.
        auto fresh = openFresh("fresh.kizuna");
        const QString schema = "SELECT count(*) FROM sqlite_schema WHERE type = '%1'";
        QCOMPARE(count(schema.arg("index")), count(*fresh, schema.arg("index")));
        QCOMPARE(count(schema.arg("trigger")), count(*fresh, schema.arg("trigger")));
        QCOMPARE(count("SELECT count(*) FROM search_docs WHERE entity = 'contact'"), 2000);
        QCOMPARE(count("SELECT count(*) FROM search_docs WHERE entity = 'activity'"), m_summary.activities);
        QCOMPARE(count("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"お問い合わせ\"'") > 0, true);
        // The connection is back to its normal settings.
        QCOMPARE(texts("PRAGMA journal_mode"), QStringList("wal"));
        QCOMPARE(count("PRAGMA foreign_keys"), 1);
        QCOMPARE(count("PRAGMA ignore_check_constraints"), 0);
        QCOMPARE(count("SELECT count(*) FROM change_log"), 0); // a bulk seed writes no change log
    }

    void sameSeedGivesIdenticalData()
    {
        auto first = openFresh("same1.kizuna");
        auto second = openFresh("same2.kizuna");
        QVERIFY(generate(*first, 300, 7).ok());
        QVERIFY(generate(*second, 300, 7).ok());
        const auto a = tableHashes(*first);
        const auto b = tableHashes(*second);
        QVERIFY(a.contains("contacts") && a.contains("activities") && a.contains("search_docs"));
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            QVERIFY2(b.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(a.size(), b.size());
    }

    void differentSeedGivesDifferentData()
    {
        auto first = openFresh("seed1.kizuna");
        auto second = openFresh("seed2.kizuna");
        QVERIFY(generate(*first, 300, 1).ok());
        QVERIFY(generate(*second, 300, 2).ok());
        const auto a = tableHashes(*first);
        const auto b = tableHashes(*second);
        for (const char *table : {"contacts", "orders", "activities", "deals"})
            QVERIFY2(a.value(table) != b.value(table), table);
    }

    void refusesADatabaseWithContacts()
    {
        auto result = generate(*m_db, 10, 1);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::BadInput);
        QVERIFY2(result.error().message.contains(m_db->path()), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains("2000"), qPrintable(result.error().message));
        QCOMPARE(count("SELECT count(*) FROM contacts"), 2000);
    }

    void rejectsANegativeCount()
    {
        auto db = openFresh("negative.kizuna");
        auto result = generate(*db, -1, 1);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::BadInput);
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        auto db = openFresh("cancel.kizuna");
        const auto before = tableHashes(*db);
        const QString schema = "SELECT count(*) FROM sqlite_schema";
        const qint64 objects = count(*db, schema);
        qint64 calls = 0;
        qint64 lastTotal = 0;
        auto result = generate(*db, 3000, 1, [&](qint64 done, qint64 total) {
            ++calls;
            lastTotal = total;
            return done < 2000; // cancel in the middle of the contacts
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Cancelled);
        QCOMPARE(calls, 2);
        QVERIFY(lastTotal >= 3000);
        QCOMPARE(tableHashes(*db), before);
        QCOMPARE(count(*db, "SELECT count(*) FROM contacts"), 0);
        QCOMPARE(count(*db, "SELECT count(*) FROM users"), 0);
        QCOMPARE(count(*db, schema), objects);
        QCOMPARE(count(*db, "PRAGMA foreign_keys"), 1);
        // And the file still takes demo data afterwards.
        qint64 lastDone = 0;
        auto again = generate(*db, 50, 1, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY(again.ok());
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(count(*db, "SELECT count(*) FROM contacts"), 50);
    }
};

QTEST_GUILESS_MAIN(tst_Demo)
#include "tst_demo.moc"
