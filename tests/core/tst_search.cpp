// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/search/searchengine.h"
#include "core/search/searchquery.h"
#include "core/storage/databaseopener.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Model;
using namespace Kizuna::Search;

class tst_Search : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    QString m_yamada, m_smith, m_acme, m_deal, m_call;

    QString add(const char *entityName, const FieldValues &values)
    {
        auto id = m_store->insert(entity(QString::fromLatin1(entityName)), values);
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    QStringList titles(const QString &query, int limit = 20)
    {
        SearchEngine engine(*m_db);
        auto hits = engine.search(query, limit);
        if (!hits.ok())
            qFatal("search failed for %s: %s", qPrintable(query), qPrintable(hits.error().message));
        QStringList out;
        for (const SearchHit &h : *hits)
            out << h.title;
        return out;
    }
    QStringList ids(const QString &query)
    {
        SearchEngine engine(*m_db);
        const auto hits = engine.search(query, 50);
        QStringList out;
        for (const SearchHit &h : *hits)
            out << h.recordId;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QStringLiteral("search.kizuna")));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(*db);
        m_store = std::make_unique<RecordStore>(*m_db, *changeContextFor(*m_db, QStringLiteral("t")));
        m_acme = add("company", {{"name", "株式会社アクメ商事"}, {"name_reading", "アクメショウジ"},
                                 {"domain", "acme.co.jp"}, {"phone", "06-6123-4567"}});
        m_yamada = add("contact", {{"family_name", "山田"}, {"given_name", "太郎"},
                                   {"family_name_reading", "ヤマダ"}, {"given_name_reading", "タロウ"},
                                   {"email", "taro.yamada@example.jp"}, {"phone", "03-1234-5678"},
                                   {"mobile", "+81 90-8765-4321"}, {"company_id", m_acme}});
        add("contact", {{"family_name", "山本"}, {"given_name", "花子"},
                        {"family_name_reading", "ヤマモト"}, {"given_name_reading", "ハナコ"}});
        add("contact", {{"family_name", "髙橋"}, {"given_name", "一郎"},
                        {"family_name_reading", "タカハシ"}, {"given_name_reading", "イチロウ"}});
        m_smith = add("contact", {{"family_name", "Smith"}, {"given_name", "Emma"},
                                  {"family_name_reading", "スミス"}, {"given_name_reading", "エマ"},
                                  {"email", "emma@smith.example.com"}});
        const QString pipeline = add("pipeline", {{"name", "Sales"}});
        const QString stage = add("pipeline_stage", {{"pipeline_id", pipeline}, {"name", "提案"}});
        m_deal = add("deal", {{"title", "アクメ商事 年間保守契約"}, {"pipeline_id", pipeline},
                              {"stage_id", stage}, {"company_id", m_acme}});
        m_call = add("activity", {{"type", "call"}, {"occurred_at", "2026-11-20T10:00:00"},
                                  {"subject", "見積もりの件"}, {"body", "来週までに新しい見積書を送付する (discount 5%)"},
                                  {"contact_id", m_yamada}});
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void findsJapaneseNameSubstrings_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedFirst");
        QTest::newRow("two kanji") << "山田" << "山田 太郎";
        QTest::newRow("one kanji") << "郎" << "山田 太郎";
        QTest::newRow("full name without space") << "山田太郎" << "山田 太郎";
        QTest::newRow("full name with ideographic space") << "山田　太郎" << "山田 太郎";
        QTest::newRow("given name") << "太郎" << "山田 太郎";
        QTest::newRow("rare variant kanji") << "髙橋" << "髙橋 一郎";
        QTest::newRow("reading in hiragana") << "やまだ" << "山田 太郎";
        QTest::newRow("reading in katakana") << "ヤマダタロウ" << "山田 太郎";
        QTest::newRow("reading in half-width katakana") << "ﾔﾏﾓﾄ" << "山本 花子";
        QTest::newRow("two-kana reading") << "はな" << "山本 花子";
        QTest::newRow("latin name, given first") << "emma smith" << "Emma Smith";
        QTest::newRow("latin name, full width upper") << "ＳＭＩＴＨ" << "Emma Smith";
        QTest::newRow("katakana reading of latin name") << "スミス" << "Emma Smith";
        QTest::newRow("partial email") << "yamada@exa" << "山田 太郎";
        QTest::newRow("company") << "アクメ" << "株式会社アクメ商事";
        QTest::newRow("company domain") << "acme.co" << "株式会社アクメ商事";
    }
    void findsJapaneseNameSubstrings()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedFirst);
        const QStringList found = titles(query);
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        QCOMPARE(found.first(), expectedFirst);
    }

    void prefixMatchesRankFirst()
    {
        // "やま" starts both 山田 and 山本 readings; both contacts come before anything else.
        const QStringList found = titles(QStringLiteral("山"));
        QVERIFY(found.size() >= 2);
        QVERIFY(found.mid(0, 2).contains(QStringLiteral("山田 太郎")));
        QVERIFY(found.mid(0, 2).contains(QStringLiteral("山本 花子")));
    }

    void findsPhoneNumbersInAnyFormat_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedFirst");
        QTest::newRow("hyphens") << "03-1234-5678" << "山田 太郎";
        QTest::newRow("digits only") << "0312345678" << "山田 太郎";
        QTest::newRow("partial") << "1234-56" << "山田 太郎";
        QTest::newRow("parentheses") << "(03) 1234" << "山田 太郎";
        QTest::newRow("full width") << "０３−１２３４" << "山田 太郎";
        QTest::newRow("mobile stored international, typed national") << "090-8765" << "山田 太郎";
        QTest::newRow("company phone") << "06 6123 4567" << "株式会社アクメ商事";
    }
    void findsPhoneNumbersInAnyFormat()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedFirst);
        const QStringList found = titles(query);
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        QCOMPARE(found.first(), expectedFirst);
    }

    void findsDealsAndActivityText()
    {
        QVERIFY(ids(QStringLiteral("保守契約")).contains(m_deal));
        QVERIFY(ids(QStringLiteral("見積書")).contains(m_call));
        QVERIFY(ids(QStringLiteral("DISCOUNT")).contains(m_call));
        // The company comes before the deal that mentions it.
        const QStringList found = ids(QStringLiteral("アクメ"));
        QVERIFY(found.indexOf(m_acme) < found.indexOf(m_deal));
    }

    void ftsSyntaxNeverErrors_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : {"\"", "\"\"", "'", "*", "山*", ".", "-", "--", ":", "a:b", "(", ")", "()",
                              "(山田", "AND", "OR", "NOT", "NEAR(a b)", "a OR b", "^", "+", "\\", "%",
                              "_", "\"山田", "5%)", "col:山田", "-山田", "@", "!!", "   ", ""})
            QTest::newRow(q) << QString::fromUtf8(q);
    }
    void ftsSyntaxNeverErrors()
    {
        QFETCH(QString, query);
        SearchEngine engine(*m_db);
        auto hits = engine.search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().message));
    }

    void syntaxCharactersAreSearchedLiterally()
    {
        QVERIFY(ids(QStringLiteral("5%)")).contains(m_call));
        QVERIFY(ids(QStringLiteral("(discount")).contains(m_call));
    }

    void editsAndTrashUpdateTheIndex()
    {
        const QString id = add("contact", {{"family_name", "佐藤"}, {"given_name", "健"},
                                           {"family_name_reading", "サトウ"}});
        QVERIFY(ids(QStringLiteral("佐藤")).contains(id));
        QVERIFY(m_store->update(entity(u"contact"), id, {{"family_name", "加藤"}, {"family_name_reading", "カトウ"}}).ok());
        QVERIFY(!ids(QStringLiteral("佐藤")).contains(id));
        QVERIFY(!ids(QStringLiteral("さとう")).contains(id));
        QVERIFY(ids(QStringLiteral("加藤")).contains(id));
        QVERIFY(ids(QStringLiteral("かとう")).contains(id));
        QVERIFY(m_store->remove(entity(u"contact"), id).ok());
        QVERIFY(!ids(QStringLiteral("加藤")).contains(id));
        QVERIFY(m_store->restore(entity(u"contact"), id).ok());
        QVERIFY(ids(QStringLiteral("加藤")).contains(id));
        QVERIFY(m_store->remove(entity(u"contact"), id).ok());
        QVERIFY(m_store->purge(entity(u"contact"), id).ok());
        QCOMPARE(*m_db->queryInt(QStringLiteral("SELECT count(*) FROM search_docs WHERE record_id = '%1'").arg(id)), 0);
        QCOMPARE(*m_db->queryText(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO search_fts(search_fts) VALUES ('integrity-check');"
                                          "INSERT INTO search_short(search_short) VALUES ('integrity-check')")).ok());
    }

    void limitIsRespected()
    {
        QCOMPARE(titles(QStringLiteral("山"), 1).size(), 1);
        QVERIFY(titles(QStringLiteral("山"), 0).isEmpty());
    }

    void upgradeIndexesExistingRecords()
    {
        // A database from before the search index (schema 1) with a contact in it.
        const QString file = m_dir.filePath(QStringLiteral("v1.kizuna"));
        {
            auto v1 = Storage::DatabaseOpener::open(file, {}, Storage::migrations().first(1));
            QVERIFY(v1.ok());
            QVERIFY((*v1)->exec(QStringLiteral(
                "INSERT INTO contacts(id, family_name, given_name, family_name_reading, created_at, updated_at) "
                "VALUES ('11111111-1111-4111-8111-111111111111', '井上', '陽子', 'イノウエ', 'x', 'x');"
                "INSERT INTO contacts(id, family_name, created_at, updated_at, deleted_at) "
                "VALUES ('22222222-2222-4222-8222-222222222222', '井上', 'x', 'x', 'x')")).ok());
        }
        auto db = Storage::DatabaseOpener::open(file);
        QVERIFY(db.ok());
        SearchEngine engine(**db);
        auto hits = engine.search(QStringLiteral("いのうえ"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().title, QStringLiteral("井上 陽子"));
        QCOMPARE(engine.search(QStringLiteral("井上"))->size(), 1); // the one in the Trash is not indexed
    }

    void queryParsing()
    {
        QCOMPARE(SearchQuery::parse(QStringLiteral("ヤマダ")).folded, QStringLiteral("やまだ"));
        QCOMPARE(SearchQuery::parse(QStringLiteral("山田")).index, SearchQuery::Index::Short);
        QCOMPARE(SearchQuery::parse(QStringLiteral("山田")).ftsPhrase, QStringLiteral("\"山 田\""));
        QCOMPARE(SearchQuery::parse(QStringLiteral("a\"b")).ftsPhrase, QStringLiteral("\"a\"\"b\""));
        QVERIFY(SearchQuery::parse(QStringLiteral("090-12")).phone);
        QCOMPARE(SearchQuery::parse(QStringLiteral("090-12")).folded, QStringLiteral("09012"));
        QVERIFY(SearchQuery::parse(QStringLiteral("  ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_search.moc"
