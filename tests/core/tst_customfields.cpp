// SPDX-License-Identifier: GPL-3.0-or-later
// Custom fields and tags in the model: value checks and normalisation per type, keys from
// labels (unique per entity, fields in the Trash included), values written as insert / update /
// restore of the one row per field and record, and tag links restored rather than duplicated.
#include "core/model/changecontext.h"
#include "core/model/customfields.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/model/tagassignments.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Model;

class tst_CustomFields : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<RecordStore> m_store;

    qint64 count(const QString &sql, const QString &key = {})
    {
        auto statement = m_db->prepare(sql);
        if (!statement.ok())
            return -1;
        if (!key.isNull())
            statement->bind(1, key);
        qint64 n = -1;
        if (!statement->forEachRow([&] { n = statement->columnInt64(0); }).ok())
            return -1;
        return n;
    }

    QString define(const QString &entity, const QString &label, const QString &type = "text",
                   const QString &key = {}, const QStringList &choices = {})
    {
        CustomFieldDef field;
        field.entity = entity;
        field.label = label;
        field.type = type;
        field.key = key;
        field.choices = choices;
        auto columns = CustomFields::definitionColumns(*m_db, field);
        if (!columns.ok())
            return "error: " + columns.error().message;
        auto id = m_store->insert(entity_("custom_field"), *columns);
        return id.ok() ? *id : "error: " + id.error().message;
    }
    static const EntityDef &entity_(const char *name) { return entity(QString::fromLatin1(name)); }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        m_db.reset();
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QString("%1.kizuna").arg(QTest::currentTestFunction())));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        auto context = changeContextFor(*m_db, "tester");
        QVERIFY(context.ok());
        m_store = std::make_unique<RecordStore>(*m_db, *context);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void checkAndNormalise_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: fine
        QTest::addColumn<QString>("stored");
        QTest::newRow("text kept") << "text" << "  A-001 " << "" << "A-001";
        QTest::newRow("empty text") << "text" << "" << "" << "";
        QTest::newRow("integer") << "number" << "12" << "" << "12";
        QTest::newRow("full-width digits") << "number" << "１２" << "" << "12";
        QTest::newRow("grouping and sign") << "number" << "+1,234.5" << "" << "1234.5";
        QTest::newRow("negative") << "number" << "-3" << "" << "-3";
        QTest::newRow("counter suffix") << "number" << "12回" << "is not a number" << "";
        QTest::newRow("two points") << "number" << "1.2.3" << "is not a number" << "";
        QTest::newRow("date") << "date" << "2024-02-29" << "" << "2024-02-29";
        QTest::newRow("date with slashes") << "date" << "2024/2/9" << "" << "2024-02-09";
        QTest::newRow("no such day") << "date" << "2023-02-29" << "is not a date" << "";
        QTest::newRow("bool yes") << "bool" << "1" << "" << "1";
        QTest::newRow("bool no") << "bool" << "0" << "" << "0";
        QTest::newRow("choice") << "choice" << "ゴールド" << "" << "ゴールド";
        QTest::newRow("not a choice") << "choice" << "ブロンズ" << "not one of the choices" << "";
    }
    void checkAndNormalise()
    {
        QFETCH(QString, type);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QFETCH(QString, stored);
        CustomFieldDef field;
        field.key = "f";
        field.label = "F";
        field.type = type;
        field.choices = {"ゴールド", "シルバー"};
        const QString found = CustomFields::check(field, text);
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found));
            QCOMPARE(CustomFields::normalised(field, text), stored);
        } else {
            QVERIFY2(found.contains(problem), qPrintable(found));
        }
    }

    void keyFromLabel_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("key");
        QTest::newRow("japanese") << "会員番号" << "会員番号";
        QTest::newRow("spaces and case") << "Member No." << "member_no";
        QTest::newRow("full-width") << "ＤＭ　可" << "dm_可";
        QTest::newRow("only symbols") << "★☆" << "field";
    }
    void keyFromLabel()
    {
        QFETCH(QString, label);
        QFETCH(QString, key);
        QCOMPARE(CustomFields::keyFromLabel(label), key);
    }

    void definitionsKeysAndOrder()
    {
        const QString member = define("contact", "会員番号");
        const QString visits = define("contact", "来店回数", "number");
        QVERIFY2(!member.startsWith("error"), qPrintable(member));
        QVERIFY2(!visits.startsWith("error"), qPrintable(visits));
        QVERIFY(!define("company", "会員番号").startsWith("error")); // keys are per entity
        auto fields = CustomFields::definitions(*m_db, "contact");
        QVERIFY(fields.ok());
        QCOMPARE(fields->size(), 2);
        QCOMPARE(fields->at(0).key, QString("会員番号"));
        QCOMPARE(fields->at(1).position, 1);

        // A field in the Trash keeps its key (UNIQUE(entity, key)): a derived key moves on, an
        // explicit one is refused naming the key.
        QVERIFY(m_store->remove(entity_("custom_field"), member).ok());
        const QString again = define("contact", "会員番号");
        QVERIFY2(!again.startsWith("error"), qPrintable(again));
        QCOMPARE(m_store->get(entity_("custom_field"), again)->value("key").toString(), QString("会員番号_2"));
        const QString taken = define("contact", "別", "text", "来店回数");
        QVERIFY2(taken.contains("\"来店回数\""), qPrintable(taken));
        QVERIFY(define("contact", "", "text").contains("needs a label"));
        QVERIFY(define("contact", "ランク", "choice").contains("at least one choice"));
        QVERIFY(define("campaign", "x").contains("contacts, companies and deals"));
        const QString rank = define("contact", "ランク", "choice", {}, {"ゴールド", " シルバー ", "ゴールド", ""});
        QCOMPARE(m_store->get(entity_("custom_field"), rank)->value("choices").toString(), QString("ゴールド\nシルバー"));
    }

    void valuesInsertUpdateRestore()
    {
        const QString visits = define("contact", "来店回数", "number");
        auto contact = m_store->insert(entity_("contact"), {{"family_name", "山田"}});
        QVERIFY(contact.ok());
        QVERIFY(CustomFields::setValues(*m_store, *contact, {{visits, "12"}}).ok());
        QCOMPARE(CustomFields::values(*m_db, *contact)->value(visits), QString("12"));
        QVERIFY(CustomFields::setValues(*m_store, *contact, {{visits, "13"}}).ok());
        QCOMPARE(CustomFields::values(*m_db, *contact)->value(visits), QString("13"));
        QCOMPARE(count("SELECT count(*) FROM custom_field_values WHERE record_id = ?1", *contact), 1);
        QCOMPARE(count("SELECT count(*) FROM change_log WHERE entity = 'custom_field_value' AND op = 'update' "
                       "AND new_value = ?1",
                       "13"),
                 1);

        // Emptied: no value; a soft-deleted row is restored rather than inserted again.
        QVERIFY(CustomFields::setValues(*m_store, *contact, {{visits, ""}}).ok());
        QVERIFY(!CustomFields::values(*m_db, *contact)->contains(visits));
        const QString rowId = *m_db->queryText("SELECT id FROM custom_field_values");
        QVERIFY(m_store->remove(entity_("custom_field_value"), rowId).ok());
        QVERIFY(CustomFields::setValues(*m_store, *contact, {{visits, "1"}}).ok());
        QCOMPARE(CustomFields::values(*m_db, *contact)->value(visits), QString("1"));
        QCOMPARE(count("SELECT count(*) FROM custom_field_values WHERE record_id = ?1 AND deleted_at IS NULL", *contact), 1);
        // Nothing written for a field with no row and no value.
        const QString other = define("contact", "メモ");
        QVERIFY(CustomFields::setValues(*m_store, *contact, {{other, ""}}).ok());
        QCOMPARE(count("SELECT count(*) FROM custom_field_values WHERE field_id = ?1", other), 0);
    }

    void tagLinksAreRestoredNotDuplicated()
    {
        auto contact = m_store->insert(entity_("contact"), {{"family_name", "山田"}});
        QVERIFY(contact.ok());
        auto vip = TagAssignments::createTag(*m_store, " VIP ");
        QVERIFY(vip.ok());
        QVERIFY(TagAssignments::createTag(*m_store, "VIP").error().message.contains("already"));
        QCOMPARE(TagAssignments::findTag(*m_db, "VIP")->id, *vip);

        QCOMPARE(*TagAssignments::add(*m_store, "contact", *contact, *vip), true);
        QCOMPARE(*TagAssignments::add(*m_store, "contact", *contact, *vip), false); // has it already
        QCOMPARE(*TagAssignments::remove(*m_store, "contact", *contact, *vip), true);
        QCOMPARE(*TagAssignments::remove(*m_store, "contact", *contact, *vip), false);
        QCOMPARE(*TagAssignments::add(*m_store, "contact", *contact, *vip), true); // restored
        QCOMPARE(count("SELECT count(*) FROM contact_tags WHERE contact_id = ?1", *contact), 1);
        QCOMPARE(count("SELECT count(*) FROM change_log WHERE entity = 'contact_tag' AND op = 'restore'"), 1);
        QCOMPARE(TagAssignments::tagsOf(*m_db, "contact", *contact)->size(), 1);
        QVERIFY(!TagAssignments::add(*m_store, "deal", *contact, *vip).ok());

        auto company = m_store->insert(entity_("company"), {{"name", "株式会社テスト"}});
        QVERIFY(company.ok());
        QCOMPARE(*TagAssignments::add(*m_store, "company", *company, *vip), true);
        QCOMPARE(TagAssignments::tagsOf(*m_db, "company", *company)->constFirst().name, QString("VIP"));
    }
};

QTEST_GUILESS_MAIN(tst_CustomFields)
#include "tst_customfields.moc"
