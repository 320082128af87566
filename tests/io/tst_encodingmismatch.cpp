// SPDX-License-Identifier: GPL-3.0-or-later
// An encoding the user forces that the file is not in: UTF-16 chosen for a UTF-8 or Shift_JIS
// file (no zero bytes) is refused naming what detection finds, instead of importing CJK-looking
// garbage; UTF-8 or Shift_JIS chosen for a UTF-16 file is an error naming the line. Real UTF-16
// files read as before.
#include "core/io/csvreader.h"
#include "core/io/textencoding.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Io;

namespace {

const QString Text = QString::fromUtf8("氏名,フリガナ,メールアドレス,備考\r\n"
                                       "山田 太郎,ヤマダ タロウ,taro@example.jp,髙橋様の紹介\r\n"
                                       "佐藤 花子,サトウ ハナコ,hanako@example.jp,\r\n");

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

struct Read
{
    QList<QStringList> records;
    QString error;
    TextEncoding encoding = TextEncoding::Auto;
};

Read readAll(const QByteArray &bytes, TextEncoding encoding)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReadOptions options;
    options.encoding = encoding;
    CsvReader reader(buffer, options);
    Read read;
    CsvRecord record;
    for (;;) {
        auto more = reader.next(record);
        if (!more.ok()) {
            read.error = more.error().message;
            break;
        }
        if (!*more)
            break;
        read.records << record.fields;
    }
    read.encoding = reader.encoding();
    return read;
}

} // namespace

class tst_EncodingMismatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf16ChosenForAnotherEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("chosen");
        QTest::addColumn<QString>("found");
        const QString utf8 = "it looks like UTF-8 — choose that encoding (utf-8) or auto";
        QTest::newRow("UTF-8 as UTF-16") << encoded(Text, "UTF-8") << int(TextEncoding::Utf16LE) << utf8;
        QTest::newRow("UTF-8 as UTF-16 BE") << encoded(Text, "UTF-8") << int(TextEncoding::Utf16BE) << utf8;
        QTest::newRow("UTF-8 with BOM as UTF-16") << "\xEF\xBB\xBF" + encoded(Text, "UTF-8") << int(TextEncoding::Utf16LE)
                                                  << utf8;
        QTest::newRow("ASCII as UTF-16") << QByteArray("name,email\nTaro,taro@example.jp\n") << int(TextEncoding::Utf16LE)
                                         << utf8;
        QTest::newRow("even byte count") << QByteArray("name\nTaro\n") << int(TextEncoding::Utf16LE) << utf8;
        QTest::newRow("Shift_JIS as UTF-16") << encoded(Text, "windows-31j") << int(TextEncoding::Utf16LE)
                                             << "it looks like Shift_JIS (CP932) — choose that encoding (shift_jis) or auto";
    }
    void utf16ChosenForAnotherEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, chosen);
        QFETCH(QString, found);
        const Read read = readAll(bytes, TextEncoding(chosen));
        QVERIFY(read.records.isEmpty());
        QCOMPARE(read.error, "line 1: the text is not UTF-16: it has no byte order mark and none of the zero bytes "
                             "UTF-16 has in every line break and comma; " + found);
        const auto mismatch = chosenEncodingMismatch(TextEncoding(chosen), bytes, true);
        QVERIFY(mismatch.has_value());
        QVERIFY(mismatch->endsWith(found));
    }

    // UTF-16 files, with or without BOM, mostly Japanese or not: read as UTF-16 exactly as detected.
    void realUtf16StillReads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("chosen");
        QTest::newRow("LE with BOM") << "\xFF\xFE" + encoded(Text, "UTF-16LE") << int(TextEncoding::Utf16LE);
        QTest::newRow("LE without BOM") << encoded(Text, "UTF-16LE") << int(TextEncoding::Utf16LE);
        QTest::newRow("BE without BOM, chosen LE") << encoded(Text, "UTF-16BE") << int(TextEncoding::Utf16LE);
        QTest::newRow("BE with BOM") << "\xFE\xFF" + encoded(Text, "UTF-16BE") << int(TextEncoding::Utf16BE);
        // Long Japanese notes: few ASCII characters, still a zero byte in each line break.
        const QString notes = QString::fromUtf8("備考\r\n") + QString::fromUtf8("長い備考の文章です。").repeated(40)
                            + QString::fromUtf8("\r\n");
        QTest::newRow("mostly Japanese") << encoded(notes, "UTF-16LE") << int(TextEncoding::Utf16LE);
        QTest::newRow("mostly Japanese BE, chosen LE") << encoded(notes, "UTF-16BE") << int(TextEncoding::Utf16LE);
    }
    void realUtf16StillReads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, chosen);
        const Read forced = readAll(bytes, TextEncoding(chosen));
        QVERIFY2(forced.error.isEmpty(), qPrintable(forced.error));
        const Read detected = readAll(bytes, TextEncoding::Auto);
        QVERIFY(detected.error.isEmpty());
        QCOMPARE(forced.records, detected.records);
        QCOMPARE(forced.encoding, detected.encoding);
        QVERIFY(forced.records.size() >= 2);
        QVERIFY(!chosenEncodingMismatch(TextEncoding(chosen), bytes, true).has_value());
    }

    void utf16ReadAsAnotherEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("chosen");
        QTest::addColumn<QString>("error");
        const QString asUtf8 = "line 1: the text is not UTF-8 but UTF-16 (zero bytes between the characters); "
                               "choose UTF-16 (utf-16) or auto";
        const QString asSjis = "line 1: the text is not Shift_JIS (CP932) but UTF-16 (zero bytes between the "
                               "characters); choose UTF-16 (utf-16) or auto";
        QTest::newRow("LE with BOM as UTF-8") << "\xFF\xFE" + encoded(Text, "UTF-16LE") << int(TextEncoding::Utf8)
                                              << asUtf8;
        QTest::newRow("LE without BOM as UTF-8") << encoded(Text, "UTF-16LE") << int(TextEncoding::Utf8) << asUtf8;
        QTest::newRow("BE without BOM as UTF-8") << encoded(Text, "UTF-16BE") << int(TextEncoding::Utf8) << asUtf8;
        QTest::newRow("LE with BOM as Shift_JIS") << "\xFF\xFE" + encoded(Text, "UTF-16LE")
                                                  << int(TextEncoding::ShiftJis) << asSjis;
        QTest::newRow("LE without BOM as Shift_JIS") << encoded(Text, "UTF-16LE") << int(TextEncoding::ShiftJis)
                                                     << asSjis;
    }
    void utf16ReadAsAnotherEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, chosen);
        QFETCH(QString, error);
        const Read read = readAll(bytes, TextEncoding(chosen));
        QCOMPARE(read.error, error);
        QVERIFY(read.records.isEmpty());
        QVERIFY(looksLikeUtf16(bytes));
    }

    // A NUL in a text file that is not UTF-16 is still binary data at its line.
    void nulInUtf8IsBinaryData()
    {
        QByteArray bytes = encoded(Text, "UTF-8");
        bytes += QByteArray("x,\0y,z,w\r\n", 10);
        QVERIFY(!looksLikeUtf16(bytes));
        const Read read = readAll(bytes, TextEncoding::Utf8);
        QCOMPARE(read.error, "line 4: binary data (a NUL character): this is not a text file in UTF-8");
        // A short file whose one NUL falls on an odd offset (the zero-byte pattern of UTF-16 LE):
        // no UTF-16 line breaks, so still binary data.
        const QByteArray shortFile("name,email\r\nTaro,t@example.jp\r\nab\0cd,x\r\n", 39);
        QVERIFY(!looksLikeUtf16(shortFile));
        QCOMPARE(readAll(shortFile, TextEncoding::Utf8).error,
                 "line 3: binary data (a NUL character): this is not a text file in UTF-8");
    }

    void onlyAForcedUtf16IsChecked()
    {
        const QByteArray utf8 = encoded(Text, "UTF-8");
        QVERIFY(!chosenEncodingMismatch(TextEncoding::Utf8, utf8, true).has_value());
        QVERIFY(!chosenEncodingMismatch(TextEncoding::ShiftJis, utf8, true).has_value());
        QVERIFY(!chosenEncodingMismatch(TextEncoding::Auto, utf8, true).has_value());
        QVERIFY(!chosenEncodingMismatch(TextEncoding::Utf16LE, QByteArray(), true).has_value());
        QVERIFY(!chosenEncodingMismatch(TextEncoding::Utf16LE, QByteArray("\xFF\xFE"), true).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_EncodingMismatch)
#include "tst_encodingmismatch.moc"
