// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/changelog.h"
#include "core/model/contactrepository.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/databaseopener.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Model;

class tst_RecordStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<RecordStore> m_store;

    const EntityDef &contacts() { return entity(u"contact"); }
    QString addTaro()
    {
        auto id = m_store->insert(contacts(), {{QStringLiteral("family_name"), QStringLiteral("山田")},
                                               {QStringLiteral("given_name"), QStringLiteral("太郎")},
                                               {QStringLiteral("family_name_reading"), QStringLiteral("やまだ")},
                                               {QStringLiteral("email"), QStringLiteral("taro@example.jp")},
                                               {QStringLiteral("kind"), QStringLiteral("Customer")}});
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    QList<ChangeEntry> history(const QString &id)
    {
        ChangeLog log(*m_db);
        return *log.history(QStringLiteral("contact"), id);
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        const QString file = m_dir.filePath(QStringLiteral("%1.kizuna").arg(QTest::currentTestFunction()));
        auto db = Storage::DatabaseOpener::open(file);
        QVERIFY(db.ok());
        m_db = std::move(*db);
        auto context = changeContextFor(*m_db, QStringLiteral("tester"));
        QVERIFY(context.ok());
        m_store = std::make_unique<RecordStore>(*m_db, *context);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void catalogueMatchesSchema()
    {
        const QSet<QString> common{QStringLiteral("id"), QStringLiteral("created_at"),
                                   QStringLiteral("updated_at"), QStringLiteral("deleted_at")};
        for (const EntityDef &e : entities()) {
            auto info = m_db->prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(e.table));
            QVERIFY(info.ok());
            QSet<QString> columns;
            while (*info->step())
                columns << info->columnText(0);
            QVERIFY2(!columns.isEmpty(), qPrintable(e.table));
            for (const QString &c : common)
                QVERIFY2(columns.contains(c), qPrintable(e.table + u'.' + c));
            const QStringList names = e.fieldNames();
            const QSet<QString> fields(names.cbegin(), names.cend());
            QCOMPARE(columns - common, fields);
        }
    }

    void insertAndGet()
    {
        const QString id = addTaro();
        QCOMPARE(id.size(), 36);
        ContactRepository repo(*m_store);
        auto contact = repo.get(id);
        QVERIFY(contact.ok());
        QCOMPARE(contact->familyName, QStringLiteral("山田"));
        QCOMPARE(contact->kind, QStringLiteral("customer")); // choices are folded to lower case
        QCOMPARE(contact->lifecycleStage, QStringLiteral("lead")); // schema default
        QCOMPARE(contact->displayName(), QStringLiteral("山田 太郎"));
        QVERIFY(!contact->createdAt.isEmpty());
        QCOMPARE(contact->createdAt, contact->updatedAt);
    }

    void typedRepositoryRoundTrip()
    {
        Contact c;
        c.familyName = QStringLiteral("Smith");
        c.givenName = QStringLiteral("Emma");
        c.birthday = QDate(1990, 2, 28);
        c.marketingOptIn = true;
        c.loyaltyPoints = 120;
        ContactRepository repo(*m_store);
        auto id = repo.add(c);
        QVERIFY(id.ok());
        auto back = repo.get(*id);
        QCOMPARE(back->displayName(), QStringLiteral("Emma Smith"));
        QCOMPARE(back->birthday, QDate(1990, 2, 28));
        QVERIFY(back->marketingOptIn);
        QCOMPARE(back->loyaltyPoints, 120);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown field") << "favourite_colour" << "blue" << "has no field \"favourite_colour\"";
        QTest::newRow("bad choice") << "kind" << "friend" << "\"kind\": \"friend\" is not one of";
        QTest::newRow("bad date") << "birthday" << "31/02/1990" << "\"birthday\"";
        QTest::newRow("bad integer") << "loyalty_points" << "ten" << "not a whole number";
        QTest::newRow("bad bool") << "marketing_opt_in" << "maybe" << "\"marketing_opt_in\"";
        QTest::newRow("missing reference") << "company_id" << "00000000-0000-4000-8000-000000000000"
                                           << "no company with id";
    }
    void rejectsBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        auto id = m_store->insert(contacts(), {{field, value}});
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, ErrorKind::BadInput);
        QVERIFY2(id.error().message.contains(expected), qPrintable(id.error().message));
        QCOMPARE(*m_store->count(contacts(), true), 0);
        QCOMPARE(*m_db->queryInt(QStringLiteral("SELECT count(*) FROM change_log")), 0);
    }

    void requiredFieldIsEnforced()
    {
        auto id = m_store->insert(entity(u"company"), {{QStringLiteral("domain"), QStringLiteral("x.jp")}});
        QVERIFY(!id.ok());
        QVERIFY(id.error().message.contains(u"\"name\" is required"));
    }

    void insertWritesOneChangeRowPerField()
    {
        const QString id = addTaro();
        const auto rows = history(id);
        QCOMPARE(rows.size(), 5);
        for (const ChangeEntry &e : rows) {
            QCOMPARE(e.op, ChangeOp::Insert);
            QVERIFY(!e.oldValue.isValid() || e.oldValue.isNull());
            QCOMPARE(e.author, QStringLiteral("tester"));
            QCOMPARE(e.node.size(), 36);
        }
        QCOMPARE(rows[0].field, QStringLiteral("email"));
        QCOMPARE(rows[0].newValue.toString(), QStringLiteral("taro@example.jp"));
    }

    void updateLogsOldAndNewValues()
    {
        const QString id = addTaro();
        const int before = history(id).size();
        QVERIFY(m_store->update(contacts(), id, {{QStringLiteral("email"), QStringLiteral("t.yamada@example.jp")},
                                                 {QStringLiteral("family_name"), QStringLiteral("山田")}, // unchanged
                                                 {QStringLiteral("loyalty_points"), QStringLiteral("50")}}).ok());
        const auto rows = history(id).mid(before);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].op, ChangeOp::Update);
        QCOMPARE(rows[0].field, QStringLiteral("email"));
        QCOMPARE(rows[0].oldValue.toString(), QStringLiteral("taro@example.jp"));
        QCOMPARE(rows[0].newValue.toString(), QStringLiteral("t.yamada@example.jp"));
        QCOMPARE(rows[1].field, QStringLiteral("loyalty_points"));
        QCOMPARE(rows[1].oldValue.toLongLong(), 0);
        QCOMPARE(rows[1].newValue.toLongLong(), 50);
        auto record = m_store->get(contacts(), id);
        QCOMPARE(record->value(QStringLiteral("email")).toString(), QStringLiteral("t.yamada@example.jp"));
        QVERIFY(record->updatedAt >= record->createdAt);
    }

    void clearingAFieldLogsNull()
    {
        const QString id = addTaro();
        QVERIFY(m_store->update(contacts(), id, {{QStringLiteral("email"), QString()}}).ok());
        const auto last = history(id).constLast();
        QCOMPARE(last.oldValue.toString(), QStringLiteral("taro@example.jp"));
        QVERIFY(last.newValue.isNull());
        QVERIFY(m_store->get(contacts(), id)->value(QStringLiteral("email")).isNull());
    }

    void unchangedUpdateWritesNothing()
    {
        const QString id = addTaro();
        const QString updated = m_store->get(contacts(), id)->updatedAt;
        const int rows = history(id).size();
        QVERIFY(m_store->update(contacts(), id, {{QStringLiteral("email"), QStringLiteral("taro@example.jp")}}).ok());
        QCOMPARE(history(id).size(), rows);
        QCOMPARE(m_store->get(contacts(), id)->updatedAt, updated);
    }

    void softDeleteAndRestore()
    {
        const QString id = addTaro();
        QCOMPARE(*m_store->count(contacts()), 1);
        QVERIFY(m_store->remove(contacts(), id).ok());
        QCOMPARE(*m_store->count(contacts()), 0);
        QCOMPARE(*m_store->count(contacts(), true), 1);
        QVERIFY(m_store->get(contacts(), id)->isDeleted());

        auto edit = m_store->update(contacts(), id, {{QStringLiteral("email"), QStringLiteral("x@y.jp")}});
        QVERIFY(!edit.ok());
        QVERIFY(edit.error().message.contains(u"Trash"));

        QVERIFY(m_store->restore(contacts(), id).ok());
        QCOMPARE(*m_store->count(contacts()), 1);
        QVERIFY(!m_store->get(contacts(), id)->isDeleted());

        const auto rows = history(id);
        QCOMPARE(rows[rows.size() - 2].op, ChangeOp::Delete);
        QCOMPARE(rows[rows.size() - 2].field, QStringLiteral("deleted_at"));
        QVERIFY(!rows[rows.size() - 2].newValue.toString().isEmpty());
        QCOMPARE(rows.last().op, ChangeOp::Restore);
        QCOMPARE(rows.last().oldValue, rows[rows.size() - 2].newValue);
    }

    void purgeOnlyFromTrash()
    {
        const QString id = addTaro();
        QVERIFY(!m_store->purge(contacts(), id).ok());
        QVERIFY(m_store->remove(contacts(), id).ok());
        QVERIFY(m_store->purge(contacts(), id).ok());
        auto gone = m_store->get(contacts(), id);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, ErrorKind::NotFound);
        QCOMPARE(history(id).last().op, ChangeOp::Purge);
    }

    void referencesAreChecked()
    {
        auto company = m_store->insert(entity(u"company"), {{QStringLiteral("name"), QStringLiteral("株式会社サンプル")}});
        QVERIFY(company.ok());
        auto contact = m_store->insert(contacts(), {{QStringLiteral("family_name"), QStringLiteral("佐藤")},
                                                    {QStringLiteral("company_id"), *company}});
        QVERIFY(contact.ok());
        QCOMPARE(m_store->get(contacts(), *contact)->value(QStringLiteral("company_id")).toString(), *company);
    }

    void everyEntityCanBeCreated()
    {
        // A minimal graph touching every table, through the generic store.
        auto ins = [&](const char *name, FieldValues v) {
            auto id = m_store->insert(entity(QString::fromLatin1(name)), v);
            if (!id.ok())
                qFatal("%s: %s", name, qPrintable(id.error().message));
            return *id;
        };
        const QString user = ins("user", {{QStringLiteral("name"), QStringLiteral("Owner")}});
        const QString company = ins("company", {{QStringLiteral("name"), QStringLiteral("ACME")}, {QStringLiteral("owner_id"), user}});
        const QString contact = ins("contact", {{QStringLiteral("family_name"), QStringLiteral("鈴木")}, {QStringLiteral("company_id"), company}});
        ins("contact_point", {{QStringLiteral("contact_id"), contact}, {QStringLiteral("kind"), QStringLiteral("email")}, {QStringLiteral("value"), QStringLiteral("a@b.jp")}});
        const QString product = ins("product", {{QStringLiteral("name"), QStringLiteral("Tea")}, {QStringLiteral("sku"), QStringLiteral("T-1")}});
        const QString pipeline = ins("pipeline", {{QStringLiteral("name"), QStringLiteral("Sales")}});
        const QString stage = ins("pipeline_stage", {{QStringLiteral("pipeline_id"), pipeline}, {QStringLiteral("name"), QStringLiteral("Lead")}, {QStringLiteral("probability"), 0.1}});
        const QString reason = ins("lost_reason", {{QStringLiteral("name"), QStringLiteral("Price")}});
        const QString deal = ins("deal", {{QStringLiteral("title"), QStringLiteral("Big")}, {QStringLiteral("pipeline_id"), pipeline}, {QStringLiteral("stage_id"), stage}, {QStringLiteral("lost_reason_id"), reason}});
        ins("deal_stage_change", {{QStringLiteral("deal_id"), deal}, {QStringLiteral("to_stage_id"), stage}, {QStringLiteral("changed_at"), QStringLiteral("2026-01-01T10:00:00")}});
        ins("deal_line", {{QStringLiteral("deal_id"), deal}, {QStringLiteral("product_id"), product}});
        const QString order = ins("order", {{QStringLiteral("contact_id"), contact}, {QStringLiteral("ordered_at"), QStringLiteral("2026-01-02")}, {QStringLiteral("total"), 1200}});
        ins("order_line", {{QStringLiteral("order_id"), order}, {QStringLiteral("product_id"), product}});
        ins("activity", {{QStringLiteral("type"), QStringLiteral("call")}, {QStringLiteral("occurred_at"), QStringLiteral("2026-01-03 09:30")}, {QStringLiteral("contact_id"), contact}});
        ins("task", {{QStringLiteral("title"), QStringLiteral("Call back")}, {QStringLiteral("deal_id"), deal}});
        const QString segment = ins("segment", {{QStringLiteral("name"), QStringLiteral("VIP")}});
        const QString campaign = ins("campaign", {{QStringLiteral("name"), QStringLiteral("Spring")}, {QStringLiteral("channel"), QStringLiteral("newsletter")}, {QStringLiteral("segment_id"), segment}});
        const QString variant = ins("campaign_variant", {{QStringLiteral("campaign_id"), campaign}, {QStringLiteral("label"), QStringLiteral("A")}});
        ins("campaign_member", {{QStringLiteral("campaign_id"), campaign}, {QStringLiteral("variant_id"), variant}, {QStringLiteral("contact_id"), contact}, {QStringLiteral("status"), QStringLiteral("opened")}});
        ins("survey_answer", {{QStringLiteral("contact_id"), contact}, {QStringLiteral("score"), 9}, {QStringLiteral("answered_at"), QStringLiteral("2026-01-04")}});
        const QString tag = ins("tag", {{QStringLiteral("name"), QStringLiteral("VIP")}});
        ins("contact_tag", {{QStringLiteral("contact_id"), contact}, {QStringLiteral("tag_id"), tag}});
        ins("company_tag", {{QStringLiteral("company_id"), company}, {QStringLiteral("tag_id"), tag}});
        const QString field = ins("custom_field", {{QStringLiteral("entity"), QStringLiteral("contact")}, {QStringLiteral("key"), QStringLiteral("shoe_size")}, {QStringLiteral("label"), QStringLiteral("Shoe size")}});
        ins("custom_field_value", {{QStringLiteral("field_id"), field}, {QStringLiteral("record_id"), contact}, {QStringLiteral("value"), QStringLiteral("26.5")}});
        for (const EntityDef &e : entities())
            QVERIFY2(*m_store->count(e) >= 1, qPrintable(e.table));
        QCOMPARE(*m_db->queryInt(QStringLiteral("PRAGMA foreign_key_check")), 0);
        // Stored date-times are UTC with milliseconds.
        QVERIFY(m_store->get(entity(u"order"), order)->value(QStringLiteral("ordered_at")).toString().endsWith(u'Z'));
    }
};

QTEST_GUILESS_MAIN(tst_RecordStore)
#include "tst_recordstore.moc"
