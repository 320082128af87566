// SPDX-License-Identifier: GPL-3.0-or-later
// Contact import through the library: encodings, header mapping, name splitting, values,
// duplicates, the change log and bad input (tst_cli_contactimport runs the real binary).
#include "contactimportfixture.h"

#include "core/io/columnmapping.h"
#include "core/io/contactimporter.h"
#include "core/io/csvreader.h"
#include "core/io/importvalues.h"
#include "core/io/textencoding.h"
#include "core/model/changelog.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>


using namespace Kizuna;
using namespace Kizuna::Io;
using namespace ContactImportFixture;

namespace {

template<typename T>
QByteArray errorOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// True when the row of `email` in a simple CSV (no quotes) has a value in the column that
// `field` is mapped from ("optin" for marketing_opt_in, "points" for loyalty_points).
bool csvGives(const QByteArray &csv, const QString &email, const QString &field)
{
    const QStringList lines = QString::fromUtf8(csv).split('\n', Qt::SkipEmptyParts);
    const qsizetype column = lines.first().split(',').indexOf(field == "marketing_opt_in" ? "optin" : "points");
    for (const QString &line : lines) {
        const QStringList cells = line.split(',');
        if (cells.contains(email))
            return !cells.value(column).isEmpty();
    }
    return false;
}

qint64 count(Storage::Database &db, const QString &sql)
{
    auto value = db.queryInt(sql);
    return value.ok() ? qint64(*value) : -1;
}

// The change log as per-field entries (a one-row insert expanded), as a subquery; `where` filters
// change_log l.
QString entries(const QString &where)
{
    return "(" + Model::ChangeLog::fieldRowsSql(where) + ")";
}

} // namespace

class tst_ContactImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
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

    Result<ContactImportSummary> import(const QByteArray &csv, ContactImportOptions options = {})
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ContactImporter importer(*m_db, {QStringLiteral("tester"), QStringLiteral("node-1")});
        return importer.importCsv(buffer, options);
    }

    QVariantMap contactByEmail(const QString &email)
    {
        auto select = m_db->prepare(QStringLiteral("SELECT * FROM contacts WHERE email = ?1"));
        select->bind(1, email);
        QVariantMap row;
        if (select->step().value()) {
            for (int i = 0; i < select->columnCount(); ++i)
                row.insert(select->columnName(i), select->columnVariant(i));
        }
        return row;
    }

    qint64 contacts() { return count(*m_db, QStringLiteral("SELECT count(*) FROM contacts")); }
    qint64 changes() { return count(*m_db, QStringLiteral("SELECT count(*) FROM change_log")); }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(path("contacts.kizuna"));
        auto db = Storage::DatabaseOpener::open(path("contacts.kizuna"));
        QVERIFY2(db.ok(), errorOf(db).constData());
        m_db = std::move(*db);
    }

    // --- encodings --------------------------------------------------------------------------

    void detectsEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("bom");
        const QString text = QString::fromUtf8("氏名,メール\r\n山田 太郎,taro@example.jp\r\n");
        QTest::newRow("UTF-8 with BOM") << "\xEF\xBB\xBF" + text.toUtf8() << int(TextEncoding::Utf8) << 3;
        QTest::newRow("UTF-8") << text.toUtf8() << int(TextEncoding::Utf8) << 0;
        QTest::newRow("ASCII") << QByteArray("name,email\r\n") << int(TextEncoding::Utf8) << 0;
        QTest::newRow("UTF-16 LE with BOM") << "\xFF\xFE" + encoded(text, "UTF-16LE") << int(TextEncoding::Utf16LE) << 2;
        QTest::newRow("UTF-16 BE with BOM") << "\xFE\xFF" + encoded(text, "UTF-16BE") << int(TextEncoding::Utf16BE) << 2;
        QTest::newRow("UTF-16 LE without BOM") << encoded(text, "UTF-16LE") << int(TextEncoding::Utf16LE) << 0;
        QTest::newRow("UTF-16 BE without BOM") << encoded(text, "UTF-16BE") << int(TextEncoding::Utf16BE) << 0;
        QTest::newRow("Shift_JIS") << encoded(text, "windows-31j") << int(TextEncoding::ShiftJis) << 0;
        QTest::newRow("Shift_JIS from Excel") << excelShiftJisFile() << int(TextEncoding::ShiftJis) << 0;
    }

    void detectsEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(int, bom);
        const DetectedEncoding detected = detectEncoding(bytes, true);
        QCOMPARE(int(detected.encoding), encoding);
        QCOMPARE(int(detected.byteOrderMark), bom);
    }

    void utf8CutAtTheSampleEndIsStillUtf8()
    {
        const QByteArray bytes = QString::fromUtf8("山田").toUtf8();
        QVERIFY(isValidUtf8(bytes.first(4), false));
        QVERIFY(!isValidUtf8(bytes.first(4), true));
        QVERIFY(!isValidUtf8("\xC0\xAF", false)); // overlong
    }

    void encodingNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("encoding");
        QTest::newRow("auto") << "auto" << int(TextEncoding::Auto);
        QTest::newRow("utf-8") << "UTF-8" << int(TextEncoding::Utf8);
        QTest::newRow("utf-16") << "utf-16" << int(TextEncoding::Utf16LE);
        QTest::newRow("utf-16be") << "utf-16be" << int(TextEncoding::Utf16BE);
        QTest::newRow("shift_jis") << "shift_jis" << int(TextEncoding::ShiftJis);
        QTest::newRow("cp932") << "CP932" << int(TextEncoding::ShiftJis);
        QTest::newRow("windows-31j") << "Windows-31J" << int(TextEncoding::ShiftJis);
    }

    void encodingNames()
    {
        QFETCH(QString, name);
        QFETCH(int, encoding);
        QCOMPARE(int(encodingFromName(name).value()), encoding);
        QVERIFY(!encodingFromName(u"latin-9"));
    }

    // The same records from every encoding, including a quoted field with a line break (in
    // UTF-16 the line break is two bytes: the reader splits at whole code units).
    void readsEveryEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("given");
        const QString text = QString::fromUtf8("氏名,備考\r\n髙﨑 ①,\"一行目\n二行目, 続き\"\r\nĊ\u0A0A,x\n");
        QTest::newRow("UTF-8 auto") << text.toUtf8() << int(TextEncoding::Auto);
        QTest::newRow("UTF-16 LE auto") << "\xFF\xFE" + encoded(text, "UTF-16LE") << int(TextEncoding::Auto);
        QTest::newRow("UTF-16 BE auto, no BOM") << encoded(text, "UTF-16BE") << int(TextEncoding::Auto);
        QTest::newRow("UTF-16 given, BE in the file") << "\xFE\xFF" + encoded(text, "UTF-16BE") << int(TextEncoding::Utf16LE);
        const QString japanese = QString::fromUtf8("氏名,備考\r\n髙﨑 ①,\"一行目\n二行目, 続き\"\r\n㈱,x\n");
        QTest::newRow("Shift_JIS auto") << encoded(japanese, "windows-31j") << int(TextEncoding::Auto);
        QTest::newRow("Shift_JIS given") << encoded(japanese, "windows-31j") << int(TextEncoding::ShiftJis);
    }

    void readsEveryEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, given);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReadOptions options;
        options.encoding = TextEncoding(given);
        CsvReader reader(buffer, options);
        QList<QStringList> records;
        QList<qint64> lines;
        CsvRecord record;
        for (;;) {
            auto more = reader.next(record);
            QVERIFY2(more.ok(), errorOf(more).constData());
            if (!*more)
                break;
            records << record.fields;
            lines << record.line;
        }
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), QStringList({"氏名", "備考"}));
        QCOMPARE(records.at(1), QStringList({"髙﨑 ①", "一行目\n二行目, 続き"}));
        QCOMPARE(records.at(2).size(), 2);
        QCOMPARE(lines, QList<qint64>({1, 2, 4}));
        QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
    }

    void invalidBytesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("given");
        QTest::addColumn<QString>("error");
        QTest::newRow("not UTF-8 after a UTF-8 start")
            << QByteArray("name,email\r\nTaro,t@example.jp\r\n\x82\xA0\xFF,x\r\n") << int(TextEncoding::Utf8)
            << "line 3: the text is not UTF-8";
        QTest::newRow("not Shift_JIS") << QByteArray("name,email\r\n\x81\x20\xFF,x\r\n") << int(TextEncoding::ShiftJis)
                                       << "line 2: the text is not Shift_JIS (CP932)";
        QTest::newRow("binary data") << QByteArray("name,email\r\nTaro,t@example.jp\r\nab\0cd,x\r\n", 39)
                                     << int(TextEncoding::Utf8)
                                     << "line 3: binary data (a NUL character): this is not a text file in UTF-8";
    }

    void invalidBytesNameTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, given);
        QFETCH(QString, error);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReadOptions options;
        options.encoding = TextEncoding(given);
        CsvReader reader(buffer, options);
        CsvRecord record;
        Result<bool> more = true;
        while (more.ok() && *more)
            more = reader.next(record);
        QVERIFY(!more.ok());
        QCOMPARE(more.error().message, error);
    }

    // --- mapping ----------------------------------------------------------------------------

    void suggestsFields_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        const std::pair<const char *, const char *> rows[] = {
            {"氏名", "full_name"}, {"名前", "full_name"}, {"お名前", "full_name"}, {"姓", "family_name"},
            {"名", "given_name"}, {"セイ", "family_name_reading"}, {"ｾｲ", "family_name_reading"},
            {"メイ", "given_name_reading"}, {"フリガナ", "full_name_reading"}, {"ふりがな", "full_name_reading"},
            {"氏名（フリガナ）", "full_name_reading"}, {"氏名(フリガナ)", "full_name_reading"},
            {"メールアドレス", "email"}, {"Eメール", "email"}, {"Ｅメール", "email"}, {"電話番号", "phone"},
            {"携帯電話", "mobile"}, {"携帯番号", "mobile"}, {"会社名", "company"}, {"部署", "department"},
            {"役職", "title"}, {"郵便番号", "postal_code"}, {"〒", "postal_code"}, {"都道府県", "prefecture"},
            {"市区町村", "city"}, {"住所", "address_line"}, {"生年月日", "birthday"}, {"備考", "notes"},
            {"メモ", "notes"},
            // Google Contacts, 2023+ layout
            {"First Name", "given_name"}, {"Last Name", "family_name"}, {"Phonetic First Name", "given_name_reading"},
            {"Phonetic Last Name", "family_name_reading"}, {"Organization Name", "company"},
            {"Organization Title", "title"}, {"Organization Department", "department"},
            {"E-mail 1 - Value", "email"}, {"Phone 1 - Value", "phone"}, {"Address 1 - Postal Code", "postal_code"},
            {"Address 1 - Region", "prefecture"}, {"Address 1 - City", "city"}, {"Address 1 - Street", "address_line"},
            {"Birthday", "birthday"}, {"Notes", "notes"},
            // Google Contacts, older layout
            {"Name", "full_name"}, {"Given Name", "given_name"}, {"Family Name", "family_name"},
            {"Given Name Yomi", "given_name_reading"}, {"Family Name Yomi", "family_name_reading"},
            {"Yomi Name", "full_name_reading"}, {"Organization 1 - Name", "company"},
            {"Organization 1 - Title", "title"},
            // Outlook
            {"E-mail Address", "email"}, {"Business Phone", "phone"}, {"Mobile Phone", "mobile"},
            {"Company", "company"}, {"Job Title", "title"}, {"Business Postal Code", "postal_code"},
            {"Business Street", "address_line"}, {"Business State", "prefecture"},
            {"Business Country/Region", "country"},
            // plain English and the field names themselves
            {"name", "full_name"}, {"EMAIL", "email"}, {"phone", "phone"}, {"family_name", "family_name"},
            {"lifecycle_stage", "lifecycle_stage"}, {" Zip Code ", "postal_code"},
            {"unknown column", ""}, {"Photo", ""}};
        for (const auto &[header, field] : rows)
            QTest::newRow(header) << QString::fromUtf8(header) << QString::fromUtf8(field);
    }

    void suggestsFields()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        QCOMPARE(ContactColumns::suggestField(header), field);
    }

    void outlookTitleIsNotTheJobTitle()
    {
        const ColumnMapping outlook = ContactColumns::suggest({"Title", "First Name", "Last Name", "Job Title"});
        QCOMPARE(outlook.fields, QStringList({"", "given_name", "family_name", "title"}));
        const ColumnMapping plain = ContactColumns::suggest({"Name", "Title"});
        QCOMPARE(plain.fields, QStringList({"full_name", "title"}));
    }

    void overridesMapping()
    {
        ColumnMapping mapping = ContactColumns::suggest({"氏名", "メモ", "区分コード"});
        QVERIFY(ContactColumns::applyOverrides(mapping, {"メモ=", "3=loyalty_rank", "氏名 = family_name"}).ok());
        QCOMPARE(mapping.fields, QStringList({"family_name", "", "loyalty_rank"}));
        const Status unknownField = ContactColumns::applyOverrides(mapping, {"氏名=nickname"});
        QVERIFY(!unknownField.ok());
        QVERIFY(unknownField.error().message.contains("no contact field \"nickname\""));
        const Status unknownColumn = ContactColumns::applyOverrides(mapping, {"Fax=phone"});
        QVERIFY(unknownColumn.error().message.contains("no column \"Fax\""));
    }

    void splitsNames_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<bool>("reading");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("given");
        QTest::newRow("Japanese, ASCII space") << "山田 太郎" << false << "山田" << "太郎";
        QTest::newRow("Japanese, ideographic space") << "山田　太郎" << false << "山田" << "太郎";
        QTest::newRow("Japanese, no space") << "山田太郎" << false << "山田太郎" << "";
        QTest::newRow("Japanese, spaces around") << "  髙﨑　　花子 " << false << "髙﨑" << "花子";
        QTest::newRow("Latin") << "Taro Yamada" << false << "Yamada" << "Taro";
        QTest::newRow("Latin, middle name") << "Mary Ann Smith" << false << "Smith" << "Mary Ann";
        QTest::newRow("Latin, comma") << "Yamada, Taro" << false << "Yamada" << "Taro";
        QTest::newRow("one word") << "Madonna" << false << "Madonna" << "";
        QTest::newRow("reading in katakana") << "ヤマダ　タロウ" << true << "ヤマダ" << "タロウ";
        QTest::newRow("reading in romaji") << "Yamada Taro" << true << "Yamada" << "Taro";
        QTest::newRow("empty") << "  " << false << "" << "";
    }

    void splitsNames()
    {
        QFETCH(QString, full);
        QFETCH(bool, reading);
        QFETCH(QString, family);
        QFETCH(QString, given);
        const PersonName name = splitPersonName(full, reading);
        QCOMPARE(name.family, family);
        QCOMPARE(name.given, given);
    }

    void parsesDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("ISO") << "1980-03-15" << QDate(1980, 3, 15);
        QTest::newRow("slashes, short") << "1980/3/5" << QDate(1980, 3, 5);
        QTest::newRow("dots") << "1980.03.15" << QDate(1980, 3, 15);
        QTest::newRow("compact") << "19800315" << QDate(1980, 3, 15);
        QTest::newRow("kanji") << "1980年3月15日" << QDate(1980, 3, 15);
        QTest::newRow("full width") << "１９８０／３／１５" << QDate(1980, 3, 15);
        QTest::newRow("Excel date and time") << "1980/3/15 0:00" << QDate(1980, 3, 15);
        QTest::newRow("ISO date-time") << "1980-03-15T09:30:00" << QDate(1980, 3, 15);
        QTest::newRow("昭和") << "昭和55年3月15日" << QDate(1980, 3, 15);
        QTest::newRow("平成元年") << "平成元年1月8日" << QDate(1989, 1, 8);
        QTest::newRow("令和, letter") << "R2.4.1" << QDate(2020, 4, 1);
        QTest::newRow("S, slashes") << "S55/3/15" << QDate(1980, 3, 15);
        QTest::newRow("no such day") << "1980/2/30" << QDate();
        QTest::newRow("month 13") << "1980-13-01" << QDate();
        QTest::newRow("no year (Google)") << "--03-15" << QDate();
        QTest::newRow("text") << "someday" << QDate();
    }

    void parsesDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(parseImportDate(text), date);
    }

    void normalisesValues()
    {
        QCOMPARE(japanesePostalCode(u"〒100-0001"), "100-0001");
        QCOMPARE(japanesePostalCode(u"１０００００１"), "100-0001");
        QCOMPARE(japanesePostalCode(u"100-001"), "");
        QCOMPARE(phoneKey(u"+81 90-1234-5678"), "09012345678");
        QCOMPARE(phoneKey(u"０９０－１２３４－５６７８"), "09012345678");
        QCOMPARE(phoneKey(u"110"), "");
        QCOMPARE(emailKey(u" Taro@Example.JP "), "taro@example.jp");
        QCOMPARE(normalizedEmail(u"ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"), "taro@example.jp");
        QVERIFY(isPlausibleEmail(u"a.b+c@example.co.jp"));
        QVERIFY(!isPlausibleEmail(u"a@b"));
        QVERIFY(!isPlausibleEmail(u"a b@example.jp"));
        QVERIFY(!isPlausibleEmail(u"a@@example.jp"));
    }

    // --- import -----------------------------------------------------------------------------

    void importsExcelShiftJis()
    {
        auto summary = import(excelShiftJisFile());
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(int(summary->encoding), int(TextEncoding::ShiftJis));
        QCOMPARE(summary->rows, 3);
        QCOMPARE(summary->imported, 3);
        QCOMPARE(summary->companiesCreated, 1);
        QVERIFY(summary->written);

        const QVariantMap taro = contactByEmail("taro@example.jp");
        QCOMPARE(taro.value("family_name").toString(), "山田");
        QCOMPARE(taro.value("given_name").toString(), "太郎");
        QCOMPARE(taro.value("family_name_reading").toString(), "ヤマダ");
        QCOMPARE(taro.value("given_name_reading").toString(), "タロウ");
        QCOMPARE(taro.value("postal_code").toString(), "100-0001");
        QCOMPARE(taro.value("birthday").toString(), "1980-03-15");
        QCOMPARE(taro.value("notes").toString(), "髙橋様の紹介, 要連絡\r\n2行目");
        QCOMPARE(taro.value("source").toString(), "import");
        const QVariantMap hanako = contactByEmail("hanako@example.jp");
        QCOMPARE(hanako.value("family_name").toString(), "髙﨑");
        QCOMPARE(hanako.value("family_name_reading").toString(), "タカサキ");
        QCOMPARE(hanako.value("postal_code").toString(), "530-0001");
        QCOMPARE(hanako.value("birthday").toString(), "1980-03-01");
        QCOMPARE(hanako.value("company_id"), taro.value("company_id"));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM companies WHERE name = '㈱①商事'"), 1);
        const QVariantMap latin = contactByEmail("tyamada@example.com");
        QCOMPARE(latin.value("family_name").toString(), "Yamada");
        QCOMPARE(latin.value("given_name").toString(), "Taro");

        // Change log as RecordStore writes it: one insert row, read back as one entry per non-empty field.
        const QString hanakoRows = QStringLiteral("l.record_id = '%1'").arg(hanako.value("id").toString());
        QCOMPARE(count(*m_db, "SELECT count(*) FROM change_log l WHERE " + hanakoRows + " AND op = 'insert' AND field IS NULL"), 1);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM " + entries(hanakoRows)), 14);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM " + entries(hanakoRows)
                                  + " WHERE field = 'family_name' AND new_value = '髙﨑' AND op = 'insert'"),
                 1);
        // Search index: the triggers saw the new rows.
        QCOMPARE(count(*m_db, "SELECT count(*) FROM search_docs WHERE entity = 'contact'"), 3);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"たかさき\"'"), 1);
    }

    void importsUtf16()
    {
        const QString text = QString::fromUtf8("姓\t名\tセイ\tメイ\tEメール\r\n佐藤\t一郎\tサトウ\tイチロウ\tichiro@example.jp\r\n");
        auto summary = import("\xFF\xFE" + encoded(text, "UTF-16LE"));
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(int(summary->encoding), int(TextEncoding::Utf16LE));
        QCOMPARE(summary->imported, 1);
        const QVariantMap sato = contactByEmail("ichiro@example.jp");
        QCOMPARE(sato.value("family_name").toString(), "佐藤");
        QCOMPARE(sato.value("given_name_reading").toString(), "イチロウ");
    }

    void importsGoogleAndOutlookExports_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("Google 2023+") << QByteArray(
            "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
            "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,"
            "Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
            "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
            "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country\n"
            "太郎,,山田,タロウ,,ヤマダ,,,,,Acme,部長,営業部,1980-03-15,メモ,,* myContacts,Work,"
            "taro@example.jp ::: taro2@example.jp,Mobile,090-1234-5678,Work,\"formatted\",丸の内1-1,千代田区,,東京都,100-0005,Japan\n");
        QTest::newRow("Google older") << QByteArray(
            "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
            "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,"
            "Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
            "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,"
            "Organization 1 - Department,Address 1 - Type,Address 1 - Street,Address 1 - City,"
            "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country\n"
            "山田 太郎,太郎,,山田,ヤマダ タロウ,タロウ,,ヤマダ,,,,,,,1980-03-15,,メモ,* myContacts,* Work,"
            "taro@example.jp,Mobile,090-1234-5678,,Acme,,部長,営業部,Work,丸の内1-1,千代田区,東京都,100-0005,Japan\n");
        QTest::newRow("Outlook") << QByteArray(
            "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,"
            "Business City,Business State,Business Postal Code,Business Country/Region,Business Phone,"
            "Mobile Phone,E-mail Address,Birthday,Notes\r\n"
            "Mr.,太郎,,山田,,Acme,営業部,部長,丸の内1-1,千代田区,東京都,100-0005,Japan,090-1234-5678,,"
            "taro@example.jp,1980/3/15,メモ\r\n");
    }

    void importsGoogleAndOutlookExports()
    {
        QFETCH(QByteArray, csv);
        auto summary = import(csv);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->imported, 1);
        QVERIFY2(summary->rejected.isEmpty(), qPrintable(summary->rejected.value(0).text()));
        const QVariantMap taro = contactByEmail("taro@example.jp");
        QCOMPARE(taro.value("family_name").toString(), "山田");
        QCOMPARE(taro.value("given_name").toString(), "太郎");
        QCOMPARE(taro.value("title").toString(), "部長");
        QCOMPARE(taro.value("department").toString(), "営業部");
        QCOMPARE(taro.value("phone").toString() + taro.value("mobile").toString(), "090-1234-5678");
        QCOMPARE(taro.value("postal_code").toString(), "100-0005");
        QCOMPARE(taro.value("prefecture").toString(), "東京都");
        QCOMPARE(taro.value("city").toString(), "千代田区");
        QCOMPARE(taro.value("address_line").toString(), "丸の内1-1");
        QCOMPARE(taro.value("birthday").toString(), "1980-03-15");
        QCOMPARE(taro.value("notes").toString(), "メモ");
        QCOMPARE(count(*m_db, "SELECT count(*) FROM companies WHERE name = 'Acme'"), 1);
    }

    void rejectsBadValuesWithLineAndColumn()
    {
        auto summary = import("name,email,phone,zip,birthday,kind\n"
                              "Good One,good@example.jp,03-1111-2222,100-0001,1980-01-01,Customer\n"
                              "Bad Mail,not-an-email,,,,\n"
                              "Bad Phone,,phone me,,,\n"
                              "Bad Zip,zip@example.jp,,12-34,,\n"
                              "Bad Date,date@example.jp,,,1980/02/30,\n"
                              "Bad Kind,kind@example.jp,,,,vip\n"
                              "Ragged,ragged@example.jp\n"
                              ",,,,,\n");
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->rows, 8);
        QCOMPARE(summary->imported, 1);
        QCOMPARE(summary->rejectedRows, 7);
        QStringList texts;
        for (const RejectedRow &row : summary->rejected)
            texts << row.text();
        QCOMPARE(texts, QStringList({
            "line 3: field \"email\": not an email address: \"not-an-email\"",
            "line 4: field \"phone\": not a phone number (no digits): \"phone me\"",
            "line 5: field \"zip\": not a Japanese postal code (7 digits, such as 123-4567): \"12-34\"",
            "line 6: field \"birthday\": not a date (such as 1980-03-15, 1980/3/15, 19800315 or 昭和55年3月15日): \"1980/02/30\"",
            "line 7: field \"kind\": not one of lead, customer, partner, other: \"vip\"",
            "line 8: field \"\": the row has 2 fields but the header has 6 (a line break or separator inside an unquoted value?)",
            "line 9: field \"\": no name, email or phone number"}));
        QCOMPARE(contactByEmail("good@example.jp").value("kind").toString(), "customer");
        QCOMPARE(contacts(), 1);

        QBuffer report;
        report.open(QIODevice::WriteOnly);
        QVERIFY(ContactImporter::writeRejectReport(report, summary->rejected).ok());
        QVERIFY(report.data().startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(report.data());
        QVERIFY(text.contains("3,email,\"not an email address: \"\"not-an-email\"\"\"\r\n"));
    }

    void everyRowRejectedWritesNothing()
    {
        const qint64 before = changes();
        auto summary = import("name,email\nA,bad\nB,worse\n");
        QVERIFY(summary.ok());
        QCOMPARE(summary->rejectedRows, 2);
        QVERIFY(!summary->written);
        QCOMPARE(contacts(), 0);
        QCOMPARE(changes(), before);
    }

    void duplicatePolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<qint64>("imported");
        QTest::addColumn<qint64>("updated");
        QTest::addColumn<qint64>("merged");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<qint64>("contactsAfter");
        QTest::addColumn<QString>("existingTitle");
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 2LL << 0LL << 0LL << 3LL << 3LL << "";
        QTest::newRow("update") << int(DuplicatePolicy::Update) << 2LL << 1LL << 1LL << 1LL << 3LL << "部長";
        QTest::newRow("create") << int(DuplicatePolicy::Create) << 5LL << 0LL << 0LL << 0LL << 6LL << "";
    }

    // One contact exists; the file has it twice (by email in another case and width, and by
    // phone in international form), a new person twice (the second row by mobile number), and
    // one more new person. With "update" the second row of the existing contact brings nothing
    // new (the same number in another form) and counts as a skipped duplicate.
    void duplicatePolicies()
    {
        QFETCH(int, policy);
        QFETCH(qint64, imported);
        QFETCH(qint64, updated);
        QFETCH(qint64, merged);
        QFETCH(qint64, skipped);
        QFETCH(qint64, contactsAfter);
        QFETCH(QString, existingTitle);
        QVERIFY(import("氏名,メール,電話番号\n山田 太郎,taro@example.jp,03-1234-5678\n").ok());
        const qint64 before = changes();
        ContactImportOptions options;
        options.onDuplicate = DuplicatePolicy(policy);
        auto summary = import("氏名,メール,電話番号,携帯電話,役職\n"
                              "山田 太郎,ＴＡＲＯ@EXAMPLE.JP,,,部長\n"
                              "山田 太郎,,+81 3-1234-5678,,\n"
                              "鈴木 一郎,ichiro@example.jp,,090-1111-2222,\n"
                              "鈴木 一郎,,,090-1111-2222,課長\n"
                              "佐藤 花子,hanako@example.jp,,,\n",
                              options);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->imported, imported);
        QCOMPARE(summary->updated, updated);
        QCOMPARE(summary->mergedInFile, merged);
        QCOMPARE(summary->skippedDuplicates, skipped);
        QCOMPARE(contacts(), contactsAfter);
        const QVariantMap taro = contactByEmail("taro@example.jp");
        QCOMPARE(taro.value("title").toString(), existingTitle);
        if (DuplicatePolicy(policy) == DuplicatePolicy::Update) {
            QCOMPARE(contactByEmail("ichiro@example.jp").value("title").toString(), "課長");
            QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM change_log WHERE op = 'update' AND "
                                                 "record_id = '%1' AND field = 'title'")
                                      .arg(taro.value("id").toString())),
                     1);
        }
        if (DuplicatePolicy(policy) != DuplicatePolicy::Update)
            QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM change_log WHERE op <> 'insert' AND "
                                                 "record_id = '%1'")
                                      .arg(taro.value("id").toString())),
                     0);
        QCOMPARE(taro.value("email").toString(), "taro@example.jp"); // the same address keeps its form
        QCOMPARE(taro.value("phone").toString(), "03-1234-5678");
        QVERIFY(changes() > before);
    }

    // The change log of the new contacts is what RecordStore writes for an insert: one row per
    // given (or defaulted: kind, lifecycle_stage, source) field, in field-name order, the records
    // in id order, values with their stored type; marketing_opt_in and loyalty_points only where
    // the file gives them (the schema stores 0 otherwise). New companies: the name, indexed.
    void changeLogIsWhatRecordStoreWrites_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("policy");
        QTest::newRow("opt-in never given")
            << QByteArray("氏名,フリガナ,メール,電話番号,会社名,郵便番号,生年月日,optin,points\n"
                          "山田 太郎,ヤマダ タロウ,taro@example.jp,03-1234-5678,㈱サンプル,1000001,1980/3/15,,\n"
                          "Emma Smith,,emma@example.com,,Acme,,,,\n"
                          "鈴木 一郎,,,090-1111-2222,サンプル,,S55.3.1,,\n")
            << int(DuplicatePolicy::Skip);
        QTest::newRow("opt-in and points in some rows")
            << QByteArray("氏名,メール,会社名,optin,points\n"
                          "山田 太郎,taro@example.jp,㈱サンプル,はい,120\n"
                          "佐藤 花子,hanako@example.jp,,,\n"
                          "鈴木 一郎,ichiro@example.jp,Acme,0,\n")
            << int(DuplicatePolicy::Create);
        QTest::newRow("existing contact moves to a new company")
            << QByteArray("氏名,メール,会社名,optin,points\n"
                          "既存 太郎,old@example.jp,新会社,,\n"
                          "新規 花子,new@example.jp,新会社,,\n")
            << int(DuplicatePolicy::Update);
    }
    void changeLogIsWhatRecordStoreWrites()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, policy);
        QVERIFY(import("氏名,メール\n既存 太郎,old@example.jp\n").ok());
        const qint64 lastSeq = count(*m_db, QStringLiteral("SELECT max(seq) FROM change_log"));
        ContactImportOptions options;
        options.onDuplicate = DuplicatePolicy(policy);
        options.mapOverrides = {QStringLiteral("optin=marketing_opt_in"), QStringLiteral("points=loyalty_points")};
        auto summary = import(csv, options);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QVERIFY(summary->imported > 0);
        QVERIFY(summary->companiesCreated > 0);

        // Expected: the new contacts' non-NULL columns, in id order and field-name order.
        QStringList expected;
        auto select = m_db->prepare(QStringLiteral("SELECT * FROM contacts WHERE rowid > 1 ORDER BY id"));
        QVERIFY(select.ok());
        const QStringList unlogged = {"id", "created_at", "updated_at", "deleted_at"};
        int emailColumn = -1;
        for (int i = 0; i < select->columnCount(); ++i)
            emailColumn = select->columnName(i) == "email" ? i : emailColumn;
        QVERIFY(emailColumn >= 0);
        QVERIFY(select->forEachRow([&] {
            QMap<QString, QString> fields;
            for (int i = 0; i < select->columnCount(); ++i) {
                const QString name = select->columnName(i);
                if (unlogged.contains(name) || select->isNull(i))
                    continue;
                const QVariant value = select->columnVariant(i);
                if ((name == "marketing_opt_in" || name == "loyalty_points") && !csvGives(csv, select->columnText(emailColumn), name))
                    continue;
                fields.insert(name, value.typeId() == QMetaType::QString ? "'" + value.toString() + "'" : value.toString());
            }
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                expected << select->columnText(0) + ' ' + it.key() + ' ' + it.value();
        }).ok());
        QStringList logged;
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM change_log WHERE seq > %1 AND entity = 'contact' "
                                             "AND op = 'insert'").arg(lastSeq)),
                 summary->imported); // one row per new contact
        auto log = m_db->prepare("SELECT record_id, field, quote(new_value), op, author, node, changed_at FROM "
                                 + entries("l.seq > ?1 AND l.entity = 'contact'") + " ORDER BY seq, part");
        QVERIFY(log.ok());
        log->bind(1, std::int64_t(lastSeq));
        QString changedAt;
        QVERIFY(log->forEachRow([&] {
            if (log->columnText(3) != "insert")
                return;
            QCOMPARE(log->columnText(4), "tester");
            QCOMPARE(log->columnText(5), "node-1");
            changedAt = log->columnText(6);
            logged << log->columnText(0) + ' ' + log->columnText(1) + ' ' + log->columnText(2);
        }).ok());
        QCOMPARE(logged, expected);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM contacts WHERE created_at <> '%1' AND rowid > 1")
                                  .arg(changedAt)),
                 0);

        // Each new company: its name logged once, and a search document.
        QCOMPARE(count(*m_db, "SELECT count(*) FROM companies c WHERE (SELECT count(*) FROM " + entries("l.record_id = c.id")
                                  + " WHERE field = 'name' AND new_value = c.name AND op = 'insert') = 1 AND "
                                    "(SELECT count(*) FROM change_log l WHERE l.record_id = c.id) = 1"),
                 summary->companiesCreated);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM search_docs d JOIN companies c ON c.id = d.record_id")),
                 summary->companiesCreated);
        if (DuplicatePolicy(policy) == DuplicatePolicy::Update)
            QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM contacts c JOIN companies k ON k.id = c.company_id "
                                                 "WHERE c.email = 'old@example.jp' AND k.name = '新会社'")),
                     1);
    }

    // From 10,000 new contacts the importer builds the contacts' indexes again after the insert:
    // the same indexes, complete, and the search index has every new contact.
    void largeImportKeepsIndexesAndSearch()
    {
        QVERIFY(import("氏名,メール\n既存 太郎,old@example.jp\n").ok());
        const auto indexes = [this] {
            auto sql = m_db->queryText(QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema "
                                                      "WHERE tbl_name = 'contacts' ORDER BY name)"));
            return sql.ok() ? *sql : QString();
        };
        const QString before = indexes();
        QVERIFY(before.contains("CREATE INDEX"));
        QByteArray csv = "氏名,フリガナ,メール,電話番号,会社名\n";
        for (int i = 0; i < 12000; ++i)
            csv += QStringLiteral("山田 太郎%1,ヤマダ タロウ,bulk%1@example.jp,03-%2,会社%3\n")
                       .arg(i).arg(10000000 + i).arg(i % 50).toUtf8();
        auto summary = import(csv);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->imported, 12000);
        QCOMPARE(indexes(), before);
        QCOMPARE(m_db->queryText(QStringLiteral("PRAGMA integrity_check")).value(), "ok");
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM contacts INDEXED BY contacts_email "
                                             "WHERE email >= 'bulk' AND email < 'bulkz'")),
                 12000);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM search_docs WHERE entity = 'contact'")), 12001);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"bulk11999@\"'")),
                 1);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM " + entries("l.entity = 'contact'")
                                  + " WHERE field = 'email' AND new_value LIKE 'bulk%'"),
                 12000);
    }

    void remembersTheMappingOfALayout()
    {
        ContactImportOptions first;
        first.mapOverrides = {"Kunde=full_name", "Notiz=notes"};
        auto summary = import("Kunde,Mail,Notiz\nTaro Yamada,taro@example.jp,hello\n", first);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QVERIFY(!summary->mappingWasRemembered);
        auto again = import("kunde, MAIL ,notiz\nHanako Sato,hanako@example.jp,again\n");
        QVERIFY2(again.ok(), errorOf(again).constData());
        QVERIFY(again->mappingWasRemembered);
        QCOMPARE(again->mapping.fields, QStringList({"full_name", "email", "notes"}));
        QCOMPARE(contactByEmail("hanako@example.jp").value("family_name").toString(), "Sato");
        QCOMPARE(contactByEmail("hanako@example.jp").value("notes").toString(), "again");
    }

    void noIdentifyingColumnIsAnError()
    {
        auto summary = import("Foo,Bar\n1,2\n");
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().message.startsWith("no column is a name, email or phone number (columns: Foo, Bar)"));
    }

    void dryRunAndCancelChangeNothing()
    {
        const qint64 before = changes();
        ContactImportOptions options;
        options.dryRun = true;
        auto summary = import("name,email\nA Person,a@example.jp\nB Person,b@example.jp\n", options);
        QVERIFY(summary.ok());
        QCOMPARE(summary->imported, 2);
        QVERIFY(!summary->written);
        QCOMPARE(contacts(), 0);
        QCOMPARE(changes(), before);

        QByteArray big = "name,email\n";
        for (int i = 0; i < 5000; ++i)
            big += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.jp\n";
        QBuffer buffer(&big);
        buffer.open(QIODevice::ReadOnly);
        std::atomic<bool> cancel = false;
        ContactImporter importer(*m_db, {QStringLiteral("tester"), QStringLiteral("node-1")});
        auto cancelled = importer.importCsv(buffer, {}, [&](qint64) { cancel = true; }, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(int(cancelled.error().kind), int(ErrorKind::Cancelled));
        QCOMPARE(contacts(), 0);
        QCOMPARE(changes(), before);
    }
};

QTEST_GUILESS_MAIN(tst_ContactImport)
#include "tst_contactimport.moc"
