// SPDX-License-Identifier: GPL-3.0-or-later
// Contact import through the real kizuna-cli binary: a Japanese Excel file imported and exported
// again, bad input, a ragged row, the possible duplicates reported after an import, usage errors
// and an import killed with SIGKILL.
#include "clirunner.h"
#include "contactimportfixture.h"

#include "core/io/csvreader.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Kizuna;
using namespace Kizuna::Io;
using namespace ContactImportFixture;
using CliTest::cli;

class tst_CliContactImport : public QObject
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

private Q_SLOTS:
    void cliImportsShiftJisAndExportsIt()
    {
        const QString db = path("cli.kizuna");
        QFile::remove(db);
        CHECK_EXIT(cli({"init", "--db", db}), 0);
        const QString csv = writeFile(excelShiftJisFile());
        const CliTest::Run run = cli({"import", "contacts", "--db", db, "--file", csv, "--json"});
        CHECK_EXIT(run, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value("rows").toInt(), 3);
        QCOMPARE(json.value("imported").toInt(), 3);
        QCOMPARE(json.value("updated").toInt(), 0);
        QCOMPARE(json.value("skipped_duplicates").toInt(), 0);
        QCOMPARE(json.value("rejected").toInt(), 0);
        QCOMPARE(json.value("encoding").toString(), "shift_jis");
        QCOMPARE(json.value("mapping").toObject().value("フリガナ").toString(), "full_name_reading");
        CHECK_EXIT(cli({"check", "--db", db}), 0);

        // Export as UTF-8: the names, readings and the multi-line note come back as written.
        const CliTest::Run exported = cli({"export", "--db", db, "--table", "contacts"});
        CHECK_EXIT(exported, 0);
        QBuffer buffer;
        buffer.setData(exported.out);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        CsvRecord header, record;
        QVERIFY(reader.next(header).value());
        QSet<QString> names;
        while (reader.next(record).value()) {
            const auto field = [&](const char *name) { return record.fields.value(header.fields.indexOf(name)); };
            names << field("family_name") + "|" + field("given_name") + "|" + field("family_name_reading") + "|"
                         + field("given_name_reading");
            if (field("email") == "taro@example.jp")
                QCOMPARE(field("notes"), "髙橋様の紹介, 要連絡\r\n2行目");
        }
        QCOMPARE(names, QSet<QString>({"山田|太郎|ヤマダ|タロウ", "髙﨑|花子|タカサキ|ハナコ", "Yamada|Taro||"}));

        // Export as Shift_JIS, as Japanese Excel reads it, and import that into a new database.
        const QString sjis = path("export-sjis.csv");
        CHECK_EXIT(cli({"export", "--db", db, "--table", "contacts", "--encoding", "shift_jis", "--out", sjis}), 0);
        QFile exportedFile(sjis);
        QVERIFY(exportedFile.open(QIODevice::ReadOnly));
        const QByteArray sjisBytes = exportedFile.readAll();
        QCOMPARE(int(detectEncoding(sjisBytes, true).encoding), int(TextEncoding::ShiftJis));
        QVERIFY(sjisBytes.contains(encoded("髙﨑", "windows-31j")));
        const QString copy = path("copy.kizuna");
        QFile::remove(copy);
        CHECK_EXIT(cli({"init", "--db", copy}), 0);
        const CliTest::Run reimport = cli({"import", "contacts", "--db", copy, "--file", sjis, "--json"});
        CHECK_EXIT(reimport, 0);
        QCOMPARE(reimport.json().value("imported").toInt(), 3);
        for (const QString &database : {db, copy}) {
            const QString text = cli({"export", "--db", database, "--table", "contacts"}).outText();
            QVERIFY(text.contains("髙﨑,花子,タカサキ,ハナコ,hanako@example.jp,090-1111-2222"));
            QVERIFY(text.contains("\"髙橋様の紹介, 要連絡\r\n2行目\""));
        }
        // A character CP932 does not have: the export fails naming the row, and writes nothing.
        CHECK_EXIT(cli({"contact", "add", "--db", db, "family_name=Müller", "given_name=Zoë"}), 0);
        QFile::remove(sjis);
        const CliTest::Run lossy = cli({"export", "--db", db, "--table", "contacts", "--encoding", "shift_jis", "--out", sjis});
        CHECK_EXIT(lossy, 2);
        QVERIFY2(lossy.errText().contains("contacts: row ") && lossy.errText().contains("\"ü\" cannot be written in Shift_JIS (CP932)"),
                 qPrintable(lossy.errText()));
        QVERIFY(!QFile::exists(sjis));

        // Importing the same file again: every row is a duplicate.
        const CliTest::Run again = cli({"import", "contacts", "--db", db, "--file", csv, "--json"});
        CHECK_EXIT(again, 0);
        QCOMPARE(again.json().value("skipped_duplicates").toInt(), 3);
        QCOMPARE(again.json().value("imported").toInt(), 0);
        QCOMPARE(again.json().value("mapping_remembered").toBool(), true);
    }

    void cliBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        const QByteArray header = "氏名,メールアドレス\r\n山田 太郎,taro@example.jp\r\n";
        QTest::newRow("unbalanced quote") << header + "\"鈴木 一郎,ichiro@example.jp\r\n佐藤,x@example.jp\r\n"
                                          << QStringList()
                                          << "line 3: a quoted field is not closed at the end of the file";
        QTest::newRow("binary garbage") << header + QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) + "\r\n" << QStringList()
                                        << "line 3: binary data";
        QTest::newRow("invalid UTF-8 in a UTF-8 file") << header + "\xE5\xB1\x71,x@example.jp\r\n"
                                                       << QStringList({"--encoding", "utf-8"})
                                                       << "line 3: the text is not UTF-8";
        QTest::newRow("wrong encoding") << encoded(QString::fromUtf8(header), "windows-31j")
                                        << QStringList({"--encoding", "utf-8"}) << "line 1: the text is not UTF-8";
        QTest::newRow("UTF-8 file read as UTF-16")
            << header << QStringList({"--encoding", "utf-16"})
            << "line 1: the text is not UTF-16: it has no byte order mark and none of the zero bytes UTF-16 has in "
               "every line break and comma; it looks like UTF-8 — choose that encoding (utf-8) or auto";
        QTest::newRow("Shift_JIS file read as UTF-16") << encoded(QString::fromUtf8(header), "windows-31j")
                                                       << QStringList({"--encoding", "utf-16be"})
                                                       << "line 1: the text is not UTF-16: it has no byte order mark "
                                                          "and none of the zero bytes UTF-16 has in every line break "
                                                          "and comma; it looks like Shift_JIS (CP932) — choose that "
                                                          "encoding (shift_jis) or auto";
        QTest::newRow("UTF-16 file read as UTF-8")
            << "\xFF\xFE" + encoded(QString::fromUtf8(header), "UTF-16LE") << QStringList({"--encoding", "utf-8"})
            << "line 1: the text is not UTF-8 but UTF-16 (zero bytes between the characters); choose UTF-16 "
               "(utf-16) or auto";
        QTest::newRow("UTF-16 file read as Shift_JIS")
            << encoded(QString::fromUtf8(header), "UTF-16LE") << QStringList({"--encoding", "shift_jis"})
            << "line 1: the text is not Shift_JIS (CP932) but UTF-16";
        QTest::newRow("empty file") << QByteArray() << QStringList() << "the file is empty";
        QTest::newRow("10 MB field") << header + "\"" + QByteArray(10 * 1024 * 1024, 'x') + "\",x@example.jp\r\n"
                                     << QStringList() << "line 3: the line is longer than 1048576 characters";
    }

    // Each a one-line message naming the file and line, exit 2, and the database as it was.
    void cliBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        const QString db = path("bad.kizuna");
        QFile::remove(db);
        CHECK_EXIT(cli({"init", "--db", db}), 0);
        CHECK_EXIT(cli({"contact", "add", "--db", db, "family_name=既存", "email=old@example.jp"}), 0);
        const QByteArray countsBefore = cli({"stats", "--db", db, "--json"}).out;
        const QString csv = writeFile(bytes);
        const CliTest::Run run = cli(QStringList({"import", "contacts", "--db", db, "--file", csv}) + extra);
        CHECK_EXIT(run, 2);
        QVERIFY2(run.errText().contains(csv + ": " + message), qPrintable(run.errText()));
        QCOMPARE(run.errText().trimmed().count('\n'), 0);
        QCOMPARE(cli({"stats", "--db", db, "--json"}).out, countsBefore);
        CHECK_EXIT(cli({"check", "--db", db}), 0);
    }

    void cliRaggedRowIsReported()
    {
        const QString db = path("ragged.kizuna");
        QFile::remove(db);
        CHECK_EXIT(cli({"init", "--db", db}), 0);
        const QString csv = writeFile("name,email,phone\nTaro Yamada,taro@example.jp,03-1234-5678\n"
                                      "Broken,broken@example.jp\n\"Hanako Sato\",hanako@example.jp,\n");
        const QString report = path("report.csv");
        const CliTest::Run run = cli({"import", "contacts", "--db", db, "--file", csv, "--report", report, "--json"});
        CHECK_EXIT(run, 0);
        QCOMPARE(run.json().value("imported").toInt(), 2);
        QCOMPARE(run.json().value("rejected").toInt(), 1);
        QVERIFY(run.errText().contains(csv + ": line 3: field \"\": the row has 2 fields but the header has 3"));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains("3,,the row has 2 fields"));
    }

    // After an import the CLI counts the possible duplicate pairs the new contacts take part in
    // (not those among the contacts that were there before), as the desktop wizard does.
    void cliReportsPossibleDuplicatesOfTheNewContacts()
    {
        const QString db = path("duplicates.kizuna");
        QFile::remove(db);
        CHECK_EXIT(cli({"init", "--db", db}), 0);
        // Two old contacts that are the same person already: not the import's doing.
        CHECK_EXIT(cli({"contact", "add", "--db", db, "family_name=古川", "given_name=一郎", "email=ichiro@example.jp"}), 0);
        CHECK_EXIT(cli({"contact", "add", "--db", db, "family_name=古川", "given_name=一郎", "email=ICHIRO@example.jp"}), 0);
        CHECK_EXIT(cli({"contact", "add", "--db", db, "family_name=山田", "given_name=太郎", "phone=03-1234-5678"}), 0);

        // 山田 太郎 again with the same phone in another form, and someone new.
        const QString csv = writeFile("氏名,電話番号,メールアドレス\n山田 太郎,0312345678,taro@example.jp\n"
                                      "佐藤 花子,090-1111-2222,hanako@example.jp\n");
        CliTest::Run run = cli({"import", "contacts", "--db", db, "--file", csv, "--on-duplicate", "create", "--json"});
        CHECK_EXIT(run, 0);
        QCOMPARE(run.json().value("imported").toInt(), 2);
        QCOMPARE(run.json().value("possible_duplicates").toInt(-1), 1);

        run = cli({"import", "contacts", "--db", db, "--file", csv, "--on-duplicate", "create"});
        CHECK_EXIT(run, 0);
        // The second import made a copy of each of its two rows: 山田 is now three people, of whom
        // two pairs involve the new one, and 佐藤 one pair.
        QVERIFY2(run.outText().contains("3 possible duplicate pair(s) involve the new contacts; review them with "
                                        "kizuna-cli duplicates --db " + db), qPrintable(run.outText()));

        run = cli({"import", "contacts", "--db", db, "--file", csv, "--on-duplicate", "create", "--json",
                   "--no-duplicate-check"});
        CHECK_EXIT(run, 0);
        QVERIFY(run.json().value("possible_duplicates").isNull());

        // Nothing new written: no check, and nothing said about duplicates.
        run = cli({"import", "contacts", "--db", db, "--file", csv, "--on-duplicate", "skip"});
        CHECK_EXIT(run, 0);
        QVERIFY2(!run.outText().contains("possible duplicate"), qPrintable(run.outText()));
    }

    // Companies are matched by companyKey: 山田商事 and ㈱山田商事 are the existing 株式会社山田商事.
    void cliLinksContactsToTheExistingCompany()
    {
        const QString db = path("companies.kizuna");
        QFile::remove(db);
        CHECK_EXIT(cli({"init", "--db", db}), 0);
        CHECK_EXIT(cli({"import", "companies", "--db", db, "--file", writeFile("会社名\n株式会社山田商事\n")}), 0);
        const QString csv = writeFile("氏名,メールアドレス,会社名\n山田 太郎,taro@example.jp,山田商事\n"
                                      "山田 花子,hanako@example.jp,㈱山田商事\n");
        const CliTest::Run run = cli({"import", "contacts", "--db", db, "--file", csv, "--json"});
        CHECK_EXIT(run, 0);
        QCOMPARE(run.json().value("imported").toInt(), 2);
        QCOMPARE(run.json().value("companies_created").toInt(-1), 0);
        auto opened = Storage::DatabaseOpener::open(db);
        QVERIFY(opened.ok());
        QCOMPARE((*opened)->queryInt(QStringLiteral("SELECT count(*) FROM companies")).value(), 1);
        QCOMPARE((*opened)->queryInt(QStringLiteral("SELECT count(*) FROM contacts c JOIN companies k ON "
                                                    "k.id = c.company_id WHERE k.name = '株式会社山田商事'"))
                     .value(),
                 2);
    }

    // export protects formulas unless --no-formula-protection; import takes the protection off.
    void cliExportProtectsFormulas()
    {
        const QString db = path("formulas.kizuna");
        QFile::remove(db);
        CHECK_EXIT(cli({"init", "--db", db}), 0);
        CHECK_EXIT(cli({"contact", "add", "--db", db, "family_name=山田", "email=taro@example.jp",
                        "phone=+81 3-1234-5678", "notes=@SUM(1+1)*cmd|' /C calc'!A0"}),
                   0);
        const QString file = path("formulas.csv");
        CHECK_EXIT(cli({"export", "--db", db, "--table", "contacts", "--out", file}), 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY2(text.contains(",'@SUM(1+1)*cmd|' /C calc'!A0,"), qPrintable(text));
        QVERIFY(text.contains(",+81 3-1234-5678,"));
        const QString raw = cli({"export", "--db", db, "--table", "contacts", "--no-formula-protection"}).outText();
        QVERIFY2(raw.contains(",@SUM(1+1)*cmd|' /C calc'!A0,"), qPrintable(raw));

        const QString copy = path("formulas-copy.kizuna");
        QFile::remove(copy);
        CHECK_EXIT(cli({"init", "--db", copy}), 0);
        CHECK_EXIT(cli({"import", "contacts", "--db", copy, "--file", file}), 0);
        QCOMPARE(cli({"export", "--db", copy, "--table", "contacts", "--no-formula-protection"})
                     .outText()
                     .count(",@SUM(1+1)*cmd|' /C calc'!A0,"),
                 1);
    }

    void cliUsageErrors()
    {
        const QString db = path("usage.kizuna");
        const QString csv = writeFile("name\nA\n");
        CHECK_EXIT(cli({"import", "contacts", "--db", db, "--file", csv, "--encoding", "latin1"}), 1);
        CHECK_EXIT(cli({"import", "contacts", "--db", db, "--file", csv, "--on-duplicate", "merge"}), 1);
        const CliTest::Run badMap = cli({"init", "--db", db});
        CHECK_EXIT(badMap, 0);
        const CliTest::Run run = cli({"import", "contacts", "--db", db, "--file", csv, "--map", "name=nickname"});
        CHECK_EXIT(run, 2);
        QVERIFY(run.errText().contains("no contact field \"nickname\""));
    }

    // A killed import (SIGKILL, no chance to clean up) leaves the database as it was: the
    // rollback journal is rolled back when the file is next opened.
    void cliKilledImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("killAt");
        QTest::newRow("while reading") << QByteArray("import: 5%");
        QTest::newRow("while writing") << QByteArray("import: writing");
    }

    void cliKilledImportChangesNothing()
    {
        QFETCH(QByteArray, killAt);
        const QString db = path("killed.kizuna");
        QFile::remove(db);
        CHECK_EXIT(cli({"demo", "--db", db, "--contacts", "200", "--seed", "3"}), 0);
        const QByteArray countsBefore = cli({"stats", "--db", db, "--json"}).out;
        QVERIFY(!countsBefore.isEmpty());
        // A large import drops the contacts' indexes while it writes: they come back too.
        const auto schema = [&db] {
            auto opened = Storage::DatabaseOpener::open(db);
            if (!opened.ok())
                return QString();
            auto sql = (*opened)->queryText(QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM "
                                                           "sqlite_schema ORDER BY name)"));
            return sql.ok() ? *sql : QString();
        };
        const QString schemaBefore = schema();
        QVERIFY(schemaBefore.contains("contacts_email"));

        const QString csv = path("large.csv");
        if (!QFile::exists(csv)) {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("氏名,フリガナ,メールアドレス,電話番号,会社名\r\n");
            for (int i = 0; i < 200000; ++i)
                file.write(QString::fromUtf8("山田 太郎%1,ヤマダ タロウ,kill%1@example.jp,03-%2-%3,会社%4\r\n")
                               .arg(i).arg(i / 10000, 4, 10, QChar('0')).arg(i % 10000, 4, 10, QChar('0'))
                               .arg(i % 300).toUtf8());
        }
        QProcess process;
        process.start(KIZUNA_CLI_PATH, {"import", "contacts", "--db", db, "--file", csv});
        QVERIFY(process.waitForStarted());
        QByteArray err;
        while (!err.contains(killAt) && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
        }
        QVERIFY2(err.contains(killAt), err.constData());
        if (killAt.contains("writing")) {
            // Kill only once the journal is hot: its header carries the magic number, which SQLite
            // writes (and syncs) just before it overwrites the first page of the database file.
            const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
            const auto journalIsHot = [&db, &magic] {
                QFile journal(db + "-journal");
                return journal.open(QIODevice::ReadOnly) && journal.read(8) == magic;
            };
            while (!journalIsHot() && process.state() == QProcess::Running)
                process.waitForFinished(2);
            QVERIFY2(journalIsHot(), "the import finished before it overwrote a page of the database");
        }
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        if (killAt.contains("writing")) { // the import had written pages: a hot journal is left
            QVERIFY(QFile::exists(db + "-journal") && QFileInfo(db + "-journal").size() > 0);
        }

        CHECK_EXIT(cli({"check", "--db", db}), 0);
        QCOMPARE(cli({"stats", "--db", db, "--json"}).out, countsBefore);
        QCOMPARE(schema(), schemaBefore);
    }
};

QTEST_GUILESS_MAIN(tst_CliContactImport)
#include "tst_cli_contactimport.moc"
