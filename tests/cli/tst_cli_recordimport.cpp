// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli import companies / import activities through the real binary: a Shift_JIS file
// from Excel, --json and text output, rejected rows with their line, a file whose rows are all
// bad (nothing written, exit 2), bad options, and the help text.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using CliTest::cli;

class tst_CliRecordImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeFile(const QByteArray &bytes)
    {
        const QString name = path(QStringLiteral("input%1.csv").arg(++m_files));
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return name;
    }

    QString newDatabase(const QString &name)
    {
        const QString db = path(name);
        QFile::remove(db);
        const CliTest::Run run = cli({"init", "--db", db});
        if (run.code != 0)
            qFatal("init failed: %s", qPrintable(CliTest::describe(run)));
        return db;
    }

    qint64 active(const QString &db, const char *table)
    {
        const CliTest::Run run = cli({"stats", "--db", db, "--json"});
        return run.json().value("tables").toObject().value(table).toObject().value("active").toInteger(-1);
    }

    // Two contacts (one at 株式会社山田商事) to link activities to.
    QString databaseWithPeople(const QString &name)
    {
        const QString db = newDatabase(name);
        const QString companies = writeFile("会社名,Webサイト\n株式会社山田商事,https://yamada.co.jp/\n");
        mustSucceed(cli({"import", "companies", "--db", db, "--file", companies}));
        mustSucceed(cli({"import", "contacts", "--db", db, "--file",
                                 writeFile("氏名,メールアドレス,電話番号,会社名\n山田 太郎,taro@yamada.co.jp,03-1234-5678,株式会社山田商事\n"
                                           "Emma Smith,emma@example.com,,\n")}));
        return db;
    }

    static void mustSucceed(const CliTest::Run &run)
    {
        if (run.code != 0)
            qFatal("kizuna-cli failed: %s", qPrintable(CliTest::describe(run)));
    }

private Q_SLOTS:
    void companiesFromExcelShiftJis()
    {
        const QString db = newDatabase("companies.kizuna");
        QStringEncoder encoder("windows-31j");
        const QByteArray csv = encoder.encode(QString::fromUtf8(
            "会社名,フリガナ,URL,業種,従業員数,電話番号,郵便番号,都道府県,住所\r\n"
            "㈱髙島屋商事,タカシマヤショウジ,https://www.takashimaya-shoji.co.jp/,小売,120,03-1234-5678,1000001,東京都,千代田区千代田1-1\r\n"
            "有限会社やまだ,ﾔﾏﾀﾞ,,農業,5,,,,\r\n"));
        const QString file = writeFile(csv);
        const CliTest::Run run = cli({"import", "companies", "--db", db, "--file", file, "--json"});
        CHECK_EXIT(run, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value("rows").toInt(), 2);
        QCOMPARE(json.value("imported").toInt(), 2);
        QCOMPARE(json.value("rejected").toInt(), 0);
        QCOMPARE(json.value("encoding").toString(), "shift_jis");
        QCOMPARE(json.value("mapping").toObject().value("フリガナ").toString(), "name_reading");
        QCOMPARE(json.value("mapping").toObject().value("URL").toString(), "domain");
        QCOMPARE(active(db, "companies"), 2);
        CHECK_EXIT(cli({"check", "--db", db}), 0);
        const CliTest::Run exported = cli({"export", "--db", db, "--table", "companies"});
        CHECK_EXIT(exported, 0);
        QVERIFY2(exported.outText().contains("㈱髙島屋商事,タカシマヤショウジ,takashimaya-shoji.co.jp,小売,120"),
                 qPrintable(exported.outText()));
        QVERIFY(exported.outText().contains("有限会社やまだ,ヤマダ,"));

        // Again, written another way: duplicates by name (株式会社 folded) and by domain.
        const QString again = writeFile("社名,Website\n株式会社 髙島屋商事,\nTakashimaya,takashimaya-shoji.co.jp\nやまだ,\n");
        const CliTest::Run skipped = cli({"import", "companies", "--db", db, "--file", again});
        CHECK_EXIT(skipped, 0);
        QCOMPARE(skipped.outText().trimmed(), "3 rows: 0 companies imported, 0 updated, 3 duplicates skipped, 0 rejected");
        QCOMPARE(active(db, "companies"), 2);
        const CliTest::Run created = cli({"import", "companies", "--db", db, "--file", again, "--on-duplicate", "create", "--dry-run"});
        CHECK_EXIT(created, 0);
        QCOMPARE(created.outText().trimmed(),
                 "dry run, nothing written: 3 rows: 3 companies imported, 0 updated, 0 duplicates skipped, 0 rejected");
        QCOMPARE(active(db, "companies"), 2);
    }

    void activitiesLinkedToContacts()
    {
        const QString db = databaseWithPeople("activities.kizuna");
        const QString csv = writeFile("種別,日時,件名,内容,所要時間,メールアドレス,電話番号,氏名\n"
                                      "電話,2024/4/1 9:30,見積もり,折り返し希望,15分,,03-1234-5678,\n"
                                      "メール,2024-04-02,資料送付,,,EMMA@example.com,,\n"
                                      "打ち合わせ,2024-04-03 14:00,定例,,1:00,nobody@example.jp,,\n"
                                      "訪問,2024-04-04,挨拶,,,,,山田 太郎\n");
        const QString report = path("activities-report.csv");
        const CliTest::Run run = cli({"import", "activities", "--db", db, "--file", csv, "--report", report, "--json"});
        CHECK_EXIT(run, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value("rows").toInt(), 4);
        QCOMPARE(json.value("imported").toInt(), 3);
        QCOMPARE(json.value("rejected").toInt(), 1);
        const QJsonObject problem = json.value("problems").toArray().at(0).toObject();
        QCOMPARE(problem.value("line").toInt(), 4);
        QCOMPARE(problem.value("field").toString(), "メールアドレス");
        QCOMPARE(problem.value("message").toString(), "no contact has the email \"nobody@example.jp\"");
        QVERIFY2(run.errText().contains(csv + ": line 4: field \"メールアドレス\": no contact has the email"),
                 qPrintable(run.errText()));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains("4,メールアドレス,"));
        QCOMPARE(active(db, "activities"), 3);
        CHECK_EXIT(cli({"check", "--db", db}), 0);
        // The activities are found by search (the index triggers ran).
        const CliTest::Run found = cli({"search", "--db", db, "折り返し", "--json"});
        CHECK_EXIT(found, 0);
        QVERIFY2(found.outText().contains("activity"), qPrintable(found.outText()));

        // The same file again: the three are duplicates, the unknown contact is still rejected.
        const CliTest::Run again = cli({"import", "activities", "--db", db, "--file", csv});
        CHECK_EXIT(again, 0);
        QCOMPARE(again.outText().trimmed(), "4 rows: 0 activities imported, 0 updated, 3 duplicates skipped, 1 rejected");
    }

    void allRowsRejectedWritesNothing()
    {
        const QString db = databaseWithPeople("rejected.kizuna");
        const QByteArray before = cli({"stats", "--db", db, "--json"}).out;
        const QString csv = writeFile("Type,Date,Email\ncall,2024-04-01,nobody@example.jp\nfax,2024-04-01,emma@example.com\n"
                                      "call,2024-13-01,emma@example.com\ncall\n");
        const CliTest::Run run = cli({"import", "activities", "--db", db, "--file", csv, "--json"});
        CHECK_EXIT(run, 2);
        QCOMPARE(run.json().value("rejected").toInt(), 4);
        const QJsonArray problems = run.json().value("problems").toArray();
        QCOMPARE(problems.at(1).toObject().value("line").toInt(), 3);
        QCOMPARE(problems.at(1).toObject().value("field").toString(), "Type");
        QCOMPARE(problems.at(2).toObject().value("field").toString(), "Date");
        QVERIFY(run.errText().contains("nothing imported: all 4 row(s) rejected"));
        QCOMPARE(cli({"stats", "--db", db, "--json"}).out, before);
        CHECK_EXIT(cli({"check", "--db", db}), 0);
    }

    void badOptions_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("companies: bad --map field") << "companies" << QStringList{"--map", "会社名=nickname"} << 2
                                                    << "no company field \"nickname\" (fields: name, name_reading";
        QTest::newRow("activities: bad --map column") << "activities" << QStringList{"--map", "Nope=subject"} << 2
                                                      << "no column \"Nope\" in the header";
        QTest::newRow("activities: no link column") << "activities" << QStringList{"--map", "Email=-", "--map", "会社名=ignore"} << 2
                                                    << "no column names the contact, company or deal";
        QTest::newRow("bad --on-duplicate") << "companies" << QStringList{"--on-duplicate", "merge"} << 1
                                            << "--on-duplicate needs skip, update or create, not \"merge\"";
        QTest::newRow("bad --encoding") << "activities" << QStringList{"--encoding", "latin1"} << 1
                                        << "--encoding: unknown encoding \"latin1\"";
        QTest::newRow("bad --delimiter") << "companies" << QStringList{"--delimiter", "|"} << 1
                                         << "--delimiter needs ',', ';' or tab";
    }

    void badOptions()
    {
        QFETCH(QString, entity);
        QFETCH(QStringList, extra);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString db = databaseWithPeople("options.kizuna");
        const QByteArray before = cli({"stats", "--db", db, "--json"}).out;
        const QString csv = writeFile("会社名,Type,Date,Email\n山田商事,call,2024-04-01,emma@example.com\n");
        const CliTest::Run run = cli(QStringList({"import", entity, "--db", db, "--file", csv}) + extra);
        CHECK_EXIT(run, code);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
        QCOMPARE(cli({"stats", "--db", db, "--json"}).out, before);
    }

    void helpListsTheFields()
    {
        const CliTest::Run companies = cli({"help", "import", "companies"});
        CHECK_EXIT(companies, 0);
        QVERIFY2(companies.outText().contains("name, name_reading, domain"), qPrintable(companies.outText()));
        QVERIFY(companies.outText().contains("--on-duplicate"));
        const CliTest::Run activities = cli({"help", "import", "activities"});
        CHECK_EXIT(activities, 0);
        QVERIFY(activities.outText().contains("contact_email, contact_phone, contact_name, company, deal"));
        QVERIFY(activities.outText().contains("--map"));
    }
};

QTEST_GUILESS_MAIN(tst_CliRecordImport)
#include "tst_cli_recordimport.moc"
