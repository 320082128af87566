// SPDX-License-Identifier: GPL-3.0-or-later
// Company and activity import through the library: value helpers, column suggestions, a
// Shift_JIS file from Excel, links to existing records, duplicate policies, bad input, cancel.
#include "core/io/activityimportrules.h"
#include "core/io/columnmapping.h"
#include "core/io/companyimportrules.h"
#include "core/io/recordcolumns.h"
#include "core/io/recordimporter.h"
#include "core/io/recordvalues.h"
#include "core/model/changelog.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Io;

namespace {

template<typename T>
QByteArray errorOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QByteArray shiftJis(const QString &text)
{
    QStringEncoder encoder("windows-31j");
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qFatal("test data cannot be encoded in CP932");
    return bytes;
}

QString stamp(int y, int mo, int d, int h = 0, int mi = 0)
{
    return Storage::toStoredTimestamp(QDateTime(QDate(y, mo, d), QTime(h, mi)));
}

} // namespace

class tst_RecordImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

    Result<RecordImportSummary> import(const char *entity, const QByteArray &csv, RecordImportOptions options = {},
                                       const std::atomic<bool> *cancel = nullptr,
                                       const RecordImporter::Progress &progress = {})
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        RecordImporter importer(*m_db, {QStringLiteral("tester"), QStringLiteral("node-1")},
                                RecordImporter::rulesFor(QString::fromLatin1(entity)));
        return importer.importCsv(buffer, options, progress, cancel);
    }

    qint64 count(const QString &sql)
    {
        auto value = m_db->queryInt(sql);
        return value.ok() ? qint64(*value) : -1;
    }
    QString text(const QString &sql)
    {
        auto value = m_db->queryText(sql);
        return value.ok() ? *value : QStringLiteral("<error>");
    }
    qint64 changes() { return count("SELECT count(*) FROM change_log"); }

    QString add(const char *entity, const Model::FieldValues &values)
    {
        Model::RecordStore store(*m_db, {QStringLiteral("tester"), QStringLiteral("node-1")});
        auto id = store.insert(Model::entity(QString::fromLatin1(entity)), values);
        if (!id.ok())
            qFatal("cannot add a %s: %s", entity, qPrintable(id.error().message));
        return *id;
    }

    // 山田商事 with two contacts, one more contact without a company, and two 佐藤 (ambiguous).
    void addPeople()
    {
        const QString yamada = add("company", {{"name", "株式会社山田商事"}, {"domain", "yamada.co.jp"}});
        add("contact", {{"family_name", "山田"}, {"given_name", "太郎"}, {"email", "Taro@Yamada.co.jp"},
                        {"phone", "03-1234-5678"}, {"company_id", yamada}});
        add("contact", {{"family_name", "鈴木"}, {"given_name", "一郎"}, {"mobile", "090-1111-2222"},
                        {"company_id", yamada}});
        add("contact", {{"family_name", "Smith"}, {"given_name", "Emma"}, {"email", "emma@example.com"}});
        add("contact", {{"family_name", "佐藤"}, {"given_name", "花子"}});
        add("contact", {{"family_name", "佐藤"}, {"given_name", "花子"}, {"email", "hanako2@example.jp"}});
    }

    // The counts columns of the duplicate-policy tests.
    static void addPolicyColumns()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<qint64>("imported");
        QTest::addColumn<qint64>("updated");
        QTest::addColumn<qint64>("merged");
        QTest::addColumn<qint64>("skipped");
    }

    // Imports `csv` with the row's policy and checks the counts against the row.
    Result<RecordImportSummary> importWithPolicy(const char *entity, const QByteArray &csv)
    {
        QFETCH(int, policy);
        RecordImportOptions options;
        options.onDuplicate = DuplicatePolicy(policy);
        auto summary = import(entity, csv, options);
        if (!summary.ok())
            return summary;
        QFETCH(qint64, imported);
        QFETCH(qint64, updated);
        QFETCH(qint64, merged);
        QFETCH(qint64, skipped);
        const QList<qint64> expected{imported, updated, merged, skipped};
        const QList<qint64> actual{summary->imported, summary->updated, summary->mergedInFile, summary->skippedDuplicates};
        if (actual != expected)
            qWarning() << "counts (imported, updated, merged, skipped):" << actual << "expected" << expected;
        return actual == expected ? summary : Result<RecordImportSummary>(Error::badInput("unexpected counts"));
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath("records.kizuna"));
        auto db = Storage::DatabaseOpener::open(m_dir.filePath("records.kizuna"));
        QVERIFY2(db.ok(), errorOf(db).constData());
        m_db = std::move(*db);
    }

    // --- values -------------------------------------------------------------------------------

    void companyKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("株式会社 before") << "株式会社山田商事" << "山田商事" << true;
        QTest::newRow("株式会社 after, with a space") << "山田商事 株式会社" << "山田商事" << true;
        QTest::newRow("(株) and ㈱") << "山田商事(株)" << "㈱山田商事" << true;
        QTest::newRow("full-width （株）") << "（株）山田商事" << "株式会社山田商事" << true;
        QTest::newRow("有限会社") << "有限会社やまだ" << "ヤマダ" << true;
        QTest::newRow("half-width kana") << "ﾔﾏﾀﾞ商事" << "ヤマダ商事" << true;
        QTest::newRow("Inc.") << "Acme, Inc." << "ACME" << true;
        QTest::newRow("Co., Ltd.") << "Acme Co., Ltd." << "acme" << true;
        QTest::newRow("full-width Latin") << "ＡＣＭＥ　ＬＬＣ" << "Acme" << true;
        QTest::newRow("a word ending in co is kept") << "Costco" << "Cost" << false;
        QTest::newRow("other company") << "山田商事" << "山田物産" << false;
    }

    void companyKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QVERIFY(!companyKey(a).isEmpty());
        QCOMPARE(companyKey(a) == companyKey(b), same);
    }

    void webDomains_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("domain");
        QTest::newRow("URL") << "https://www.Example.co.jp/about?x=1" << "example.co.jp";
        QTest::newRow("bare") << "example.com" << "example.com";
        QTest::newRow("www") << "www.example.com" << "example.com";
        QTest::newRow("email") << "info@example.jp" << "example.jp";
        QTest::newRow("full-width") << "ｅｘａｍｐｌｅ．ｊｐ" << "example.jp";
        QTest::newRow("no dot") << "localhost" << "";
        QTest::newRow("words") << "see our site" << "";
    }

    void webDomains()
    {
        QFETCH(QString, input);
        QFETCH(QString, domain);
        QCOMPARE(webDomain(input), domain);
    }

    void dateTimes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored");
        QTest::newRow("date") << "2024-04-01" << stamp(2024, 4, 1);
        QTest::newRow("Excel date and time") << "2024/4/1 9:30" << stamp(2024, 4, 1, 9, 30);
        QTest::newRow("seconds") << "2024/04/01 09:30:15" << Storage::toStoredTimestamp(QDateTime(QDate(2024, 4, 1), QTime(9, 30, 15)));
        QTest::newRow("ISO local") << "2024-04-01T09:30" << stamp(2024, 4, 1, 9, 30);
        QTest::newRow("ISO UTC") << "2024-04-01T00:30:00Z" << "2024-04-01T00:30:00.000Z";
        QTest::newRow("ISO offset") << "2024-04-01T09:30:00+09:00" << "2024-04-01T00:30:00.000Z";
        QTest::newRow("Japanese") << "2024年4月1日 9時30分" << stamp(2024, 4, 1, 9, 30);
        QTest::newRow("Japanese, no space") << "2024年4月1日9時30分" << stamp(2024, 4, 1, 9, 30);
        QTest::newRow("和暦") << "令和6年4月1日" << stamp(2024, 4, 1);
        QTest::newRow("bad day") << "2024/02/30" << "";
        QTest::newRow("bad time") << "2024/4/1 25:00" << "";
        QTest::newRow("words") << "yesterday" << "";
    }

    void dateTimes()
    {
        QFETCH(QString, input);
        QFETCH(QString, stored);
        const QDateTime time = parseImportDateTime(input);
        QCOMPARE(time.isValid() ? Storage::toStoredTimestamp(time) : QString(), stored);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("minutes");
        QTest::newRow("plain") << "45" << 45;
        QTest::newRow("分") << "45分" << 45;
        QTest::newRow("min") << "45 min" << 45;
        QTest::newRow("h:mm") << "1:30" << 90;
        QTest::newRow("時間分") << "1時間30分" << 90;
        QTest::newRow("hours") << "1.5h" << 90;
        QTest::newRow("full-width") << "３０分" << 30;
        QTest::newRow("negative") << "-5" << -1;
        QTest::newRow("words") << "long" << -1;
    }

    void durations()
    {
        QFETCH(QString, input);
        QFETCH(int, minutes);
        QCOMPARE(parseDurationMinutes(input).value_or(-1), minutes);
    }

    // --- mapping -----------------------------------------------------------------------------

    void suggestsFields_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        const char *company[][2] = {{"会社名", "name"}, {"社名", "name"}, {"企業名", "name"}, {"Company", "name"},
                                    {"Organization", "name"}, {"会社名フリガナ", "name_reading"},
                                    {"フリガナ", "name_reading"}, {"読み", "name_reading"}, {"ドメイン", "domain"},
                                    {"Webサイト", "domain"}, {"ＵＲＬ", "domain"}, {"Website", "domain"},
                                    {"業種", "industry"}, {"Industry", "industry"}, {"規模", "size"},
                                    {"従業員数", "size"}, {"Size", "size"}, {"電話番号", "phone"},
                                    {"代表電話", "phone"}, {"Phone", "phone"}, {"郵便番号", "postal_code"},
                                    {"都道府県", "prefecture"}, {"市区町村", "city"}, {"住所", "address_line"},
                                    {"番地", "address_line"}, {"国", "country"}, {"備考", "notes"},
                                    {"メモ", "notes"}, {"Notes", "notes"}, {"担当者", ""}};
        for (const auto &[header, field] : company)
            QTest::addRow("company %s", header) << "company" << header << field;
        const char *activity[][2] = {{"種別", "type"}, {"種類", "type"}, {"Type", "type"}, {"方向", "direction"},
                                     {"Direction", "direction"}, {"チャネル", "channel"}, {"件名", "subject"},
                                     {"Subject", "subject"}, {"内容", "body"}, {"本文", "body"}, {"Body", "body"},
                                     {"Notes", "body"}, {"日時", "occurred_at"}, {"日付", "occurred_at"},
                                     {"Date", "occurred_at"}, {"所要時間", "duration_minutes"},
                                     {"Duration", "duration_minutes"}, {"結果", "outcome"}, {"Outcome", "outcome"},
                                     {"メールアドレス", "contact_email"}, {"Email", "contact_email"},
                                     {"電話番号", "contact_phone"}, {"氏名", "contact_name"}, {"会社名", "company"},
                                     {"商談名", "deal"}, {"Deal Title", "deal"}};
        for (const auto &[header, field] : activity)
            QTest::addRow("activity %s", header) << "activity" << header << field;
    }

    void suggestsFields()
    {
        QFETCH(QString, entity);
        QFETCH(QString, header);
        QFETCH(QString, field);
        const auto rules = RecordImporter::rulesFor(entity);
        QVERIFY(rules);
        QCOMPARE(RecordColumns(entity, rules->targets()).suggestField(header), field);
    }

    void badOverrideNamesTheFields()
    {
        auto summary = import("companies", "会社名,メモ\nA社,x\n", {{"メモ=nickname"}});
        QVERIFY(!summary.ok());
        QCOMPARE(int(summary.error().kind), int(ErrorKind::BadInput));
        QVERIFY2(summary.error().message.contains("no company field \"nickname\" (fields: name, name_reading"),
                 errorOf(summary).constData());
        auto noName = import("companies", "メモ\nx\n");
        QVERIFY(!noName.ok());
        QVERIFY2(noName.error().message.contains("no column is the company name"), errorOf(noName).constData());
        auto noLink = import("activities", "種別,日時\n電話,2024-04-01\n");
        QVERIFY(!noLink.ok());
        QVERIFY2(noLink.error().message.contains("contact_email, contact_phone, contact_name, company or deal"),
                 errorOf(noLink).constData());
    }

    // A mapping is remembered per entity and layout: the same header row imported as companies
    // does not change what a contact import of it remembers.
    void remembersTheMappingPerEntity()
    {
        const QByteArray csv = "Firma,Memo\nAcme,first\n";
        auto first = import("companies", csv, {{"Firma=name", "Memo=notes"}});
        QVERIFY2(first.ok(), errorOf(first).constData());
        QVERIFY(!first->mappingWasRemembered);
        auto again = import("companies", "Firma,Memo\nOther Corp,second\n");
        QVERIFY2(again.ok(), errorOf(again).constData());
        QVERIFY(again->mappingWasRemembered);
        QCOMPARE(again->mapping.fields, QStringList({"name", "notes"}));
        QCOMPARE(count("SELECT count(*) FROM companies"), 2);
        auto contactMapping = ContactColumns::remembered(*m_db, {"Firma", "Memo"});
        QVERIFY(contactMapping.ok());
        QCOMPARE(contactMapping->mappedCount(), 0);
        QCOMPARE(count("SELECT count(*) FROM settings WHERE key LIKE 'import_mapping/company/%'"), 1);
    }

    // --- companies ---------------------------------------------------------------------------

    // As Japanese Excel saves "CSV (コンマ区切り)": CP932, CRLF, no BOM, ㈱ and 髙 (CP932 only),
    // a quoted address with a comma, a half-width katakana reading.
    void importsExcelShiftJisCompanies()
    {
        const QByteArray csv = shiftJis(QString::fromUtf8(
            "会社名,会社名フリガナ,Webサイト,業種,従業員数,代表電話,郵便番号,都道府県,市区町村,番地,備考\r\n"
            "㈱髙島屋商事,ﾀｶｼﾏﾔｼｮｳｼﾞ,https://www.takashimaya-shoji.co.jp/company/,小売,120,03-1234-5678,1000001,東京都,千代田区,\"千代田1-1, 3F\",重要顧客\r\n"
            "株式会社①テック,イチテック,itech.jp,IT,15,06-1111-2222,530-0001,大阪府,大阪市北区,梅田1-1,\r\n"));
        auto summary = import("companies", csv);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(int(summary->encoding), int(TextEncoding::ShiftJis));
        QCOMPARE(summary->rows, 2);
        QCOMPARE(summary->imported, 2);
        QVERIFY(summary->rejected.isEmpty());
        QVERIFY(summary->written);
        QCOMPARE(text("SELECT name || '|' || name_reading || '|' || domain || '|' || postal_code || '|' || "
                      "address_line || '|' || notes FROM companies WHERE industry = '小売'"),
                 QString::fromUtf8("㈱髙島屋商事|タカシマヤショウジ|takashimaya-shoji.co.jp|100-0001|千代田1-1, 3F|重要顧客"));
        QCOMPARE(text("SELECT name || '|' || name_reading || '|' || size || '|' || phone FROM companies WHERE domain = 'itech.jp'"),
                 QString::fromUtf8("株式会社①テック|イチテック|15|06-1111-2222"));
        // Written like an edit in the app: one change-log row per record (its fields), and the search index.
        QCOMPARE(count("SELECT count(*) FROM change_log WHERE entity = 'company' AND op = 'insert'"), 2);
        QCOMPARE(count("SELECT count(*) FROM (" + Model::ChangeLog::fieldRowsSql("l.entity = 'company'") + ") WHERE field = 'name'"), 2);
        QCOMPARE(count("SELECT count(*) FROM search_docs WHERE entity = 'company'"), 2);
        QCOMPARE(count("SELECT count(*) FROM sqlite_temp_master WHERE name LIKE 'kizuna_import%'"), 0);
    }

    void companyDuplicatePolicies_data()
    {
        addPolicyColumns();
        QTest::addColumn<qint64>("companiesAfter");
        QTest::addColumn<QString>("industry");
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 1LL << 0LL << 0LL << 3LL << 2LL << "";
        QTest::newRow("update") << int(DuplicatePolicy::Update) << 1LL << 2LL << 1LL << 0LL << 2LL << "卸売";
        QTest::newRow("create") << int(DuplicatePolicy::Create) << 4LL << 0LL << 0LL << 0LL << 5LL << "";
    }

    // Against 株式会社山田商事 (yamada.co.jp): 山田商事(株) by name, "Yamada Trading" by its
    // domain, then Acme twice within the file, written two ways.
    void companyDuplicatePolicies()
    {
        QFETCH(int, policy);
        add("company", {{"name", "株式会社山田商事"}, {"domain", "yamada.co.jp"}});
        const QByteArray csv = "会社名,URL,業種,メモ\n"
                               "山田商事(株),,卸売,\n"
                               "Yamada Trading,http://www.yamada.co.jp/,,English name\n"
                               "Acme Inc.,acme.com,,\n"
                               "ACME Co.，Ltd.,,Manufacturing,\n";
        auto summary = importWithPolicy("companies", csv);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QTEST(count("SELECT count(*) FROM companies"), "companiesAfter");
        QTEST(text("SELECT ifnull(industry, '') FROM companies WHERE name = '株式会社山田商事'"), "industry");
        // The stored name keeps its form; an update fills what is new.
        QCOMPARE(count("SELECT count(*) FROM companies WHERE name = '株式会社山田商事'"), 1);
        if (DuplicatePolicy(policy) == DuplicatePolicy::Update) {
            QCOMPARE(text("SELECT notes FROM companies WHERE name = '株式会社山田商事'"), "English name");
            QCOMPARE(text("SELECT industry || '|' || domain FROM companies WHERE name = 'Acme Inc.'"), "Manufacturing|acme.com");
        }
    }

    // --- activities --------------------------------------------------------------------------

    void importsActivitiesLinkedByEmailPhoneAndName()
    {
        addPeople();
        const QByteArray csv = "種別,日時,件名,内容,所要時間,方向,メールアドレス,電話番号,氏名,会社名\n"
                               "電話,2024/4/1 9:30,見積もりの件,折り返し希望,15分,着信,,+81 3 1234 5678,,\n"
                               "メール,2024-04-02,資料送付,,,送信,TARO@yamada.co.jp,,,\n"
                               "打ち合わせ,2024/4/3 14:00,定例,議事録,1:30,,,,鈴木 一郎,\n"
                               "訪問,2024年4月4日,挨拶,,,,,,Emma Smith,\n"
                               "会議,2024-04-05 10:00,社内,,,,,,,山田商事(株)\n"
                               "メモ,2024-04-06,,覚え書き,,,nobody@example.jp,,,\n"
                               "call,2024-04-07,,,,,,,佐藤 花子,\n"
                               "visit,2024-04-08,,,,,,09099999999,,\n"
                               "Meeting,2024-04-09,,,,,,,Unknown Person,Nowhere Inc.\n";
        auto summary = import("activities", csv);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->rows, 9);
        QCOMPARE(summary->imported, 5);
        QStringList problems;
        for (const RejectedRow &row : summary->rejected)
            problems << row.text();
        QCOMPARE(problems, QStringList({
            "line 7: field \"メールアドレス\": no contact has the email \"nobody@example.jp\"",
            "line 8: field \"氏名\": several contacts are named \"佐藤 花子\"; add their email or phone number",
            "line 9: field \"電話番号\": no contact has the phone number \"09099999999\"",
            "line 10: field \"会社名\": no company is named \"Nowhere Inc.\"",
            "line 10: field \"氏名\": no contact is named \"Unknown Person\""}));
        QCOMPARE(summary->rejectedRows, 4);
        const QString taro = text("SELECT id FROM contacts WHERE family_name = '山田'");
        const QString company = text("SELECT id FROM companies");
        QCOMPARE(text("SELECT type || '|' || direction || '|' || occurred_at || '|' || duration_minutes || '|' || "
                      "contact_id || '|' || company_id FROM activities WHERE subject = '見積もりの件'"),
                 "call|in|" + stamp(2024, 4, 1, 9, 30) + "|15|" + taro + "|" + company);
        QCOMPARE(text("SELECT type || '|' || direction || '|' || contact_id FROM activities WHERE subject = '資料送付'"),
                 "email|out|" + taro);
        QCOMPARE(text("SELECT type || '|' || duration_minutes || '|' || contact_id FROM activities WHERE subject = '定例'"),
                 "meeting|90|" + text("SELECT id FROM contacts WHERE family_name = '鈴木'"));
        QCOMPARE(text("SELECT type || '|' || contact_id || '|' || ifnull(company_id, '-') FROM activities WHERE subject = '挨拶'"),
                 "visit|" + text("SELECT id FROM contacts WHERE family_name = 'Smith'") + "|-");
        QCOMPARE(text("SELECT type || '|' || ifnull(contact_id, '-') || '|' || company_id FROM activities WHERE subject = '社内'"),
                 "meeting|-|" + company);
        QCOMPARE(count("SELECT count(*) FROM search_docs WHERE entity = 'activity'"), 5);
        QCOMPARE(count("SELECT count(*) FROM (" + Model::ChangeLog::fieldRowsSql("l.entity = 'activity'") + ") WHERE field = 'type'"), 5);
    }

    void activityTypeWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("type");
        const char *words[][2] = {{"電話", "call"}, {"TEL", "call"}, {"Phone Call", "call"}, {"メール", "email"},
                                  {"E-mail", "email"}, {"打ち合わせ", "meeting"}, {"打合せ", "meeting"},
                                  {"会議", "meeting"}, {"訪問", "visit"}, {"メモ", "note"}, {"ﾒﾓ", "note"},
                                  {"クレーム", "complaint"}, {"アンケート", "survey"}, {"Webフォーム", "web_form"},
                                  {"Web Form", "web_form"}, {"NOTE", "note"}, {"sns", "sns"}};
        for (const auto &[word, type] : words)
            QTest::newRow(word) << word << type;
    }

    void activityTypeWords()
    {
        QFETCH(QString, word);
        QFETCH(QString, type);
        QCOMPARE(ActivityImportRules().choiceKey("type", word), type);
        QVERIFY(Model::Choices::activityTypes().contains(type));
    }

    void activityDuplicatePolicies_data()
    {
        addPolicyColumns();
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 1LL << 0LL << 0LL << 2LL;
        QTest::newRow("update") << int(DuplicatePolicy::Update) << 1LL << 1LL << 1LL << 0LL;
        QTest::newRow("create") << int(DuplicatePolicy::Create) << 3LL << 0LL << 0LL << 0LL;
    }

    // The same contact, type, time and subject: an existing call, and a visit twice in the file.
    void activityDuplicatePolicies()
    {
        QFETCH(int, policy);
        addPeople();
        add("activity", {{"type", "call"}, {"occurred_at", stamp(2024, 4, 1, 9, 30)}, {"subject", "見積もり"},
                         {"contact_id", text("SELECT id FROM contacts WHERE family_name = '山田'")}});
        const QByteArray csv = "Type,Date,Subject,Outcome,Email\n"
                               "電話,2024/4/1 9:30,見積もり,受注見込み,taro@yamada.co.jp\n"
                               "visit,2024-05-01,挨拶,,emma@example.com\n"
                               "訪問,2024/5/1,挨拶,好感触,EMMA@example.com\n";
        auto summary = importWithPolicy("activities", csv);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        if (DuplicatePolicy(policy) == DuplicatePolicy::Update) {
            QCOMPARE(text("SELECT outcome FROM activities WHERE subject = '見積もり'"), "受注見込み");
            QCOMPARE(text("SELECT outcome FROM activities WHERE subject = '挨拶'"), "好感触");
        }
    }

    // --- bad input ---------------------------------------------------------------------------

    void badRowsNameLineAndColumn()
    {
        addPeople();
        const QByteArray csv = "種別,日時,所要時間,メールアドレス\n"
                               "電話,2024-04-01,10,emma@example.com\n"
                               "電話,2024/02/30,,emma@example.com\n"
                               "電報,2024-04-01,,emma@example.com\n"
                               "電話,2024-04-01,ずっと,emma@example.com\n"
                               "電話,2024-04-01\n"
                               ",,,emma@example.com\n";
        auto summary = import("activities", csv);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->imported, 1);
        QCOMPARE(summary->rejectedRows, 5);
        QStringList problems;
        for (const RejectedRow &row : summary->rejected)
            problems << row.text();
        QCOMPARE(problems, QStringList({
            "line 3: field \"日時\": not a date or date and time (such as 2024-04-01 14:30, 2024/4/1 or 令和6年4月1日): \"2024/02/30\"",
            "line 4: field \"種別\": not one of " + Model::Choices::activityTypes().join(", ") + ": \"電報\"",
            "line 5: field \"所要時間\": not a duration in minutes (such as 30, 30分, 1:30 or 1時間30分): \"ずっと\"",
            "line 6: field \"\": the row has 2 fields but the header has 4 (a line break or separator inside an unquoted value?)",
            "line 7: field \"種別\": no activity type",
            "line 7: field \"日時\": no date"}));
    }

    void everyRowRejectedWritesNothing()
    {
        add("company", {{"name", "既存"}});
        const qint64 before = changes();
        auto summary = import("companies", "会社名,郵便番号,Webサイト\n\"A社\",12-34,\nB社,,not a site\nC社\n");
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->rejectedRows, 3);
        QCOMPARE(summary->rejected.at(0).text(),
                 "line 2: field \"郵便番号\": not a Japanese postal code (7 digits, such as 123-4567): \"12-34\"");
        QCOMPARE(summary->rejected.at(1).line, 3);
        QCOMPARE(summary->rejected.at(1).field, "Webサイト");
        QVERIFY(!summary->written);
        QCOMPARE(count("SELECT count(*) FROM companies"), 1);
        QCOMPARE(changes(), before);
        QCOMPARE(count("SELECT count(*) FROM settings WHERE key LIKE 'import_mapping/%'"), 0);
    }

    void brokenFileIsAnErrorAndWritesNothing()
    {
        const qint64 before = changes();
        auto summary = import("companies", "会社名,備考\nA社,\"never closed\nB社,x\n");
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().message.contains("line 2"), errorOf(summary).constData());
        QCOMPARE(count("SELECT count(*) FROM companies"), 0);
        QCOMPARE(changes(), before);
        auto empty = import("activities", "");
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message.contains("empty"));
    }

    void dryRunAndCancelChangeNothing()
    {
        addPeople();
        const qint64 before = changes();
        const qint64 activities = count("SELECT count(*) FROM activities");
        RecordImportOptions dry;
        dry.dryRun = true;
        auto summary = import("activities", "種別,日時,氏名\n電話,2024-04-01,山田 太郎\n", dry);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->imported, 1);
        QVERIFY(!summary->written);
        QCOMPARE(changes(), before);

        QByteArray big = "種別,日時,件名,氏名\n";
        for (int i = 0; i < 5000; ++i)
            big += "電話,2024-04-01 10:00,call " + QByteArray::number(i) + ",山田 太郎\n";
        std::atomic<bool> cancel = false;
        qint64 reported = 0;
        auto cancelled = import("activities", big, {}, &cancel, [&](qint64 bytes) {
            reported = bytes;
            cancel = true;
        });
        QVERIFY(!cancelled.ok());
        QCOMPARE(int(cancelled.error().kind), int(ErrorKind::Cancelled));
        QVERIFY(reported > 0 && reported < big.size());
        QCOMPARE(count("SELECT count(*) FROM activities"), activities);
        QCOMPARE(changes(), before);

        auto all = import("activities", big);
        QVERIFY2(all.ok(), errorOf(all).constData());
        QCOMPARE(all->imported, 5000);
        QCOMPARE(count("SELECT count(*) FROM activities"), activities + 5000);
    }
};

QTEST_GUILESS_MAIN(tst_RecordImport)
#include "tst_recordimport.moc"
