// SPDX-License-Identifier: GPL-3.0-or-later
// The lists' name key (Text::nameSortKey, SQL kizuna_name_key): pairs of names that must sort
// one before the other, as SQLite compares the keys (the bytes of their UTF-8), and the key as
// the SQL function gives it on a Kizuna connection.
#include "core/storage/database.h"
#include "core/text/namesortkey.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;

namespace {

struct Name
{
    QString familyReading, givenReading, family, given;
};

QByteArray key(const Name &n)
{
    return Text::nameSortKey(n.familyReading, n.givenReading, n.family, n.given).toUtf8();
}

} // namespace

Q_DECLARE_METATYPE(Name)

class tst_NameSortKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsBefore_data()
    {
        QTest::addColumn<Name>("first");
        QTest::addColumn<Name>("second");
        QTest::newRow("readings in 五十音順") << Name {"サトウ", "", "佐藤", ""} << Name {"ヤマダ", "", "山田", ""};
        QTest::newRow("hiragana reading among katakana")
            << Name {"いとう", "", "伊藤", ""} << Name {"イノウエ", "", "井上", ""};
        QTest::newRow("katakana reading among hiragana")
            << Name {"イトウ", "", "伊藤", ""} << Name {"いのうえ", "", "井上", ""};
        QTest::newRow("half-width katakana reading") << Name {"ｲﾄｳ", "", "伊藤", ""} << Name {"イノウエ", "", "井上", ""};
        QTest::newRow("Latin case-insensitive") << Name {"", "", "adams", ""} << Name {"", "", "Baker", ""};
        QTest::newRow("Latin case-insensitive, upper first") << Name {"", "", "BAKER", ""} << Name {"", "", "cole", ""};
        QTest::newRow("full-width Latin") << Name {"", "", "ａｂｅ", ""} << Name {"", "", "Adams", ""};
        QTest::newRow("Latin before kana") << Name {"", "", "Zimmer", ""} << Name {"アオキ", "", "青木", ""};
        QTest::newRow("digits before Latin") << Name {"", "", "3M", ""} << Name {"", "", "Adams", ""};
        QTest::newRow("kana before kanji without reading")
            << Name {"ワタナベ", "", "渡辺", ""} << Name {"", "", "阿部", ""};
        QTest::newRow("any name before no name") << Name {"", "", "鿰", ""} << Name {};
        QTest::newRow("supplementary kanji before no name") << Name {"", "", "𠮷田", ""} << Name {};
        QTest::newRow("voiced kana with the plain kana") << Name {"ゴトウ", "", "後藤", ""} << Name {"コバヤシ", "", "小林", ""};
        QTest::newRow("plain kana before voiced when otherwise equal")
            << Name {"カトウ", "", "加藤", ""} << Name {"カドウ", "", "嘉堂", ""};
        QTest::newRow("semi-voiced with the plain kana") << Name {"パク", "", "朴", ""} << Name {"ハシモト", "", "橋本", ""};
        QTest::newRow("small kana with the large kana") << Name {"キッタ", "", "橘田", ""} << Name {"キツネ", "", "狐", ""};
        QTest::newRow("shorter family first") << Name {"ヤマ", "ダイチ", "山", "大地"} << Name {"ヤマダ", "アイ", "山田", "愛"};
        QTest::newRow("then the given reading") << Name {"ヤマダ", "イチロウ", "山田", "一郎"}
                                                << Name {"ヤマダ", "ハナコ", "山田", "花子"};
        QTest::newRow("each part its reading, else its name")
            << Name {"", "", "Adams", ""} << Name {"", "エマ", "Brown", "Emma"};
        QTest::newRow("each part its reading, else its name (given)")
            << Name {"ヤマダ", "", "山田", "太郎"} << Name {"ヤマダ", "", "山田", "花子"};
        QTest::newRow("accented Latin with its base letter") << Name {"", "", "Émile", ""} << Name {"", "", "Enzo", ""};
        QTest::newRow("plain letter before accented when otherwise equal")
            << Name {"", "", "Muller", ""} << Name {"", "", "Müller", ""};
        QTest::newRow("accented Latin before Z") << Name {"", "", "Ångström", ""} << Name {"", "", "Zoë", ""};
        QTest::newRow("spaces ignored") << Name {"", "", "Dean", ""} << Name {"", "", "De Luca", ""};
    }
    void sortsBefore()
    {
        QFETCH(Name, first);
        QFETCH(Name, second);
        QVERIFY2(key(first) < key(second), QByteArray(key(first).toHex(' ') + " !< " + key(second).toHex(' ')).constData());
    }

    void foldsToTheSameKey_data()
    {
        QTest::addColumn<Name>("a");
        QTest::addColumn<Name>("b");
        QTest::newRow("hiragana = katakana") << Name {"やまだ", "たろう", "山田", "太郎"} << Name {"ヤマダ", "タロウ", "山田", "太郎"};
        QTest::newRow("case and width") << Name {"", "", "ＳＭＩＴＨ", "John"} << Name {"", "", "smith", "JOHN"};
        QTest::newRow("reading wins over the name") << Name {"ヤマダ", "", "山田", ""} << Name {"ヤマダ", "", "山多", ""};
        QTest::newRow("spaces of a reading") << Name {"ヤマダ ", "", "山田", ""} << Name {"ヤマダ", "", "山田", ""};
    }
    void foldsToTheSameKey()
    {
        QFETCH(Name, a);
        QFETCH(Name, b);
        QCOMPARE(key(a), key(b));
    }

    void sqlFunctionGivesTheKey()
    {
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath("k.db"));
        QVERIFY(db.ok());
        auto text = (*db)->queryText("SELECT kizuna_name_key('ヤマダ', NULL, '山田', 'x')");
        QVERIFY(text.ok());
        QCOMPARE(*text, Text::nameSortKey(u"ヤマダ", {}, u"山田", u"x"));
        text = (*db)->queryText("SELECT kizuna_name_key(NULL, NULL, 'Smith', NULL)");
        QVERIFY(text.ok());
        QCOMPARE(*text, Text::nameSortKey({}, {}, u"Smith", {}));
    }
};

QTEST_GUILESS_MAIN(tst_NameSortKey)
#include "tst_namesortkey.moc"
