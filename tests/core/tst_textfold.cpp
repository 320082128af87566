// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/phonedigits.h"
#include "core/text/textfold.h"

#include <QTest>

using namespace Kizuna::Text;

class tst_TextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("katakana reading") << "ヤマダ タロウ" << "やまだたろう";
        QTest::newRow("hiragana unchanged") << "やまだ" << "やまだ";
        QTest::newRow("half-width katakana") << "ﾔﾏﾀﾞ" << "やまだ";
        QTest::newRow("full-width latin and case") << "ＳＭＩＴＨ Ｊｏｈｎ" << "smithjohn";
        QTest::newRow("full-width digits") << "０３１２" << "0312";
        QTest::newRow("kanji kept, spaces gone") << "山田　太郎" << "山田太郎";
        QTest::newRow("long vowel kept") << "スミス・ジョーンズ" << "すみす・じょーんず";
        QTest::newRow("vu and small ke") << "ヴァイオリン ヶ" << "ゔぁいおりんゖ";
        QTest::newRow("enclosed company mark") << "㈱サンプル" << "(株)さんぷる";
        QTest::newRow("email") << "Taro.Yamada@Example.JP" << "taro.yamada@example.jp";
        QTest::newRow("empty") << "" << "";
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldForSearch(input), expected);
    }

    // The one-pass fold of foldForSearch gives what the Unicode tables give, for whole values…
    void fastFoldMatchesUnicode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("kanji name") << "山田 太郎";
        QTest::newRow("iteration mark") << "佐々木　健太";
        QTest::newRow("old kanji") << "髙橋 一郎";
        QTest::newRow("katakana reading") << "ヤマダ タロウ";
        QTest::newRow("katakana long vowel and dot") << "スミス・ジョーンズ";
        QTest::newRow("hiragana") << "やまだ たろう";
        QTest::newRow("katakana with voicing marks") << "ヷヸヹヺ ヴ ヵヶ ヽヾ";
        QTest::newRow("combining voicing mark") << "カ\u3099キ\u309A";
        QTest::newRow("half-width katakana") << "ﾔﾏﾀﾞ ﾀﾛｳ";
        QTest::newRow("full-width latin") << "ＳＭＩＴＨ Ｊｏｈｎ";
        QTest::newRow("full-width digits and hyphen") << "０３－１２３４－５６７８";
        QTest::newRow("ascii email") << "Taro.Yamada+crm@Example.JP";
        QTest::newRow("ascii with tabs and newlines") << "a\tb\nc\r\nD";
        QTest::newRow("address") << "東京都千代田区丸の内1-2-3 サンプルビル5F";
        QTest::newRow("company mark") << "㈱サンプル商事";
        QTest::newRow("compatibility ideograph") << "\uF900\u8C48";
        QTest::newRow("latin accents") << "José Müller ﬁ";
        QTest::newRow("german sharp s and sigma") << "Straße ΣΑΣ";
        QTest::newRow("surrogate pair emoji") << "山田😀太郎";
        QTest::newRow("cjk extension b") << "𠮷野家";
        QTest::newRow("no-break and other spaces") << "a\u00A0b\u2003c\u3000d";
        QTest::newRow("roman numeral") << "Ⅻ世";
        QTest::newRow("empty") << "";
    }
    void fastFoldMatchesUnicode()
    {
        QFETCH(QString, input);
        QCOMPARE(foldForSearch(input), foldForSearchUnicode(input));
    }

    // …for every character of the Basic Multilingual Plane alone and beside characters the fast
    // path takes (a voicing mark after a kana, a combining accent after a letter compose).
    void fastFoldMatchesUnicodeForEveryCharacter()
    {
        const QString neighbours = QStringLiteral("aZ カか山ー々・\u3000");
        int compared = 0;
        for (char32_t u = 0; u <= 0xFFFF; ++u) {
            if (QChar::isSurrogate(u))
                continue;
            const QString c{QChar(char16_t(u))};
            QCOMPARE(foldForSearch(c), foldForSearchUnicode(c));
            for (const QChar n : neighbours) {
                const QString before = QString(n) + c;
                const QString after = c + n;
                if (foldForSearch(before) != foldForSearchUnicode(before)
                    || foldForSearch(after) != foldForSearchUnicode(after))
                    QFAIL(qPrintable(QStringLiteral("U+%1 beside %2").arg(uint(u), 4, 16, QLatin1Char('0')).arg(n)));
                ++compared;
            }
        }
        QVERIFY(compared > 500000);
    }

    void phoneDigits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hyphens") << "03-1234-5678" << "0312345678";
        QTest::newRow("parentheses and spaces") << "(03) 1234 5678" << "0312345678";
        QTest::newRow("full width with minus sign") << "０３−１２３４−５６７８" << "0312345678";
        QTest::newRow("international") << "+81 90-1234-5678" << "819012345678";
        QTest::newRow("no digits") << "n/a" << "";
    }
    void phoneDigits()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Kizuna::Text::phoneDigits(input), expected);
    }

    void phoneKeysJoinNationalAndInternational()
    {
        QCOMPARE(phoneSearchKeys(u"+81 90-1234-5678"), (QStringList{"819012345678", "09012345678"}));
        QCOMPARE(phoneSearchKeys(u"090-1234-5678"), (QStringList{"09012345678", "819012345678"}));
        QCOMPARE(phoneSearchKeys(u"0081-3-1234-5678"), (QStringList{"0081312345678", "0312345678"}));
        QCOMPARE(phoneSearchKeys(u"+1 415 555 0100"), (QStringList{"14155550100"}));
        QVERIFY(phoneSearchKeys(u"").isEmpty());
    }

    void phoneQueryDetection_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("isPhone");
        QTest::newRow("hyphenated") << "090-1234" << true;
        QTest::newRow("plus and spaces") << "+81 3 1234" << true;
        QTest::newRow("full width") << "０９０−１２" << true;
        QTest::newRow("two digits only") << "09" << false;
        QTest::newRow("letters") << "abc123" << false;
        QTest::newRow("postal code") << "100-0001" << true; // digits compare; postal codes are indexed too
        QTest::newRow("name") << "山田" << false;
    }
    void phoneQueryDetection()
    {
        QFETCH(QString, query);
        QFETCH(bool, isPhone);
        QCOMPARE(looksLikePhoneQuery(query), isPhone);
    }
};

QTEST_GUILESS_MAIN(tst_TextFold)
#include "tst_textfold.moc"
