// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real kizuna-cli binary and checks exit codes, stdout and stderr.
#include "clirunner.h"
#include "core/io/tableexporter.h"
#include "core/storage/databaseopener.h"
#include "core/storage/migrations/migration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

using namespace CliTest;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

bool execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        qWarning("sqlite3_exec: %s", message);
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

// A minimal RFC 4180 reader for checking what export writes.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty())
        records << (record << field);
    return records;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList filesInDir() const { return QDir(m_dir->path()).entryList(QDir::Files, QDir::Name); }
    QString newDatabase(const QString &name);
    QString addContact(const QString &db, const QStringList &fields);
    QJsonObject tableStats(const QString &db, const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init();
    void cleanup();

    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void refusesFilesThatAreNotKizuna_data();
    void refusesFilesThatAreNotKizuna();
    void missingDatabaseIsNotCreated_data();
    void missingDatabaseIsNotCreated();
    void initAndStats();
    void olderSchemaIsUpgradedButNotByCheck();
    void contactRoundTrip();
    void contactBadInput_data();
    void contactBadInput();
    void unknownContactId_data();
    void unknownContactId();
    void deleteGoesToTrashAndRestores();
    void historyShowsOldAndNewValues();
    void exportWritesStableCsv();
    void exportRefusesUnknownTable();
    void backupAndRestore();
    void restoreRefusesBadBackups();
    void checkHealthyDatabase();
    void checkFindsForeignKeyViolation();
    void demoIsDeterministic();
};

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Cli::cleanup()
{
    m_dir.reset();
}

QString tst_Cli::newDatabase(const QString &name)
{
    const QString db = path(name);
    const Run run = cli({"init", "--db", db});
    if (run.code != 0)
        qWarning("init failed: %s", qPrintable(describe(run)));
    return db;
}

QString tst_Cli::addContact(const QString &db, const QStringList &fields)
{
    const Run run = cli(QStringList{"contact", "add", "--db", db, "--json"} + fields);
    if (run.code != 0)
        qWarning("contact add failed: %s", qPrintable(describe(run)));
    return run.json().value("id").toString();
}

QJsonObject tst_Cli::tableStats(const QString &db, const QString &table)
{
    const Run run = cli({"stats", "--db", db, "--json"});
    return run.json().value("tables").toObject().value(table).toObject();
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // "DB" stands for a file that does not exist
    QTest::addColumn<QString>("expected");      // the whole stderr line

    const QString db = "DB";
    QTest::newRow("no arguments") << QStringList{} << "kizuna-cli: no command given (see kizuna-cli help)";
    QTest::newRow("unknown command")
        << QStringList{"frobnicate", "--db", db}
        << "kizuna-cli: unknown command \"frobnicate\" (see kizuna-cli help)";
    QTest::newRow("option before command")
        << QStringList{"--db", db} << "kizuna-cli: unknown option --db; a command comes first (see kizuna-cli help)";
    QTest::newRow("unknown option")
        << QStringList{"stats", "--db", db, "--foo"}
        << "kizuna-cli: unknown option --foo for \"stats\" (see kizuna-cli help stats)";
    QTest::newRow("unknown short option")
        << QStringList{"stats", "-x", "--db", db}
        << "kizuna-cli: unknown option -x for \"stats\" (see kizuna-cli help stats)";
    QTest::newRow("missing --db")
        << QStringList{"stats"} << "kizuna-cli: \"stats\" needs --db FILE (see kizuna-cli help stats)";
    QTest::newRow("missing --db for a subcommand")
        << QStringList{"contact", "show", "0d1f8a1e-7b1c-4d2a-9a57-2a8f4c1e9b10"}
        << "kizuna-cli: \"contact show\" needs --db FILE (see kizuna-cli help contact show)";
    QTest::newRow("missing value")
        << QStringList{"stats", "--db"}
        << "kizuna-cli: option --db of \"stats\" needs a value (FILE) (see kizuna-cli help stats)";
    QTest::newRow("value is another option")
        << QStringList{"stats", "--db", "--json"}
        << "kizuna-cli: option --db of \"stats\" needs a value (FILE) (see kizuna-cli help stats)";
    QTest::newRow("option twice")
        << QStringList{"stats", "--db", db, "--db", db}
        << "kizuna-cli: option --db given twice for \"stats\" (see kizuna-cli help stats)";
    QTest::newRow("flag with a value")
        << QStringList{"stats", "--db", db, "--json=yes"}
        << "kizuna-cli: option --json of \"stats\" takes no value (see kizuna-cli help stats)";
    QTest::newRow("unexpected argument")
        << QStringList{"stats", "--db", db, "extra"}
        << "kizuna-cli: unexpected argument \"extra\" for \"stats\" (see kizuna-cli help stats)";
    QTest::newRow("bad number")
        << QStringList{"demo", "--db", db, "--contacts", "many"}
        << "kizuna-cli: --contacts needs a whole number from 1 to 100000000, not \"many\" (see kizuna-cli help demo)";
    QTest::newRow("negative number")
        << QStringList{"demo", "--db", db, "--contacts=-5"}
        << "kizuna-cli: --contacts needs a whole number from 1 to 100000000, not \"-5\" (see kizuna-cli help demo)";
    QTest::newRow("bad seed")
        << QStringList{"demo", "--db", db, "--seed", "7x"}
        << "kizuna-cli: --seed needs a whole number from 0 to 18446744073709551615, not \"7x\" (see kizuna-cli help demo)";
    QTest::newRow("bad date")
        << QStringList{"demo", "--db", db, "--as-of", "2026-02-30"}
        << "kizuna-cli: --as-of needs a date YYYY-MM-DD, not \"2026-02-30\" (see kizuna-cli help demo)";
    QTest::newRow("group without subcommand")
        << QStringList{"contact", "--db", db}
        << "kizuna-cli: \"contact\" needs a subcommand: add, update, delete, restore, show (see kizuna-cli help contact)";
    QTest::newRow("unknown subcommand")
        << QStringList{"contact", "rename", "--db", db}
        << "kizuna-cli: unknown subcommand \"rename\" for \"contact\" (subcommands: add, update, delete, "
           "restore, show) (see kizuna-cli help contact)";
    QTest::newRow("argument without =")
        << QStringList{"contact", "add", "--db", db, "family_name"}
        << "kizuna-cli: argument \"family_name\" for \"contact add\" is not name=value (see kizuna-cli help contact add)";
    QTest::newRow("argument without name")
        << QStringList{"contact", "add", "--db", db, "=x"}
        << "kizuna-cli: argument \"=x\" for \"contact add\" is not name=value (see kizuna-cli help contact add)";
    QTest::newRow("field twice")
        << QStringList{"contact", "add", "--db", db, "email=a@example.jp", "email=b@example.jp"}
        << "kizuna-cli: field \"email\" given twice (see kizuna-cli help contact add)";
    QTest::newRow("update without fields")
        << QStringList{"contact", "update", "--db", db, "0d1f8a1e-7b1c-4d2a-9a57-2a8f4c1e9b10"}
        << "kizuna-cli: \"contact update\" needs ID name=value … (see kizuna-cli help contact update)";
    QTest::newRow("show without id")
        << QStringList{"contact", "show", "--db", db}
        << "kizuna-cli: \"contact show\" needs ID (see kizuna-cli help contact show)";
    QTest::newRow("export without table")
        << QStringList{"export", "--db", db}
        << "kizuna-cli: \"export\" needs --table NAME (see kizuna-cli help export)";
    QTest::newRow("export json to stdout")
        << QStringList{"export", "--db", db, "--table", "contacts", "--json"}
        << "kizuna-cli: --json needs --out (the CSV itself goes to stdout) (see kizuna-cli help export)";
    QTest::newRow("backup without --out")
        << QStringList{"backup", "--db", db} << "kizuna-cli: \"backup\" needs --out BACKUP (see kizuna-cli help backup)";
    QTest::newRow("help for unknown command")
        << QStringList{"help", "frobnicate"}
        << "kizuna-cli: no help for unknown command \"frobnicate\" (see kizuna-cli help)";
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString db = path("never-created.kizuna");
    arguments.replaceInStrings(QRegularExpression("^DB$"), db);

    const Run run = cli(arguments);
    CHECK_EXIT(run, 1);
    QCOMPARE(run.errText(), expected + "\n");
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(filesInDir().isEmpty(), qPrintable(filesInDir().join(", ")));
}

void tst_Cli::helpAndVersion()
{
    Run run = cli({"--version"});
    CHECK_EXIT(run, 0);
    QVERIFY2(QRegularExpression("^kizuna-cli \\d+\\.\\d+\\.\\d+\\n$").match(run.outText()).hasMatch(),
             qPrintable(run.outText()));

    run = cli({"help"});
    CHECK_EXIT(run, 0);
    for (const char *command : {"init", "demo", "check", "stats", "backup", "restore", "export",
                                "contact add", "contact update", "contact delete", "contact restore",
                                "contact show"})
        QVERIFY2(run.outText().contains(QStringLiteral("\n  ") + command + ' '), command);
    QVERIFY(run.outText().contains("Exit status: 0 ok, 1 usage error, 2 bad input"));
    QCOMPARE(cli({"--help"}).out, run.out);

    run = cli({"help", "stats"});
    CHECK_EXIT(run, 0);
    QVERIFY2(run.outText().startsWith("Usage: kizuna-cli stats --db FILE [--json]\n"), qPrintable(run.outText()));
    QVERIFY(run.outText().contains("--db FILE"));
    QCOMPARE(cli({"stats", "--help"}).out, run.out);
    QCOMPARE(cli({"stats", "--bogus", "-h"}).out, run.out);

    run = cli({"help", "contact", "delete"});
    CHECK_EXIT(run, 0);
    QVERIFY(run.outText().startsWith("Usage: kizuna-cli contact delete --db FILE [--purge] [--json] ID\n"));
    QCOMPARE(cli({"contact", "delete", "--help"}).out, run.out);

    run = cli({"help", "contact"});
    CHECK_EXIT(run, 0);
    for (const char *sub : {"add", "update", "delete", "restore", "show"})
        QVERIFY2(run.outText().contains(QStringLiteral("\n  ") + sub + ' '), sub);
    QCOMPARE(cli({"contact", "--help"}).out, run.out);
}

void tst_Cli::refusesFilesThatAreNotKizuna_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments"); // "DB" stands for the refused file
    QTest::addColumn<QString>("reason");

    const QString id = "0d1f8a1e-7b1c-4d2a-9a57-2a8f4c1e9b10";
    const QList<std::pair<const char *, QStringList>> commands{
        {"stats", {"stats", "--db", "DB"}},
        {"check", {"check", "--db", "DB"}},
        {"export", {"export", "--db", "DB", "--table", "contacts"}},
        {"init", {"init", "--db", "DB"}},
        {"demo", {"demo", "--db", "DB", "--contacts", "10"}},
        {"backup", {"backup", "--db", "DB", "--out", "BACKUP"}},
        {"contact add", {"contact", "add", "--db", "DB", "family_name=x"}},
        {"contact show", {"contact", "show", "--db", "DB", id}},
        {"contact delete", {"contact", "delete", "--db", "DB", id}},
    };
    for (const auto &[name, arguments] : commands)
        QTest::addRow("text file, %s", name) << "text" << arguments << "is not a Kizuna database (not a SQLite file)";
    for (const char *name : {"stats", "init", "contact add"}) {
        const auto it = std::find_if(commands.begin(), commands.end(),
                                     [name](const auto &entry) { return qstrcmp(entry.first, name) == 0; });
        QTest::addRow("foreign SQLite, %s", name) << "foreign" << it->second << "is a SQLite database of another program";
        QTest::addRow("newer schema, %s", name) << "newer" << it->second << "was written by a newer version of Kizuna";
    }
}

void tst_Cli::refusesFilesThatAreNotKizuna()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);

    const QString db = path(QString::fromUtf8("顧客リスト.txt"));
    if (kind == "text") {
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,email\nYamada,yamada@example.jp\n");
    } else if (kind == "foreign") {
        QVERIFY(execSql(db, "PRAGMA journal_mode=DELETE; CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT);"));
    } else {
        QCOMPARE(cli({"init", "--db", db}).code, 0);
        QVERIFY(execSql(db, "PRAGMA journal_mode=DELETE; PRAGMA user_version = 999;"));
    }
    const QStringList before = filesInDir();
    const QByteArray hash = fileHash(db);
    arguments.replaceInStrings(QRegularExpression("^DB$"), db);
    arguments.replaceInStrings(QRegularExpression("^BACKUP$"), path("backup.kizuna"));

    const Run run = cli(arguments);
    CHECK_EXIT(run, 2);
    QVERIFY2(run.errText().startsWith("kizuna-cli: error: " + db + ": " + reason), qPrintable(run.errText()));
    QCOMPARE(run.errText().count('\n'), 1);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(fileHash(db), hash);
    QCOMPARE(filesInDir(), before);
}

void tst_Cli::missingDatabaseIsNotCreated_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString id = "0d1f8a1e-7b1c-4d2a-9a57-2a8f4c1e9b10";
    QTest::newRow("stats") << QStringList{"stats", "--db", "DB"};
    QTest::newRow("stats json") << QStringList{"stats", "--db", "DB", "--json"};
    QTest::newRow("check") << QStringList{"check", "--db", "DB"};
    QTest::newRow("export") << QStringList{"export", "--db", "DB", "--table", "contacts"};
    QTest::newRow("backup") << QStringList{"backup", "--db", "DB", "--out", "BACKUP"};
    QTest::newRow("contact add") << QStringList{"contact", "add", "--db", "DB", "family_name=x"};
    QTest::newRow("contact update") << QStringList{"contact", "update", "--db", "DB", id, "family_name=x"};
    QTest::newRow("contact show") << QStringList{"contact", "show", "--db", "DB", id};
}

void tst_Cli::missingDatabaseIsNotCreated()
{
    QFETCH(QStringList, arguments);
    const QString db = path("typo.kizuna");
    arguments.replaceInStrings(QRegularExpression("^DB$"), db);
    arguments.replaceInStrings(QRegularExpression("^BACKUP$"), path("backup.kizuna"));

    const Run run = cli(arguments);
    CHECK_EXIT(run, 2);
    QCOMPARE(run.errText(), "kizuna-cli: error: " + db + ": no such database file\n");
    QVERIFY2(filesInDir().isEmpty(), qPrintable(filesInDir().join(", ")));
}

void tst_Cli::initAndStats()
{
    const QString db = path("new.kizuna");
    Run run = cli({"init", "--db", db, "--json"});
    CHECK_EXIT(run, 0);
    QCOMPARE(run.json().value("created").toBool(), true);
    QCOMPARE(run.json().value("schema_version").toInt(), Kizuna::Storage::latestSchemaVersion());

    run = cli({"init", "--db", db});
    CHECK_EXIT(run, 0);
    QVERIFY2(run.outText().contains("already initialised"), qPrintable(run.outText()));

    run = cli({"stats", "--db", db, "--json"});
    CHECK_EXIT(run, 0);
    const QJsonObject tables = run.json().value("tables").toObject();
    QCOMPARE(tables.keys().size(), Kizuna::Io::TableExporter::tableNames().size());
    for (const QString &table : Kizuna::Io::TableExporter::tableNames()) {
        QVERIFY2(tables.contains(table), qPrintable(table));
        QCOMPARE(tables.value(table).toObject().value("rows").toInt(-1), 0);
    }
    QVERIFY(run.json().value("file_size").toInteger() > 0);

    addContact(db, {"family_name=山田"});
    addContact(db, {"family_name=佐藤"});
    run = cli({"stats", "--db", db, "--json"});
    const QJsonObject contacts = run.json().value("tables").toObject().value("contacts").toObject();
    QCOMPARE(contacts.value("active").toInt(), 2);
    QCOMPARE(contacts.value("trash").toInt(), 0);
    QCOMPARE(run.json().value("tables").toObject().value("change_log").toObject().value("rows").toInt(), 2);

    run = cli({"stats", "--db", db});
    CHECK_EXIT(run, 0);
    QVERIFY2(QRegularExpression("\\ncontacts +2 +0\\n").match(run.outText()).hasMatch(), qPrintable(run.outText()));
}

void tst_Cli::olderSchemaIsUpgradedButNotByCheck()
{
    using namespace Kizuna::Storage;
    if (latestSchemaVersion() < 2)
        QSKIP("only one schema version so far");
    const QString db = path("old.kizuna");
    QVERIFY(DatabaseOpener::open(db, {}, migrations().first(1)).ok());
    const QByteArray before = fileHash(db);

    Run run = cli({"check", "--db", db});
    CHECK_EXIT(run, 2);
    QVERIFY2(run.errText().contains("older schema (version 1)"), qPrintable(run.errText()));
    QCOMPARE(fileHash(db), before);

    run = cli({"stats", "--db", db, "--json"});
    CHECK_EXIT(run, 0);
    QCOMPARE(run.json().value("schema_version").toInt(), latestSchemaVersion());
    QVERIFY(QFile::exists(DatabaseOpener::backupPathFor(db, 1)));
    QCOMPARE(cli({"check", "--db", db}).code, 0);
}

void tst_Cli::contactRoundTrip()
{
    const QString db = newDatabase("contacts.kizuna");
    Run run = cli({"contact", "add", "--db", db, "--json", "family_name=山田", "given_name=太郎",
                   "family_name_reading=やまだ", "given_name_reading=たろう", "kind=Customer",
                   "email=taro@example.jp", "prefecture=東京都", "notes=key=value; a=b", "loyalty_points=120",
                   "marketing_opt_in=yes", "birthday=1985/4/1"});
    CHECK_EXIT(run, 0);
    const QString id = run.json().value("id").toString();
    QCOMPARE(id.size(), 36);

    run = cli({"contact", "show", "--db", db, id, "--json"});
    CHECK_EXIT(run, 0);
    QJsonObject shown = run.json();
    QCOMPARE(shown.value("id").toString(), id);
    QCOMPARE(shown.value("family_name").toString(), QString::fromUtf8("山田"));
    QCOMPARE(shown.value("given_name_reading").toString(), QString::fromUtf8("たろう"));
    QCOMPARE(shown.value("prefecture").toString(), QString::fromUtf8("東京都"));
    QCOMPARE(shown.value("kind").toString(), "customer");
    QCOMPARE(shown.value("notes").toString(), "key=value; a=b");
    QCOMPARE(shown.value("loyalty_points").toInt(), 120);
    QCOMPARE(shown.value("marketing_opt_in").toBool(), true);
    QCOMPARE(shown.value("birthday").toString(), "1985-04-01");
    QVERIFY(shown.value("phone").isNull());
    QVERIFY(shown.value("deleted_at").isNull());

    run = cli({"contact", "update", "--db", db, id, "family_name=佐藤", "email=", "title=部長"});
    CHECK_EXIT(run, 0);
    run = cli({"contact", "show", "--db", db, id, "--json"});
    shown = run.json();
    QCOMPARE(shown.value("family_name").toString(), QString::fromUtf8("佐藤"));
    QCOMPARE(shown.value("title").toString(), QString::fromUtf8("部長"));
    QVERIFY2(shown.value("email").isNull(), "an empty value clears the field");
    QCOMPARE(shown.value("given_name").toString(), QString::fromUtf8("太郎"));

    run = cli({"contact", "show", "--db", db, id});
    CHECK_EXIT(run, 0);
    QVERIFY2(QRegularExpression("\\nfamily_name +佐藤\\n").match(run.outText()).hasMatch(), qPrintable(run.outText()));

    run = cli({"contact", "add", "--db", db, "given_name=花子"}); // text mode prints the bare id
    CHECK_EXIT(run, 0);
    QVERIFY2(QRegularExpression("^[0-9a-f-]{36}\\n$").match(run.outText()).hasMatch(), qPrintable(run.outText()));
}

void tst_Cli::contactBadInput_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown field") << QStringList{"family_name=山田", "nickname=Yama"} << "\"nickname\"";
    QTest::newRow("bad choice") << QStringList{"kind=vip"} << "contact field \"kind\": \"vip\" is not one of: lead";
    QTest::newRow("bad integer") << QStringList{"loyalty_points=many"} << "contact field \"loyalty_points\": \"many\"";
    QTest::newRow("bad date") << QStringList{"birthday=2026-13-45"} << "contact field \"birthday\": \"2026-13-45\"";
    QTest::newRow("bad boolean") << QStringList{"marketing_opt_in=maybe"} << "contact field \"marketing_opt_in\"";
    QTest::newRow("missing company")
        << QStringList{"company_id=0d1f8a1e-7b1c-4d2a-9a57-2a8f4c1e9b10"} << "contact field \"company_id\"";
}

void tst_Cli::contactBadInput()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, mentions);
    const QString db = newDatabase("bad.kizuna");
    const Run run = cli(QStringList{"contact", "add", "--db", db} + fields);
    CHECK_EXIT(run, 2);
    QVERIFY2(run.errText().startsWith("kizuna-cli: error: "), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(mentions), qPrintable(run.errText()));
    QCOMPARE(run.errText().count('\n'), 1);
    QCOMPARE(tableStats(db, "contacts").value("rows").toInt(-1), 0);
}

void tst_Cli::unknownContactId_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("show") << QStringList{"contact", "show"};
    QTest::newRow("update") << QStringList{"contact", "update", "family_name=x"};
    QTest::newRow("delete") << QStringList{"contact", "delete"};
    QTest::newRow("purge") << QStringList{"contact", "delete", "--purge"};
    QTest::newRow("restore") << QStringList{"contact", "restore"};
}

void tst_Cli::unknownContactId()
{
    QFETCH(QStringList, arguments);
    const QString db = newDatabase("ids.kizuna");
    addContact(db, {"family_name=山田"});
    const QString id = "0d1f8a1e-7b1c-4d2a-9a57-2a8f4c1e9b10";
    arguments.insert(2, id);
    arguments << "--db" << db;
    const Run run = cli(arguments);
    CHECK_EXIT(run, 2);
    QCOMPARE(run.errText(), "kizuna-cli: error: no contact with id " + id + "\n");
}

void tst_Cli::deleteGoesToTrashAndRestores()
{
    const QString db = newDatabase("trash.kizuna");
    const QString id = addContact(db, {"family_name=山田"});
    addContact(db, {"family_name=佐藤"});

    Run run = cli({"contact", "delete", "--db", db, id, "--purge"});
    CHECK_EXIT(run, 2);
    QVERIFY2(run.errText().contains("is not in the Trash"), qPrintable(run.errText()));

    run = cli({"contact", "delete", "--db", db, id, "--json"});
    CHECK_EXIT(run, 0);
    QCOMPARE(run.json().value("deleted").toBool(), true);
    QJsonObject contacts = tableStats(db, "contacts");
    QCOMPARE(contacts.value("active").toInt(), 1);
    QCOMPARE(contacts.value("trash").toInt(), 1);

    run = cli({"contact", "show", "--db", db, id, "--json"});
    CHECK_EXIT(run, 0);
    QVERIFY(!run.json().value("deleted_at").toString().isEmpty());
    run = cli({"contact", "update", "--db", db, id, "family_name=x"});
    CHECK_EXIT(run, 2);
    QVERIFY2(run.errText().contains("Trash"), qPrintable(run.errText()));

    run = cli({"contact", "restore", "--db", db, id});
    CHECK_EXIT(run, 0);
    contacts = tableStats(db, "contacts");
    QCOMPARE(contacts.value("active").toInt(), 2);
    QCOMPARE(contacts.value("trash").toInt(), 0);

    QCOMPARE(cli({"contact", "delete", "--db", db, id}).code, 0);
    run = cli({"contact", "delete", "--db", db, id, "--purge", "--json"});
    CHECK_EXIT(run, 0);
    QCOMPARE(run.json().value("purged").toBool(), true);
    QCOMPARE(cli({"contact", "show", "--db", db, id}).code, 2);
    QCOMPARE(tableStats(db, "contacts").value("rows").toInt(), 1);
}

void tst_Cli::historyShowsOldAndNewValues()
{
    const QString db = newDatabase("history.kizuna");
    const QString id = addContact(db, {"family_name=山田", "email=yamada@example.jp"});
    QCOMPARE(cli({"contact", "update", "--db", db, id, "family_name=佐藤"}).code, 0);
    QCOMPARE(cli({"contact", "delete", "--db", db, id}).code, 0);

    Run run = cli({"contact", "show", "--db", db, id, "--history", "--json"});
    CHECK_EXIT(run, 0);
    const QJsonArray history = run.json().value("history").toArray();
    QCOMPARE(history.size(), 4); // insert ×2 fields, update, delete
    const QJsonObject update = history.at(2).toObject();
    QCOMPARE(update.value("op").toString(), "update");
    QCOMPARE(update.value("field").toString(), "family_name");
    QCOMPARE(update.value("old").toString(), QString::fromUtf8("山田"));
    QCOMPARE(update.value("new").toString(), QString::fromUtf8("佐藤"));
    QCOMPARE(history.at(3).toObject().value("op").toString(), "delete");
    for (const QJsonValue &entry : history)
        QVERIFY(entry.toObject().value("seq").toInteger() > 0);

    run = cli({"contact", "show", "--db", db, id, "--history"});
    CHECK_EXIT(run, 0);
    QVERIFY2(run.outText().contains(QString::fromUtf8("family_name: 山田 → 佐藤")), qPrintable(run.outText()));
    QVERIFY2(run.outText().contains(QString::fromUtf8("insert  family_name: ∅ → 山田")), qPrintable(run.outText()));

    run = cli({"contact", "show", "--db", db, id, "--json"});
    QVERIFY2(!run.json().contains("history"), "history only when asked");
}

void tst_Cli::exportWritesStableCsv()
{
    const QString db = newDatabase("export.kizuna");
    const QString tricky = QString::fromUtf8("He said \"hi\", then\nleft; 東京, 大阪\r\nend");
    QStringList ids{addContact(db, {"family_name=山田", "notes=" + tricky, "loyalty_points=7"}),
                    addContact(db, {"family_name=Smith, John", "given_name="}),
                    addContact(db, {"family_name=\"quoted\""})};
    for (int i = 0; i < 20; ++i)
        ids << addContact(db, {QStringLiteral("family_name=n%1").arg(i)});
    ids.sort();

    Run toStdout = cli({"export", "--db", db, "--table", "contacts"});
    CHECK_EXIT(toStdout, 0);
    QCOMPARE(toStdout.err, QByteArray());
    const QString out = path("contacts.csv");
    Run toFile = cli({"export", "--db", db, "--table", "contact", "--out", out, "--json"});
    CHECK_EXIT(toFile, 0);
    QCOMPARE(toFile.json().value("rows").toInt(), 23);
    QCOMPARE(fileBytes(out), toStdout.out);
    QCOMPARE(cli({"export", "--db", db, "--table", "contacts"}).out, toStdout.out); // same bytes again
    QCOMPARE(cli({"export", "--db", db, "--table", "contacts", "--bom"}).out, "\xEF\xBB\xBF" + toStdout.out);

    QVERIFY(toStdout.out.contains("\"He said \"\"hi\"\", then\nleft; 東京, 大阪\r\nend\""));
    QVERIFY(toStdout.out.contains(",\"Smith, John\","));
    QVERIFY(toStdout.out.contains(",\"\"\"quoted\"\"\","));
    QVERIFY(toStdout.out.endsWith("\r\n"));

    const QList<QStringList> records = parseCsv(toStdout.out);
    QCOMPARE(records.size(), 24);
    const QStringList header = records.first();
    QCOMPARE(header.mid(0, 4), (QStringList{"id", "kind", "lifecycle_stage", "family_name"}));
    QVERIFY(header.contains("deleted_at"));
    QStringList exportedIds;
    const qsizetype notes = header.indexOf("notes");
    const qsizetype points = header.indexOf("loyalty_points");
    for (const QStringList &record : records.mid(1)) {
        QCOMPARE(record.size(), header.size());
        exportedIds << record.first();
        if (record.at(3) == QString::fromUtf8("山田")) {
            QCOMPARE(record.at(notes), tricky);
            QCOMPARE(record.at(points), "7");
        }
    }
    QCOMPARE(exportedIds, ids); // ordered by id

    // --out replaces an existing file; change_log exports in seq order.
    toFile = cli({"export", "--db", db, "--table", "change_log", "--out", out});
    CHECK_EXIT(toFile, 0);
    const QList<QStringList> changes = parseCsv(fileBytes(out));
    QCOMPARE(changes.first().first(), "seq");
    for (qsizetype i = 2; i < changes.size(); ++i)
        QVERIFY(changes.at(i).first().toLongLong() > changes.at(i - 1).first().toLongLong());
}

void tst_Cli::exportRefusesUnknownTable()
{
    const QString db = newDatabase("export.kizuna");
    const QString out = path("out.csv");
    const Run run = cli({"export", "--db", db, "--table", "customers", "--out", out});
    CHECK_EXIT(run, 2);
    QVERIFY2(run.errText().startsWith("kizuna-cli: error: unknown table \"customers\" (tables: users, companies, contacts,"),
             qPrintable(run.errText()));
    QVERIFY(run.errText().contains("change_log)"));
    QVERIFY(!QFile::exists(out));
}

void tst_Cli::backupAndRestore()
{
    const QString db = newDatabase("live.kizuna");
    const QString kept = addContact(db, {"family_name=山田"});
    const QString backup = path("live.backup");

    Run run = cli({"backup", "--db", db, "--out", backup, "--json"});
    CHECK_EXIT(run, 0);
    QVERIFY(run.json().value("bytes").toInteger() > 0);
    QCOMPARE(cli({"stats", "--db", backup, "--json"}).json().value("tables").toObject().value("contacts")
                 .toObject().value("rows").toInt(), 1);

    const QByteArray backupHash = fileHash(backup);
    run = cli({"backup", "--db", db, "--out", backup});
    CHECK_EXIT(run, 2);
    QCOMPARE(run.errText(), "kizuna-cli: error: " + backup + ": already exists; use --force to replace it\n");
    QCOMPARE(fileHash(backup), backupHash);

    const QString added = addContact(db, {"family_name=佐藤"});
    QCOMPARE(cli({"contact", "show", "--db", db, added}).code, 0);

    run = cli({"restore", "--db", db, "--from", backup, "--json"});
    CHECK_EXIT(run, 0);
    QCOMPARE(cli({"contact", "show", "--db", db, added}).code, 2);
    QCOMPARE(cli({"contact", "show", "--db", db, kept}).code, 0);
    QCOMPARE(cli({"check", "--db", db}).code, 0);

    const QString safety = run.json().value("safety_copy").toString();
    QVERIFY2(safety.startsWith(db + ".before-restore-") && safety.endsWith(".bak"), qPrintable(safety));
    QVERIFY(QFile::exists(safety));
    QCOMPARE(cli({"contact", "show", "--db", safety, added}).code, 0); // the state before the restore

    // The database keeps working: a new contact after the restore.
    QVERIFY(!addContact(db, {"family_name=鈴木"}).isEmpty());
    QCOMPARE(tableStats(db, "contacts").value("rows").toInt(), 2);

    QCOMPARE(cli({"backup", "--db", db, "--out", backup, "--force"}).code, 0);
    QCOMPARE(cli({"stats", "--db", backup, "--json"}).json().value("tables").toObject().value("contacts")
                 .toObject().value("rows").toInt(), 2);

    // Restore into a new file.
    const QString fresh = path("fresh.kizuna");
    run = cli({"restore", "--db", fresh, "--from", backup, "--json"});
    CHECK_EXIT(run, 0);
    QVERIFY(run.json().value("safety_copy").isNull());
    QCOMPARE(tableStats(fresh, "contacts").value("rows").toInt(), 2);
}

void tst_Cli::restoreRefusesBadBackups()
{
    const QString db = newDatabase("live.kizuna");
    addContact(db, {"family_name=山田"});
    const QByteArray before = fileHash(db);

    const QString text = path("notes.txt");
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
    }
    Run run = cli({"restore", "--db", db, "--from", text});
    CHECK_EXIT(run, 2);
    QVERIFY2(run.errText().startsWith("kizuna-cli: error: " + text + ": is not a Kizuna backup"), qPrintable(run.errText()));

    const QString newer = newDatabase("newer.kizuna");
    QVERIFY(execSql(newer, "PRAGMA user_version = 999;"));
    run = cli({"restore", "--db", db, "--from", newer});
    CHECK_EXIT(run, 2);
    QVERIFY2(run.errText().contains("newer version of Kizuna"), qPrintable(run.errText()));

    run = cli({"restore", "--db", db, "--from", path("missing.backup")});
    CHECK_EXIT(run, 2);
    QVERIFY2(run.errText().contains("missing.backup: no such file"), qPrintable(run.errText()));

    // A damaged backup: a Kizuna file whose pages were overwritten in the middle.
    const QString damaged = newDatabase("damaged.kizuna");
    addContact(damaged, {"family_name=鈴木"});
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(4096, '\xff'));
    }
    run = cli({"restore", "--db", db, "--from", damaged});
    CHECK_EXIT(run, 2);
    QVERIFY2(run.errText().startsWith("kizuna-cli: error: " + damaged), qPrintable(run.errText()));

    QCOMPARE(fileHash(db), before);
    QVERIFY(QDir(QFileInfo(db).path()).entryList({"*.before-restore*"}).isEmpty());
    QCOMPARE(tableStats(db, "contacts").value("rows").toInt(), 1);
}

void tst_Cli::checkHealthyDatabase()
{
    const QString db = newDatabase("healthy.kizuna");
    addContact(db, {"family_name=山田"});
    Run run = cli({"check", "--db", db});
    CHECK_EXIT(run, 0);
    QCOMPARE(run.outText(), "integrity: ok\nforeign keys: 0 violation(s)\n");
    QCOMPARE(run.err, QByteArray());
    run = cli({"check", "--db", db, "--json"});
    CHECK_EXIT(run, 0);
    QCOMPARE(run.json().value("ok").toBool(), true);
}

void tst_Cli::checkFindsForeignKeyViolation()
{
    const QString db = newDatabase("broken.kizuna");
    addContact(db, {"family_name=山田"});
    // Written behind the program's back, as a buggy tool or a bad merge could.
    QVERIFY(execSql(db, "PRAGMA foreign_keys = OFF;"
                        "INSERT INTO tasks(id, title, contact_id, created_at, updated_at) VALUES "
                        "('11111111-2222-4333-8444-555555555555', 'Call back', 'no-such-contact', "
                        "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');"));
    Run run = cli({"check", "--db", db});
    CHECK_EXIT(run, 3);
    QVERIFY2(run.outText().contains("foreign keys: 1 violation(s)\n  tasks id 11111111-2222-4333-8444-555555555555 "
                                    "(rowid 1): contact_id refers to a missing row of contacts"),
             qPrintable(run.outText()));
    QVERIFY2(run.errText().startsWith("kizuna-cli: error: " + db + ": 1 foreign-key violation(s), first: tasks"),
             qPrintable(run.errText()));
    QCOMPARE(run.errText().count('\n'), 1);

    run = cli({"check", "--db", db, "--json"});
    CHECK_EXIT(run, 3);
    QCOMPARE(run.json().value("ok").toBool(), false);
    QCOMPARE(run.json().value("foreign_key_violations").toInt(), 1);
    const QJsonObject example = run.json().value("foreign_key_examples").toArray().first().toObject();
    QCOMPARE(example.value("table").toString(), "tasks");
    QCOMPARE(example.value("column").toString(), "contact_id");
    QCOMPARE(example.value("parent").toString(), "contacts");
}

void tst_Cli::demoIsDeterministic()
{
    // Needs the demo generator (core/demo); fails while it is still a stub.
    const auto demo = [this](const QString &name, const QString &seed) {
        const Run run = cli({"demo", "--db", path(name), "--contacts", "200", "--seed", seed,
                             "--as-of", "2026-06-30", "--json"});
        return run;
    };
    const Run first = demo("a.kizuna", "7");
    CHECK_EXIT(first, 0);
    QCOMPARE(first.json().value("tables").toObject().value("contacts").toObject().value("rows").toInt(), 200);
    QVERIFY2(first.errText().contains("demo: 100%\n"), qPrintable(first.errText())); // plain progress lines
    const Run second = demo("b.kizuna", "7");
    CHECK_EXIT(second, 0);
    const Run other = demo("c.kizuna", "8");
    CHECK_EXIT(other, 0);
    QCOMPARE(QByteArray(second.out).replace("b.kizuna", "a.kizuna"), first.out);

    bool anyDifference = false;
    for (const QString &table : Kizuna::Io::TableExporter::tableNames()) {
        const Run a = cli({"export", "--db", path("a.kizuna"), "--table", table});
        const Run b = cli({"export", "--db", path("b.kizuna"), "--table", table});
        const Run c = cli({"export", "--db", path("c.kizuna"), "--table", table});
        CHECK_EXIT(a, 0);
        QVERIFY2(a.out == b.out, qPrintable("export of " + table + " differs between equal seeds"));
        anyDifference = anyDifference || a.out != c.out;
    }
    QVERIFY2(anyDifference, "a different seed gives different data");
    QCOMPARE(cli({"check", "--db", path("a.kizuna")}).code, 0);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
