// SPDX-License-Identifier: GPL-3.0-or-later
// Segment members on the hand-built CRM of segmentfixture.h: every kind of condition, nested
// groups, keyset pages, temporary tables, index use, and the saved-segment repository.
#include "core/model/changecontext.h"
#include "core/model/changelog.h"
#include "core/model/recordstore.h"
#include "core/segments/segmentmembers.h"
#include "core/segments/segmentrepository.h"
#include "core/segments/segmentsql.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "segmentfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Segments;

namespace {

QString failure(const Error &error)
{
    return error.message;
}

QByteArray condition(const char *field, const char *op, const char *value = nullptr)
{
    QByteArray json = QByteArray("{\"field\":\"") + field + "\",\"operator\":\"" + op + '"';
    if (value)
        json += QByteArray(",\"value\":") + value;
    return json + '}';
}

} // namespace

class tst_SegmentMembers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Storage::Database> m_db;

    Result<SegmentRule> parse(const QByteArray &json) { return SegmentRule::fromJson(json); }

    QString plan(const QString &sql, const QVariantMap &binds)
    {
        auto statement = m_db->prepare(u"EXPLAIN QUERY PLAN " + sql);
        if (!statement.ok())
            return statement.error().message;
        SegmentSql::bind(*statement, binds);
        QStringList lines;
        (void)statement->forEachRow([&] { lines << statement->columnText(3); });
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("segments.kizuna"));
        auto db = Storage::DatabaseOpener::open(m_path);
        QVERIFY(db.ok());
        m_db = std::move(*db);
        const Status loaded = m_db->exec(QString::fromUtf8(SegmentFixture::Sql));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    }
    void cleanupTestCase() { m_db.reset(); }

    void members_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QStringList>("expected");
        const auto one = [](const char *field, const char *op, const char *value = nullptr) -> QByteArray {
            return "{\"conditions\":[" + condition(field, op, value) + "]}";
        };
        QTest::newRow("empty rule: everybody not in the Trash") << QByteArray("{}") << QStringList{"A", "B", "C", "D", "E"};
        QTest::newRow("kind =") << one("kind", "=", "\"customer\"") << QStringList{"A", "B", "C", "D"};
        QTest::newRow("prefecture =") << one("prefecture", "=", "\"東京都\"") << QStringList{"A", "C"};
        QTest::newRow("prefecture != keeps empty") << one("prefecture", "!=", "\"東京都\"") << QStringList{"B", "D", "E"};
        QTest::newRow("prefecture in") << one("prefecture", "in", "[\"大阪府\",\"北海道\"]") << QStringList{"B", "E"};
        QTest::newRow("prefecture not_in") << one("prefecture", "not_in", "[\"大阪府\",\"北海道\"]") << QStringList{"A", "C", "D"};
        QTest::newRow("prefecture is_empty") << one("prefecture", "is_empty") << QStringList{"D"};
        QTest::newRow("email contains, any case") << one("email", "contains", "\"EXAMPLE.\"") << QStringList{"A", "C"};
        QTest::newRow("contains a wildcard literally") << one("email", "contains", "\"%\"") << QStringList{};
        QTest::newRow("email is_not_empty") << one("email", "is_not_empty") << QStringList{"A", "C", "D", "E"};
        QTest::newRow("owner =") << one("owner_id", "=", "\"u1\"") << QStringList{"A", "C"};
        QTest::newRow("owner is_empty") << one("owner_id", "is_empty") << QStringList{"E"};
        QTest::newRow("created_at <") << one("created_at", "<", "\"2025-01-05\"") << QStringList{"A"};
        QTest::newRow("created_at = day") << one("created_at", "=", "\"2025-01-05\"") << QStringList{"B"};
        QTest::newRow("created_at <= day") << one("created_at", "<=", "\"2025-01-05\"") << QStringList{"A", "B"};
        QTest::newRow("created_at >") << one("created_at", ">", "\"2025-04-05\"") << QStringList{"E"};
        QTest::newRow("created_at between") << one("created_at", "between", "[\"2025-02-01\",\"2025-04-05\"]") << QStringList{"C", "D"};
        QTest::newRow("birthday between") << one("birthday", "between", "[\"1980-01-01\",\"1980-12-31\"]") << QStringList{"A"};
        QTest::newRow("opt-in") << one("marketing_opt_in", "=", "true") << QStringList{"A"};
        QTest::newRow("loyalty points >") << one("loyalty_points", ">", "100") << QStringList{"A"};
        QTest::newRow("tag =") << one("tag", "=", "\"VIP\"") << QStringList{"A", "C"};
        QTest::newRow("tag !=") << one("tag", "!=", "\"VIP\"") << QStringList{"B", "D", "E"};
        QTest::newRow("tag link in the Trash") << one("tag", "in", "[\"常連\"]") << QStringList{"C"};
        QTest::newRow("tag in the Trash") << one("tag", "=", "\"Old\"") << QStringList{};
        QTest::newRow("no tags") << one("tag", "is_empty") << QStringList{"B", "D", "E"};
        QTest::newRow("bought SKU") << one("purchased_product", "=", "\"TEA-1\"") << QStringList{"A", "B", "C"};
        QTest::newRow("never bought SKU") << one("purchased_product", "!=", "\"CUP-1\"") << QStringList{"B", "C", "E"};
        QTest::newRow("bought category") << one("purchased_category", "in", "[\"Ware\"]") << QStringList{"A", "D"};
        QTest::newRow("orders >= 2") << one("orders_count", ">=", "2") << QStringList{"A", "C"};
        QTest::newRow("no orders") << one("orders_count", "=", "0") << QStringList{"E"};
        QTest::newRow("orders < 2 keeps no orders") << one("orders_count", "<", "2") << QStringList{"B", "D", "E"};
        QTest::newRow("revenue >") << one("revenue", ">", "3000") << QStringList{"A", "C", "D"};
        QTest::newRow("revenue between") << one("revenue", "between", "[500, 4000]") << QStringList{"B", "C", "D"};
        QTest::newRow("revenue < keeps no orders") << one("revenue", "<", "1000") << QStringList{"B", "E"};
        QTest::newRow("revenue != 0") << one("revenue", "!=", "0") << QStringList{"A", "B", "C", "D"};
        QTest::newRow("activity < 2 days") << one("last_activity_days", "<", "2") << QStringList{"A", "E"};
        QTest::newRow("activity <= 1 day") << one("last_activity_days", "<=", "1") << QStringList{"A", "E"};
        QTest::newRow("activity > 30 days") << one("last_activity_days", ">", "30") << QStringList{"B", "C"};
        QTest::newRow("activity >= 211 days") << one("last_activity_days", ">=", "211") << QStringList{"B"};
        QTest::newRow("activity = 60 days") << one("last_activity_days", "=", "60") << QStringList{"C"};
        QTest::newRow("activity between") << one("last_activity_days", "between", "[30, 90]") << QStringList{"C"};
        QTest::newRow("no activity") << one("last_activity_days", "is_empty") << QStringList{"D"};
        QTest::newRow("rfm =") << one("rfm_class", "=", "\"loyal\"") << QStringList{"C"};
        QTest::newRow("rfm in") << one("rfm_class", "in", "[\"cant_lose_them\",\"lost\"]") << QStringList{"A", "B"};
        QTest::newRow("rfm != keeps no class") << one("rfm_class", "!=", "\"loyal\"") << QStringList{"A", "B", "D", "E"};
        QTest::newRow("rfm is_empty") << one("rfm_class", "is_empty") << QStringList{"E"};
        QTest::newRow("and") << QByteArray("{\"op\":\"and\",\"conditions\":[" + condition("prefecture", "=", "\"東京都\"") + ","
                                           + condition("revenue", ">", "5000") + "]}")
                             << QStringList{"A"};
        QTest::newRow("or of and") << QByteArray("{\"op\":\"or\",\"conditions\":[" + condition("tag", "=", "\"VIP\"")
                                                 + ",{\"op\":\"and\",\"conditions\":[" + condition("prefecture", "=", "\"大阪府\"")
                                                 + "," + condition("kind", "=", "\"customer\"") + "]}]}")
                                   << QStringList{"A", "B", "C"};
        QTest::newRow("empty or group") << QByteArray("{\"op\":\"and\",\"conditions\":[{\"op\":\"or\",\"conditions\":[]},"
                                                      + condition("kind", "=", "\"lead\"") + "]}")
                                        << QStringList{"E"};
    }
    void members()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QStringList, expected);
        auto parsed = parse(rule);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : failure(parsed.error())));
        SegmentMembers members(*m_db, SegmentFixture::AsOf);
        auto ids = members.page(*parsed, {}, 100);
        QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : failure(ids.error())));
        QCOMPARE(*ids, expected);
        auto count = members.count(*parsed);
        QVERIFY(count.ok());
        QCOMPARE(*count, expected.size());
    }

    void asOfMovesRecencyAndOrders()
    {
        // On 2025-03-31, A's last activity was 2025-01-01 (89 days) and C had no order yet.
        auto recent = parse("{\"conditions\":[" + condition("last_activity_days", "<", "100") + "]}");
        auto buyers = parse("{\"conditions\":[" + condition("orders_count", ">=", "1") + "]}");
        QVERIFY(recent.ok() && buyers.ok());
        SegmentMembers members(*m_db, QDate(2025, 3, 31));
        QCOMPARE(*members.page(*recent, {}, 10), (QStringList{"A"}));
        QCOMPARE(*members.page(*buyers, {}, 10), (QStringList{"A", "B"}));
    }

    void keysetPages()
    {
        SegmentMembers members(*m_db, SegmentFixture::AsOf);
        const SegmentRule everybody;
        QStringList seen;
        QString after;
        QList<qsizetype> sizes;
        for (;;) {
            auto page = members.page(everybody, after, 2);
            QVERIFY(page.ok());
            sizes << page->size();
            if (page->isEmpty())
                break;
            seen << *page;
            after = page->last();
        }
        QCOMPARE(seen, (QStringList{"A", "B", "C", "D", "E"}));
        QCOMPARE(sizes, (QList<qsizetype>{2, 2, 1, 0}));
    }

    void materialisedTableLivesWithItsHandle()
    {
        auto rule = parse("{\"conditions\":[" + condition("rfm_class", "in", "[\"loyal\",\"lost\"]") + "]}");
        QVERIFY(rule.ok());
        QString name;
        {
            SegmentMembers members(*m_db, SegmentFixture::AsOf);
            auto table = members.materialise(*rule);
            QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : failure(table.error())));
            QCOMPARE(table->size(), 2);
            name = table->name();
            QVERIFY(name.startsWith(QStringLiteral("temp.kizuna_segment_")));
            auto rows = m_db->queryText(u"SELECT group_concat(contact_id, ',') FROM (SELECT contact_id FROM " + name
                                        + u" ORDER BY 1)");
            QCOMPARE(*rows, QStringLiteral("B,C"));
            // The RFM classes were computed into a temporary table of their own.
            QCOMPARE(*m_db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE type = 'table'")), 2);
        }
        QCOMPARE(*m_db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE type = 'table'")), 0);
    }

    void readOnlyConnectionEvaluates()
    {
        Storage::OpenOptions options;
        options.readOnly = true;
        options.create = false;
        auto db = Storage::DatabaseOpener::open(m_path, options);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY((*db)->isReadOnly());
        auto rule = parse("{\"op\":\"or\",\"conditions\":[" + condition("rfm_class", "=", "\"potential_loyalist\"") + ","
                          + condition("tag", "=", "\"VIP\"") + "]}");
        QVERIFY(rule.ok());
        SegmentMembers members(**db, SegmentFixture::AsOf);
        auto table = members.materialise(*rule);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : failure(table.error())));
        QCOMPARE(table->size(), 3);
    }

    void usesIndexes_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("index");
        QTest::newRow("prefecture") << condition("prefecture", "=", "\"東京都\"") << "contacts_sort_place";
        QTest::newRow("owner") << condition("owner_id", "=", "\"u1\"") << "contacts_owner";
        QTest::newRow("created") << condition("created_at", ">=", "\"2025-01-01\"") << "contacts_dashboard_created (created_at>?)";
        QTest::newRow("tag") << condition("tag", "=", "\"VIP\"") << "contact_tags_tag";
        QTest::newRow("product") << condition("purchased_product", "=", "\"TEA-1\"") << "order_lines_product";
        QTest::newRow("recent activity") << condition("last_activity_days", "<", "30") << "activities_occurred";
        QTest::newRow("older activity") << condition("last_activity_days", ">", "90") << "activities_contact";
    }
    void usesIndexes()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, index);
        auto parsed = parse(rule);
        QVERIFY(parsed.ok());
        SegmentSql::Options options;
        options.asOf = SegmentFixture::AsOf;
        const SegmentPredicate predicate = SegmentSql::compile(*parsed, options);
        const QString text = plan(u"SELECT count(*) FROM (" + SegmentSql::membersSql(predicate) + u')', predicate.binds);
        QVERIFY2(text.contains(index), qPrintable(text));
    }

    void repositorySavesThroughTheRecordStore()
    {
        auto context = Model::changeContextFor(*m_db, QStringLiteral("tester"));
        QVERIFY(context.ok());
        Model::RecordStore store(*m_db, *context);
        SegmentRepository repository(store);
        auto vip = parse("{\"conditions\":[" + condition("tag", "=", "\"VIP\"") + "]}");
        QVERIFY(vip.ok());
        auto id = repository.create(QStringLiteral(" VIP customers "), *vip);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : failure(id.error())));
        auto second = repository.create(QStringLiteral("Alpha"), SegmentRule());
        QVERIFY(second.ok());

        auto duplicate = repository.create(QStringLiteral("VIP customers"), SegmentRule());
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error().message.contains(QStringLiteral("a segment named \"VIP customers\" already exists")),
                 qPrintable(duplicate.error().message));

        auto list = SegmentRepository::list(*m_db);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QStringLiteral("Alpha"));
        QCOMPARE(list->at(1).name, QStringLiteral("VIP customers"));

        auto byName = SegmentRepository::find(*m_db, QStringLiteral("VIP customers"));
        QVERIFY(byName.ok());
        QCOMPARE(byName->id, *id);
        auto rule = byName->rule();
        QVERIFY(rule.ok());
        QCOMPARE(rule->toJson(), vip->toJson());
        QCOMPARE(SegmentRepository::find(*m_db, *id)->name, QStringLiteral("VIP customers"));

        auto tokyo = parse("{\"conditions\":[" + condition("prefecture", "=", "\"東京都\"") + "]}");
        QVERIFY(repository.update(*id, QStringLiteral("Tokyo"), *tokyo).ok());
        QCOMPARE(SegmentRepository::find(*m_db, QStringLiteral("Tokyo"))->ruleJson, tokyo->toJson());

        auto history = Model::ChangeLog(*m_db).history(QStringLiteral("segment"), *id);
        QVERIFY(history.ok());
        QVERIFY(history->size() >= 4); // insert of name and rule, update of name and rule

        QVERIFY(repository.remove(*second).ok());
        QCOMPARE(SegmentRepository::list(*m_db)->size(), 1);
        auto gone = SegmentRepository::find(*m_db, QStringLiteral("Alpha"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, ErrorKind::NotFound);
        // A name in the Trash can be used again.
        QVERIFY(repository.create(QStringLiteral("Alpha"), SegmentRule()).ok());
    }

    void brokenStoredRuleNamesTheSegment()
    {
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO segments(id, name, rule, created_at, updated_at) VALUES "
                                          "('s-broken', 'Broken', '{\"op\":\"nand\"}', 'x', 'x')")).ok());
        auto segment = SegmentRepository::find(*m_db, QStringLiteral("Broken"));
        QVERIFY(segment.ok());
        auto rule = segment->rule();
        QVERIFY(!rule.ok());
        QCOMPARE(rule.error().message, QStringLiteral("segment \"Broken\": segment rule: \"op\" must be \"and\" or \"or\", not \"nand\""));
        QVERIFY(SegmentRepository::list(*m_db).ok());
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM segments WHERE id = 's-broken'")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_SegmentMembers)
#include "tst_segmentmembers.moc"
