// SPDX-License-Identifier: GPL-3.0-or-later
// vCard import and export: the text rules, iPhone 3.0 and Android quoted-printable Shift_JIS
// cards, 4.0, several emails and phones, round trips, bad cards and broken files — through the
// library and the real kizuna-cli binary.
#include "clirunner.h"

#include "core/io/vcardexporter.h"
#include "core/io/vcardimporter.h"
#include "core/io/vcardtext.h"
#include "core/model/changecontext.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Io;
using CliTest::cli;

namespace {

template<typename T>
QByteArray errorOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

const QString DataDir = QStringLiteral(KIZUNA_TEST_DATA "/vcard/");

QByteArray fixture(const QString &name)
{
    QFile file(DataDir + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// Every contact as one text line (names, readings, fields, company, points, tags), sorted, so
// two databases can be compared whatever their ids.
QStringList snapshot(Storage::Database &db)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT coalesce(c.family_name, '')||'|'||coalesce(c.given_name, '')||'|'||coalesce(c.family_name_reading, '')||'|'||coalesce(c.given_name_reading, '')||'|'||coalesce(c.email, '')||'|'||coalesce(c.phone, '')||'|'||coalesce(c.mobile, '')||'|'||coalesce(co.name, '')||'|'||coalesce(c.department, '')||'|'||coalesce(c.title, '')||'|'||coalesce(c.postal_code, '')||'|'||coalesce(c.prefecture, '')||'|'||coalesce(c.city, '')||'|'||coalesce(c.address_line, '')||'|'||coalesce(c.country, '')||'|'||coalesce(c.birthday, '')||'|'||coalesce(c.notes, '')||'|'||coalesce((SELECT group_concat(kind || '=' || coalesce(label, '') || '=' || value, ';') FROM  (SELECT * FROM contact_points p WHERE p.contact_id = c.id AND p.deleted_at IS NULL ORDER BY position)), '')||'|'||coalesce((SELECT group_concat(name, ',') FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id  WHERE ct.contact_id = c.id ORDER BY t.name)), '') FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.deleted_at IS NULL"));
    if (!select.ok())
        qFatal("%s", qPrintable(select.error().message));
    QStringList rows;
    (void)select->forEachRow([&] { rows << select->columnText(0); });
    rows.sort();
    return rows;
}

struct Db
{
    QTemporaryDir dir;
    std::unique_ptr<Storage::Database> db;
    QString path;

    Db()
    {
        path = dir.filePath(QStringLiteral("test.kizuna"));
        auto opened = Storage::DatabaseOpener::open(path);
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.error().message));
        db = std::move(*opened);
    }

    Result<VCardImportSummary> import(const QByteArray &bytes, DuplicatePolicy policy = DuplicatePolicy::Skip)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        auto context = Model::changeContextFor(*db, QStringLiteral("test"));
        ContactImportOptions options;
        options.onDuplicate = policy;
        VCardImporter importer(*db, *context);
        return importer.import(buffer, options);
    }

    QByteArray exported(VCardVersion version)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto cards = VCardExporter::write(*db, buffer, version);
        if (!cards.ok())
            qFatal("%s", qPrintable(cards.error().message));
        return buffer.data();
    }

    QString text(const QString &sql)
    {
        auto value = db->queryText(sql);
        return value.ok() ? *value : QStringLiteral("error: ") + value.error().message;
    }
    qint64 count(const QString &sql)
    {
        auto value = db->queryInt(sql);
        return value.ok() ? qint64(*value) : -1;
    }
};

QByteArray utf16Le(const QString &text)
{
    QStringEncoder encoder(QStringConverter::Utf16LE);
    return QByteArray("\xff\xfe") + QByteArray(encoder.encode(text));
}

// Two cards with Japanese names and readings, a folded note and a character outside the BMP
// (𠮷, a surrogate pair in UTF-16).
QString japaneseCard()
{
    return QStringLiteral(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:渡邉;美咲;;;\r\nFN:渡邉 美咲\r\nX-PHONETIC-LAST-NAME:わたなべ\r\n"
        "X-PHONETIC-FIRST-NAME:みさき\r\nORG:株式会社髙島屋商店;総務部\r\nEMAIL;TYPE=INTERNET;TYPE=WORK:misaki@example.jp\r\n"
        "EMAIL;TYPE=HOME:misaki.home@example.com\r\nTEL;TYPE=CELL:090-2222-3333\r\n"
        "NOTE:長い備考は折り返さ\r\n れます。\\n𠮷野家にて\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN;SORT-AS=\"よしだ,はじめ\":𠮷田;一;;;\r\nEMAIL:hajime@example.jp\r\nEND:VCARD\r\n");
}

} // namespace

class TestVCard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unescape_data()
    {
        QTest::addColumn<QString>("escaped");
        QTest::addColumn<QString>("plain");
        QTest::newRow("newline") << "a\\nb\\Nc" << "a\nb\nc";
        QTest::newRow("comma semicolon") << "1\\, 2\\; 3" << "1, 2; 3";
        QTest::newRow("backslash") << "C:\\\\dir" << "C:\\dir";
        QTest::newRow("japanese") << "山田\\,太郎" << "山田,太郎";
    }
    void unescape()
    {
        QFETCH(QString, escaped);
        QFETCH(QString, plain);
        QCOMPARE(VCardText::unescape(escaped), plain);
        QCOMPARE(VCardText::unescape(VCardText::escape(plain)), plain);
    }

    void structuredValues()
    {
        QCOMPARE(VCardText::splitValues(u";;丸の内1\\;1;千代田区;東京都", u';'),
                 (QStringList{"", "", "丸の内1;1", "千代田区", "東京都"}));
        bool ok = false;
        QCOMPARE(QString::fromUtf8(VCardText::decodeQuotedPrintable("=E5=B1=B1=E7=94=B0 x", &ok)), QString("山田 x"));
        QVERIFY(ok);
        VCardText::decodeQuotedPrintable("=E5=Z1", &ok);
        QVERIFY(!ok);
    }

    void foldsAt75OctetsWithoutSplittingCharacters()
    {
        const QString line = "NOTE:" + QString("あいうえお").repeated(20);
        const QByteArray folded = VCardText::foldLine(line);
        const QList<QByteArray> lines = folded.split('\n');
        QVERIFY(lines.size() > 2);
        QByteArray joined;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray l = lines.at(i);
            if (l.endsWith('\r'))
                l.chop(1);
            QVERIFY2(l.size() <= 75, l.constData());
            QVERIFY(QString::fromUtf8(l).toUtf8() == l); // whole characters only
            joined += i == 0 ? l : l.mid(1);
        }
        QCOMPARE(QString::fromUtf8(joined), line);
    }

    void iphoneCard()
    {
        Db t;
        auto summary = t.import(fixture("iphone30.vcf"));
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->contacts.imported, 2);
        QCOMPARE(summary->photosSkipped, 1);
        QCOMPARE(summary->contacts.rejectedRows, 0);
        QCOMPARE(t.text("SELECT coalesce(family_name, '')||'|'||coalesce(given_name, '')||'|'||coalesce(family_name_reading, '')||'|'||coalesce(given_name_reading, '')||'|'||coalesce(email, '')||'|'||coalesce(phone, '')||'|'||coalesce(mobile, '')||'|'||coalesce(department, '')||'|'||coalesce(title, '')||'|'||coalesce(postal_code, '')||'|'||coalesce(prefecture, '')||'|'||coalesce(city, '')||'|'||coalesce(address_line, '')||'|'||coalesce(country, '')||'|'||coalesce(birthday, '') FROM contacts WHERE family_name = '山田'"),
                 QString("山田|太郎|やまだ|たろう|taro@example.jp|03-1111-2222|090-1234-5678|営業部|課長|100-0005|東京都|千代田区|丸の内1-1-1 絆ビル5F|日本|1980-03-15"));
        QCOMPARE(t.text("SELECT notes FROM contacts WHERE family_name = '山田'"), QString("展示会で名刺交換\n次回, 来月訪問; 要連絡"));
        QCOMPARE(t.text("SELECT name FROM companies"), QString("株式会社絆商事"));
        QCOMPARE(t.text("SELECT group_concat(kind || ':' || coalesce(label, '') || ':' || value, ' / ') FROM (SELECT * FROM contact_points ORDER BY position)"),
                 QString("email:home:taro.yamada@example.com / phone:home:03-3333-4444 / address:home:530-0001 大阪府 大阪市北区 梅田2-2 日本 / url::https://kizuna.example.jp/"));
        QCOMPARE(t.text("SELECT group_concat(name, ',') FROM (SELECT name FROM tags ORDER BY name)"), QString("VIP,展示会2024"));
        QCOMPARE(t.count("SELECT count(*) FROM contact_tags"), 2);
        // Contact points and tags are in the change log like any record.
        QCOMPARE(t.count("SELECT count(DISTINCT record_id) FROM change_log WHERE entity = 'contact_point'"), 4);
    }

    void androidQuotedPrintableShiftJis()
    {
        Db t;
        auto summary = t.import(fixture("android_qp_sjis.vcf"));
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->contacts.imported, 2);
        QCOMPARE(summary->contacts.encoding, TextEncoding::ShiftJis);
        QCOMPARE(t.text("SELECT coalesce(family_name, '')||'|'||coalesce(given_name, '')||'|'||coalesce(family_name_reading, '')||'|'||coalesce(given_name_reading, '')||'|'||coalesce(mobile, '')||'|'||coalesce(phone, '')||'|'||coalesce(postal_code, '')||'|'||coalesce(prefecture, '')||'|'||coalesce(city, '')||'|'||coalesce(address_line, '') FROM contacts WHERE email = 'hanako@example.ne.jp'"),
                 QString("髙橋|花子|ﾀｶﾊｼ|ﾊﾅｺ|080-5555-6666|06-7777-8888|541-0053|大阪府|大阪市|中央区本町3-4-5 サンプルマンション101号室"));
        QVERIFY(t.text("SELECT notes FROM contacts WHERE family_name = '髙橋'").startsWith("㈱①商事の紹介。"));
        QVERIFY(t.text("SELECT notes FROM contacts WHERE family_name = '髙橋'").endsWith("行になります。"));
        // SORT-STRING (3.0) gives the reading when there is no X-PHONETIC.
        QCOMPARE(t.text("SELECT coalesce(family_name, '')||'|'||coalesce(given_name, '')||'|'||coalesce(family_name_reading, '')||'|'||coalesce(given_name_reading, '') FROM contacts WHERE phone = '0120-123-456'"),
                 QString("佐藤|一郎|サトウ|イチロウ"));
    }

    void version4SortAsAndSeveralEmails()
    {
        Db t;
        auto summary = t.import(fixture("contacts40.vcf"));
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(t.text("SELECT coalesce(family_name_reading, '')||'|'||coalesce(given_name_reading, '')||'|'||coalesce(email, '')||'|'||coalesce(phone, '')||'|'||coalesce(mobile, '')||'|'||coalesce(birthday, '') FROM contacts"),
                 QString("すずき|じろう|jiro@example.org|+81-3-5555-0101|+81-90-5555-0102|1975-07-04"));
        QCOMPARE(t.count("SELECT count(*) FROM contact_points WHERE kind = 'email'"), 2);
        QCOMPARE(t.text("SELECT label FROM contact_points WHERE value = 'jiro.home@example.org'"), QString("home"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("3.0") << int(VCardVersion::V30);
        QTest::newRow("4.0") << int(VCardVersion::V40);
    }
    void roundTrip()
    {
        QFETCH(int, version);
        Db first;
        for (const char *name : {"iphone30.vcf", "android_qp_sjis.vcf", "contacts40.vcf"})
            QVERIFY(first.import(fixture(name)).ok());
        const QByteArray exported = first.exported(VCardVersion(version));
        QVERIFY(exported.contains(version == int(VCardVersion::V40) ? "N;SORT-AS=\"やまだ,たろう\":山田;太郎" : "SORT-STRING:やまだ たろう"));
        QVERIFY(exported.contains("X-PHONETIC-LAST-NAME:やまだ"));
        Db second;
        auto summary = second.import(exported);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->contacts.rejectedRows, 0);
        const QStringList before = snapshot(*first.db), after = snapshot(*second.db);
        QCOMPARE(after.size(), 5);
        QCOMPARE(after, before);
        // And once more: the second export is the first one, but for the ids.
        QCOMPARE(snapshot(*second.db), snapshot(*first.db));
    }

    void duplicateCardsFollowThePolicy()
    {
        Db t;
        QVERIFY(t.import(fixture("iphone30.vcf")).ok());
        auto again = t.import(fixture("iphone30.vcf"));
        QVERIFY(again.ok());
        QCOMPARE(again->contacts.skippedDuplicates, 2);
        QCOMPARE(t.count("SELECT count(*) FROM contacts"), 2);
        auto update = t.import(fixture("iphone30.vcf"), DuplicatePolicy::Update);
        QVERIFY(update.ok());
        QCOMPARE(t.count("SELECT count(*) FROM contact_points"), 4); // not doubled
        QCOMPARE(t.count("SELECT count(*) FROM contact_tags"), 2);
    }

    void badCardsAreReportedWithTheirLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("bad.kizuna");
        CHECK_EXIT(cli({"init", "--db", db}), 0);
        const CliTest::Run run = cli({"import", "vcard", "--db", db, "--file", DataDir + "badcards.vcf", "--json"});
        CHECK_EXIT(run, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value("cards").toInt(), 5);
        QCOMPARE(json.value("imported").toInt(), 2);
        QCOMPARE(json.value("rejected").toInt(), 3);
        QStringList problems;
        for (const QJsonValue &p : json.value("problems").toArray())
            problems << QString::number(p["line"].toInt()) + " " + p["field"].toString();
        QCOMPARE(problems, (QStringList{"9 EMAIL", "14 card of line 11", "19 BDAY"}));
    }

    void brokenFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("cut short") << fixture("truncated.vcf") << "line 6: the card has no END:VCARD";
        QTest::newRow("text outside a card") << QByteArray("BEGIN:VCARD\nN:A;B\nEND:VCARD\nhello\n") << "line 4: BEGIN:VCARD expected";
        QTest::newRow("binary") << QByteArray("BEGIN:VCARD\nN:A\0B\nEND:VCARD\n", 27) << "line 2: binary data";
        QTest::newRow("empty") << QByteArray() << "no vCard";
        QTest::newRow("utf-16 not a card") << QByteArray("\xff\xfe" "B\0E\0G\0I\0N\0", 12) << "line 1: BEGIN:VCARD expected";
        QTest::newRow("utf-16 cut in half a character")
            << utf16Le(QStringLiteral("BEGIN:VCARD\r\nN:森;\r\nEND:VCARD\r\n")).chopped(1) << "line 3: the text is not UTF-16";
        QTest::newRow("utf-16 lone surrogate")
            << utf16Le(QStringLiteral("BEGIN:VCARD\r\nN:森;") + QChar(0xD842) + QStringLiteral("\r\nEND:VCARD\r\n"))
            << "line 2: the text is not UTF-16";
        QTest::newRow("utf-16 binary") << utf16Le(QStringLiteral("BEGIN:VCARD\r\nN:A") + QChar(0) + QStringLiteral("B\r\nEND:VCARD\r\n"))
                                       << "line 2: binary data";
    }
    void brokenFileChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath("broken.kizuna"), file = dir.filePath("broken.vcf");
        CHECK_EXIT(cli({"init", "--db", db}), 0);
        CHECK_EXIT(cli({"import", "vcard", "--db", db, "--file", DataDir + "contacts40.vcf"}), 0);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const CliTest::Run before = cli({"stats", "--db", db, "--json"});
        const CliTest::Run run = cli({"import", "vcard", "--db", db, "--file", file});
        CHECK_EXIT(run, 2);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
        QCOMPARE(cli({"stats", "--db", db, "--json"}).out, before.out);
        CHECK_EXIT(cli({"check", "--db", db}), 0);
    }

    // Windows address books and Outlook save vCards in UTF-16: with a byte order mark in either
    // byte order, or without one; and UTF-8 files may start with a BOM. The values are the same.
    void unicodeFilesThroughTheCli_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString card = japaneseCard();
        QStringEncoder be(QStringConverter::Utf16BE);
        QTest::newRow("utf-16le bom") << utf16Le(card) << "utf-16le";
        QTest::newRow("utf-16be bom") << QByteArray("\xfe\xff") + QByteArray(be.encode(card)) << "utf-16be";
        QTest::newRow("utf-16le without bom") << utf16Le(card).mid(2) << "utf-16le";
        QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf") + card.toUtf8() << "utf-8";
        QTest::newRow("utf-8 lf") << QString(card).remove(u'\r').toUtf8() << "utf-8";
    }
    void unicodeFilesThroughTheCli()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        const QString db = dir.filePath("unicode.kizuna"), file = dir.filePath("contacts.vcf");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        CHECK_EXIT(cli({"init", "--db", db}), 0);
        const CliTest::Run run = cli({"import", "vcard", "--db", db, "--file", file, "--json"});
        CHECK_EXIT(run, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value("encoding").toString(), encoding);
        QCOMPARE(json.value("cards").toInt(), 2);
        QCOMPARE(json.value("imported").toInt(), 2);
        QCOMPARE(json.value("rejected").toInt(), 0);
        QCOMPARE(json.value("contact_points").toInt(), 1);

        auto opened = Storage::DatabaseOpener::open(db);
        QVERIFY2(opened.ok(), errorOf(opened).constData());
        auto rows = (*opened)->prepare(QStringLiteral(
            "SELECT c.family_name||'|'||c.given_name||'|'||coalesce(c.family_name_reading, '')||'|'||coalesce(c.given_name_reading, '')||'|'||coalesce(c.email, '')||'|'||coalesce(c.mobile, '')||'|'||coalesce(co.name, '')||'|'||coalesce(c.department, '')||'|'||coalesce(c.notes, '') "
            "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id ORDER BY c.family_name_reading"));
        QVERIFY2(rows.ok(), errorOf(rows).constData());
        QStringList stored;
        QVERIFY(rows->forEachRow([&] { stored << rows->columnText(0); }).ok());
        QCOMPARE(stored, (QStringList{"𠮷田|一|よしだ|はじめ|hajime@example.jp||||",
                                      "渡邉|美咲|わたなべ|みさき|misaki@example.jp|090-2222-3333|株式会社髙島屋商店|総務部|長い備考は折り返されます。\n𠮷野家にて"}));
        const auto point = (*opened)->queryText(QStringLiteral("SELECT label || ' ' || value FROM contact_points WHERE kind = 'email'"));
        QVERIFY2(point.ok(), errorOf(point).constData());
        QCOMPARE(*point, QString("home misaki.home@example.com"));
    }

    void cliExportAndImportAgain()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath("a.kizuna"), b = dir.filePath("b.kizuna"), vcf = dir.filePath("out.vcf");
        CHECK_EXIT(cli({"init", "--db", a}), 0);
        CHECK_EXIT(cli({"import", "vcard", "--db", a, "--file", DataDir + "iphone30.vcf"}), 0);
        const CliTest::Run exported = cli({"export", "vcard", "--db", a, "--file", vcf, "--version", "4.0", "--json"});
        CHECK_EXIT(exported, 0);
        QCOMPARE(exported.json().value("cards").toInt(), 2);
        CHECK_EXIT(cli({"export", "vcard", "--db", a, "--file", vcf, "--version", "5"}), 1);
        CHECK_EXIT(cli({"init", "--db", b}), 0);
        const CliTest::Run imported = cli({"import", "vcard", "--db", b, "--file", vcf, "--json"});
        CHECK_EXIT(imported, 0);
        QCOMPARE(imported.json().value("imported").toInt(), 2);
        QCOMPARE(imported.json().value("contact_points").toInt(), 4);
        // The plain table export still works beside "export vcard".
        CHECK_EXIT(cli({"export", "--db", a, "--table", "contacts", "--out", dir.filePath("c.csv")}), 0);
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
