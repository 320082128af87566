// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli segment list|create|update|show|members|delete and kpi --segment, run as the real binary
// on the hand-built CRM of tests/core/segmentfixture.h.
#include "../core/segmentfixture.h"
#include "clirunner.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cmath>

using namespace CliTest;

namespace {

const char *const VipRule = R"({"op":"and","conditions":[{"field":"tag","operator":"=","value":"VIP"}]})";

} // namespace

class tst_CliSegment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("segments.kizuna");
        auto db = Kizuna::Storage::DatabaseOpener::open(m_db);
        QVERIFY(db.ok());
        const Kizuna::Status loaded = (*db)->exec(QString::fromUtf8(SegmentFixture::Sql));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    }

    void createListShow()
    {
        const Run created = cli({"segment", "create", "--db", m_db, "--name", "VIP", "--rule", VipRule, "--json"});
        CHECK_EXIT(created, 0);
        const QString id = created.json().value("id").toString();
        QVERIFY(!id.isEmpty());

        const Run list = cli({"segment", "list", "--db", m_db, "--json"});
        CHECK_EXIT(list, 0);
        const QJsonArray segments = list.json().value("segments").toArray();
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments.at(0).toObject().value("name").toString(), QStringLiteral("VIP"));
        QCOMPARE(segments.at(0).toObject().value("id").toString(), id);
        QCOMPARE(segments.at(0).toObject().value("rule").toObject(), QJsonDocument::fromJson(VipRule).object());

        const Run shown = cli({"segment", "show", "VIP", "--db", m_db, "--as-of", "2025-06-30", "--json"});
        CHECK_EXIT(shown, 0);
        QCOMPARE(shown.json().value("members").toInt(), 2);
        QCOMPARE(shown.json().value("id").toString(), id);
        const Run byId = cli({"segment", "show", id, "--db", m_db});
        CHECK_EXIT(byId, 0);
        QVERIFY2(byId.outText().contains("members  2"), qPrintable(byId.outText()));

        const Run duplicate = cli({"segment", "create", "--db", m_db, "--name", "VIP", "--rule", "{}"});
        CHECK_EXIT(duplicate, 2);
        QVERIFY2(duplicate.errText().contains("a segment named \"VIP\" already exists"), qPrintable(duplicate.errText()));
    }

    void updateRenamesAndChangesTheRule()
    {
        CHECK_EXIT(cli({"segment", "create", "--db", m_db, "--name", "To change", "--rule", "{}"}), 0);
        const Run renamed = cli({"segment", "update", "To change", "--db", m_db, "--name", "Changed", "--json"});
        CHECK_EXIT(renamed, 0);
        QVERIFY(renamed.json().value("updated").toBool());
        const QString id = renamed.json().value("id").toString();
        CHECK_EXIT(cli({"segment", "show", "To change", "--db", m_db}), 2);
        const Run ruled = cli({"segment", "update", id, "--db", m_db, "--rule", VipRule});
        CHECK_EXIT(ruled, 0);
        const Run shown = cli({"segment", "show", "Changed", "--db", m_db, "--as-of", "2025-06-30", "--json"});
        CHECK_EXIT(shown, 0);
        QCOMPARE(shown.json().value("id").toString(), id);
        QCOMPARE(shown.json().value("members").toInt(), 2);
        QCOMPARE(shown.json().value("rule").toObject(), QJsonDocument::fromJson(VipRule).object());

        const Run nothing = cli({"segment", "update", id, "--db", m_db});
        CHECK_EXIT(nothing, 2);
        QVERIFY2(nothing.errText().contains("give --name, --rule or both"), qPrintable(nothing.errText()));
        const Run taken = cli({"segment", "update", id, "--db", m_db, "--name", "VIP"});
        CHECK_EXIT(taken, 2);
        QVERIFY2(taken.errText().contains("a segment named \"VIP\" already exists"), qPrintable(taken.errText()));
        CHECK_EXIT(cli({"segment", "delete", id, "--db", m_db}), 0);
    }

    void ruleFromFile()
    {
        QFile file(m_dir.filePath("rule.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"op":"or","conditions":[{"field":"revenue","operator":">=","value":4000},)"
                   R"({"field":"last_activity_days","operator":"<","value":2}]})");
        file.close();
        const Run created = cli({"segment", "create", "--db", m_db, "--name", "Big or recent", "--rule",
                                 "@" + file.fileName()});
        CHECK_EXIT(created, 0);
        // A (6000, 1 day), C (4000), D (4000), E (0 days).
        const Run shown = cli({"segment", "show", "Big or recent", "--db", m_db, "--as-of", "2025-06-30", "--json"});
        CHECK_EXIT(shown, 0);
        QCOMPARE(shown.json().value("members").toInt(), 4);
    }

    void badRulesExitTwoNamingThePart_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        QTest::newRow("field") << R"({"conditions":[{"field":"tags","operator":"=","value":"VIP"}]})"
                               << R"(segment rule at conditions[0]: unknown field "tags")";
        QTest::newRow("operator") << R"({"conditions":[{"field":"kind","operator":"like","value":"lead"}]})"
                                  << R"(segment rule at conditions[0]: unknown operator "like" for field "kind")";
        QTest::newRow("value") << R"({"op":"or","conditions":[{"field":"kind","operator":"=","value":"lead"},{"field":"orders_count","operator":">","value":"many"}]})"
                               << R"(segment rule at conditions[1]: field "orders_count" needs a whole number, not many)";
        QTest::newRow("json") << R"({"conditions":[)" << "segment rule is not valid JSON";
        QTest::newRow("file") << "@/nonexistent/rule.json" << "cannot read the rule file /nonexistent/rule.json";
    }
    void badRulesExitTwoNamingThePart()
    {
        QFETCH(QString, rule);
        QFETCH(QString, message);
        const Run run = cli({"segment", "create", "--db", m_db, "--name", "Bad", "--rule", rule});
        CHECK_EXIT(run, 2);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
        QVERIFY2(!run.errText().contains('\n') || run.errText().count('\n') == 1, qPrintable(run.errText()));
    }

    void membersInPages()
    {
        QStringList seen;
        QString after;
        for (int page = 0; page < 5; ++page) {
            QStringList arguments{"segment", "members", "VIP", "--db", m_db, "--limit", "1", "--as-of", "2025-06-30", "--json"};
            if (!after.isEmpty())
                arguments << "--after" << after;
            const Run run = cli(arguments);
            CHECK_EXIT(run, 0);
            QCOMPARE(run.json().value("count").toInt(), 2);
            for (const QJsonValue &member : run.json().value("members").toArray())
                seen << member.toObject().value("id").toString();
            if (run.json().value("next_after").isNull())
                break;
            after = run.json().value("next_after").toString();
        }
        QCOMPARE(seen, (QStringList{"A", "C"}));
        const Run text = cli({"segment", "members", "VIP", "--db", m_db});
        CHECK_EXIT(text, 0);
        QVERIFY2(text.outText().contains("A  青木  a@example.com"), qPrintable(text.outText()));
    }

    void kpiOfASegment()
    {
        const Run run = cli({"kpi", "--db", m_db, "--from", "2025-04-01", "--to", "2025-06-30", "--segment", "VIP", "--json"});
        CHECK_EXIT(run, 0);
        const QJsonObject kpi = run.json();
        // A and C: a3 3000 + c1 1500 + c2 2500; C is new, A repeats.
        QCOMPARE(kpi.value("revenue").toDouble(), 7000.0);
        QCOMPARE(kpi.value("orders").toInt(), 3);
        QVERIFY(std::fabs(kpi.value("aov").toDouble() - 7000.0 / 3) < 1e-9);
        QCOMPARE(kpi.value("repeat_rate").toDouble(), 0.5);
        QVERIFY(kpi.value("cac").isNull());
        QCOMPARE(kpi.value("previous").toObject().value("revenue").toDouble(), 2000.0);
        QCOMPARE(kpi.value("segment").toObject().value("name").toString(), QStringLiteral("VIP"));
        QCOMPARE(kpi.value("segment").toObject().value("members").toInt(), 2);

        const Run text = cli({"kpi", "--db", m_db, "--from", "2025-04-01", "--to", "2025-06-30", "--segment", "VIP"});
        CHECK_EXIT(text, 0);
        QVERIFY2(text.outText().contains("segment VIP, members: 2"), qPrintable(text.outText()));

        const Run missing = cli({"kpi", "--db", m_db, "--from", "2025-04-01", "--to", "2025-06-30", "--segment", "Nope"});
        CHECK_EXIT(missing, 2);
        QVERIFY2(missing.errText().contains("no segment with the name or id \"Nope\""), qPrintable(missing.errText()));
    }

    void deleteMovesToTheTrash()
    {
        const Run deleted = cli({"segment", "delete", "Big or recent", "--db", m_db, "--json"});
        CHECK_EXIT(deleted, 0);
        QVERIFY(deleted.json().value("deleted").toBool());
        CHECK_EXIT(cli({"segment", "show", "Big or recent", "--db", m_db}), 2);
        const Run list = cli({"segment", "list", "--db", m_db, "--json"});
        QCOMPARE(list.json().value("segments").toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CliSegment)
#include "tst_cli_segment.moc"
