// SPDX-License-Identifier: GPL-3.0-or-later
// Segment rules: JSON in and out, and errors that name the place, field, operator or value.
#include "core/segments/segmentrule.h"
#include "core/segments/segmentsql.h"

#include <QJsonDocument>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Segments;

class tst_SegmentRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray(R"({"op":"and","conditions":[]})");
        QTest::newRow("one condition")
            << QByteArray(R"({"op":"and","conditions":[{"field":"prefecture","operator":"=","value":"東京都"}]})");
        QTest::newRow("nested or")
            << QByteArray(R"({"op":"or","conditions":[{"field":"tag","operator":"in","value":["VIP","常連"]},)"
                          R"({"op":"and","conditions":[{"field":"revenue","operator":"between","value":[1000,5000.5]},)"
                          R"({"field":"email","operator":"is_empty"}]}]})");
        QTest::newRow("dates and counts")
            << QByteArray(R"({"op":"and","conditions":[{"field":"created_at","operator":">=","value":"2025-01-01"},)"
                          R"({"field":"orders_count","operator":"<","value":3},)"
                          R"({"field":"rfm_class","operator":"not_in","value":["lost","hibernating"]}]})");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, json);
        auto rule = SegmentRule::fromJson(json);
        QVERIFY2(rule.ok(), qPrintable(rule.ok() ? QString() : rule.error().message));
        QCOMPARE(QJsonDocument::fromJson(rule->toJson()), QJsonDocument::fromJson(json));
    }

    void normalisesValues()
    {
        // "{}" is every contact; choice values are lower-cased, numbers in text parsed.
        auto empty = SegmentRule::fromJson("{}");
        QVERIFY(empty.ok());
        QVERIFY(empty->isGroup());
        QVERIFY(empty->children().empty());
        auto rule = SegmentRule::fromJson(
            R"({"op":"OR","conditions":[{"field":"kind","operator":"=","value":"Customer"},)"
            R"({"field":"orders_count","operator":">","value":"2"},{"field":"marketing_opt_in","operator":"=","value":"yes"}]})");
        QVERIFY2(rule.ok(), qPrintable(rule.ok() ? QString() : rule.error().message));
        QCOMPARE(rule->match(), SegmentRule::Match::Any);
        QCOMPARE(rule->children().at(0).condition().values.first(), QVariant(QStringLiteral("customer")));
        QCOMPARE(rule->children().at(1).condition().values.first(), QVariant(qint64(2)));
        QCOMPARE(rule->children().at(2).condition().values.first(), QVariant(true));
        QVERIFY(rule->uses(SegmentSource::OrdersCount));
        QVERIFY(!rule->uses(SegmentSource::RfmClass));
    }

    void errorsNameTheBadPart_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"op\": ") << "segment rule is not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1]") << "must be a JSON object";
        QTest::newRow("bad op") << QByteArray(R"({"op":"xor"})") << R"(segment rule: "op" must be "and" or "or", not "xor")";
        QTest::newRow("unknown key") << QByteArray(R"({"op":"and","where":1})") << R"(unknown key "where")";
        QTest::newRow("unknown field")
            << QByteArray(R"({"conditions":[{"field":"prefectur","operator":"=","value":"x"}]})")
            << R"(segment rule at conditions[0]: unknown field "prefectur" (fields: kind, lifecycle_stage)";
        QTest::newRow("unknown operator")
            << QByteArray(R"({"conditions":[{"field":"kind","operator":"~","value":"x"}]})")
            << R"(conditions[0]: unknown operator "~" for field "kind" (use =, !=, in, not_in, is_empty, is_not_empty))";
        QTest::newRow("operator for another type")
            << QByteArray(R"({"conditions":[{"field":"revenue","operator":"contains","value":"x"}]})")
            << R"(operator "contains" does not apply to field "revenue" (use =, !=, <, <=, >, >=, between))";
        QTest::newRow("number expected")
            << QByteArray(R"({"conditions":[{"field":"kind","operator":"!=","value":"lead"},{"field":"revenue","operator":">","value":"lots"}]})")
            << R"(segment rule at conditions[1]: field "revenue" needs a number, not lots)";
        QTest::newRow("nested choice")
            << QByteArray(R"({"conditions":[{"op":"or","conditions":[{"field":"kind","operator":"=","value":"vip"}]}]})")
            << R"(segment rule at conditions[0].conditions[0]: field "kind" needs one of lead, customer, partner, other, not vip)";
        QTest::newRow("rfm class")
            << QByteArray(R"({"conditions":[{"field":"rfm_class","operator":"=","value":"gold"}]})")
            << R"(field "rfm_class" needs one of champions, loyal)";
        QTest::newRow("date")
            << QByteArray(R"({"conditions":[{"field":"created_at","operator":"<","value":"yesterday"}]})")
            << R"(field "created_at" needs a date YYYY-MM-DD, not yesterday)";
        QTest::newRow("between one value")
            << QByteArray(R"({"conditions":[{"field":"revenue","operator":"between","value":[5]}]})")
            << R"(operator "between" on field "revenue" needs two values [from, to], not [5])";
        QTest::newRow("between reversed")
            << QByteArray(R"({"conditions":[{"field":"revenue","operator":"between","value":[5, 1]}]})")
            << R"(field "revenue": "between" needs the smaller value first)";
        QTest::newRow("empty in")
            << QByteArray(R"({"conditions":[{"field":"tag","operator":"in","value":[]}]})")
            << R"(operator "in" on field "tag" needs a list of one or more values)";
        QTest::newRow("is_empty with value")
            << QByteArray(R"({"conditions":[{"field":"email","operator":"is_empty","value":"x"}]})")
            << R"(operator "is_empty" on field "email" takes no value)";
        QTest::newRow("missing value")
            << QByteArray(R"({"conditions":[{"field":"prefecture","operator":"="}]})")
            << R"(operator "=" on field "prefecture" needs one value)";
        QTest::newRow("empty text")
            << QByteArray(R"({"conditions":[{"field":"prefecture","operator":"=","value":" "}]})")
            << R"(field "prefecture" needs a value (to find contacts without one, use the operator is_empty))";
        QTest::newRow("negative count")
            << QByteArray(R"({"conditions":[{"field":"orders_count","operator":">","value":-1}]})")
            << R"(field "orders_count" needs a whole number of at least 0, not -1)";
        QTest::newRow("fraction of days")
            << QByteArray(R"({"conditions":[{"field":"last_activity_days","operator":"<","value":1.5}]})")
            << R"(field "last_activity_days" needs a whole number, not 1.5)";
        QTest::newRow("condition not an object")
            << QByteArray(R"({"conditions":["kind=lead"]})") << "segment rule at conditions[0]: each condition must be a JSON object";
    }
    void errorsNameTheBadPart()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto rule = SegmentRule::fromJson(json);
        QVERIFY(!rule.ok());
        QCOMPARE(rule.error().kind, ErrorKind::BadInput);
        QVERIFY2(rule.error().message.contains(expected), qPrintable(rule.error().message));
    }

    void valuesAreBoundNeverSpliced()
    {
        const QString hostile = QStringLiteral("'); DROP TABLE contacts; --");
        auto rule = SegmentRule::fromJson(
            QStringLiteral(R"({"op":"or","conditions":[{"field":"city","operator":"contains","value":"%1"},)"
                           R"({"field":"tag","operator":"in","value":["a","%1"]}]})")
                .arg(QStringLiteral("'); DROP TABLE contacts; --"))
                .toUtf8());
        QVERIFY(rule.ok());
        SegmentSql::Options options;
        options.asOf = QDate(2025, 6, 30);
        const SegmentPredicate predicate = SegmentSql::compile(*rule, options);
        QVERIFY(!predicate.sql.contains(QStringLiteral("DROP")));
        QVERIFY(!predicate.sql.contains(hostile));
        QCOMPARE(predicate.binds.size(), 3);
        QCOMPARE(predicate.binds.value(":sg1").toString(), u'%' + hostile + u'%');
        QCOMPARE(predicate.binds.value(":sg3").toString(), hostile);
        QVERIFY(predicate.rfmTable.isEmpty());
    }

    void containsEscapesWildcards()
    {
        auto rule = SegmentRule::condition(QStringLiteral("email"), SegmentOperator::Contains, {QStringLiteral("50%_a\\b")});
        QVERIFY(rule.ok());
        const SegmentPredicate predicate = SegmentSql::compile(*rule, {});
        QCOMPARE(predicate.binds.value(":sg1").toString(), QStringLiteral("%50\\%\\_a\\\\b%"));
    }
};

QTEST_GUILESS_MAIN(tst_SegmentRule)
#include "tst_segmentrule.moc"
