// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming RFC 4180 reader: quoting, line numbers, separators, BOM, errors.
#include "core/io/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Io;

namespace {

struct ReadResult
{
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    CsvSeparator separator = CsvSeparator::Auto;
};

ReadResult readAll(const QByteArray &bytes, CsvSeparator separator = CsvSeparator::Auto, qsizetype maxChars = 1 << 20)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, {separator, maxChars});
    ReadResult result;
    CsvRecord record;
    for (;;) {
        auto more = reader.next(record);
        if (!more.ok()) {
            result.error = more.error().message;
            break;
        }
        if (!*more)
            break;
        result.records << record.fields;
        result.lines << record.line;
    }
    result.separator = reader.separator();
    return result;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<qint64>>("lines");

        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}}
                                  << QList<qint64>{1, 2};
        QTest::newRow("CRLF, no final line break")
            << QByteArray("a,b\r\n1,2") << QList<QStringList>{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("quoted separator and doubled quote")
            << QByteArray("\"x,y\",\"say \"\"hi\"\"\"\n") << QList<QStringList>{{"x,y", "say \"hi\""}}
            << QList<qint64>{1};
        QTest::newRow("line break inside quotes: next record's line counts physical lines")
            << QByteArray("id,note\n1,\"two\r\nlines\"\n2,x\n3,\"a\n\nb\"\n4,y\n")
            << QList<QStringList>{{"id", "note"}, {"1", "two\r\nlines"}, {"2", "x"}, {"3", "a\n\nb"}, {"4", "y"}}
            << QList<qint64>{1, 2, 4, 5, 8};
        QTest::newRow("empty fields and empty quoted field")
            << QByteArray("a,,\"\",b\n") << QList<QStringList>{{"a", "", "", "b"}} << QList<qint64>{1};
        QTest::newRow("blank lines are skipped")
            << QByteArray("a\n\n\r\nb\n\n") << QList<QStringList>{{"a"}, {"b"}} << QList<qint64>{1, 4};
        QTest::newRow("UTF-8 byte order mark is dropped")
            << QByteArray("\xEF\xBB\xBF名前,電話\n山田,03\n") << QList<QStringList>{{"名前", "電話"}, {"山田", "03"}}
            << QList<qint64>{1, 2};
        QTest::newRow("lenient quotes inside and after a field")
            << QByteArray("ab\"c,\"x\"y\n") << QList<QStringList>{{"ab\"c", "xy"}} << QList<qint64>{1};
        QTest::newRow("semicolon detected") << QByteArray("a;b,c;d\n1;2,5;3\n")
                                            << QList<QStringList>{{"a", "b,c", "d"}, {"1", "2,5", "3"}}
                                            << QList<qint64>{1, 2};
        QTest::newRow("tab detected") << QByteArray("a\tb c\n1\t2\n") << QList<QStringList>{{"a", "b c"}, {"1", "2"}}
                                      << QList<qint64>{1, 2};
        QTest::newRow("separator in quotes of the first line does not count")
            << QByteArray("\"a;b;c\",d\n") << QList<QStringList>{{"a;b;c", "d"}} << QList<qint64>{1};
    }

    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<qint64>, lines);
        const ReadResult result = readAll(input);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records, records);
        QCOMPARE(result.lines, lines);
    }

    void givenSeparator_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("separator");
        QTest::addColumn<QList<QStringList>>("records");

        QTest::newRow("comma given, semicolons are text")
            << QByteArray("a;b,c\n") << int(CsvSeparator::Comma) << QList<QStringList>{{"a;b", "c"}};
        QTest::newRow("semicolon given") << QByteArray("a,b;c\n") << int(CsvSeparator::Semicolon)
                                         << QList<QStringList>{{"a,b", "c"}};
        QTest::newRow("whitespace: runs of spaces and tabs, CDNOW style")
            << QByteArray(" 00001 19970101  1   11.77\r\n\t00002\t19970112 1 12.00\r\n   \r\n")
            << int(CsvSeparator::Whitespace)
            << QList<QStringList>{{"00001", "19970101", "1", "11.77"}, {"00002", "19970112", "1", "12.00"}};
    }

    void givenSeparator()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, separator);
        QFETCH(QList<QStringList>, records);
        const ReadResult result = readAll(input, CsvSeparator(separator));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records, records);
        QCOMPARE(int(result.separator), separator);
    }

    void detectedSeparatorIsReported()
    {
        QCOMPARE(readAll("a;b\n").separator, CsvSeparator::Semicolon);
        QCOMPARE(readAll("a\tb\n").separator, CsvSeparator::Tab);
        QCOMPARE(readAll("a,b\n").separator, CsvSeparator::Comma);
        QCOMPARE(readAll("single\n").separator, CsvSeparator::Comma);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("recordsBefore");

        QTest::newRow("quote not closed")
            << QByteArray("a,b\n1,\"open\n2,3\n") << "line 2: a quoted field is not closed at the end of the file" << 1;
        QTest::newRow("not UTF-8") << QByteArray("a,b\n1,2\n\x82\xA0,3\n") << "line 3: the text is not UTF-8" << 2;
        QTest::newRow("line too long") << QByteArray("a\n" + QByteArray(100, 'x') + "\n")
                                       << "line 2: the line is longer than 64 characters" << 1;
        QTest::newRow("record too long") << QByteArray("a\n\"" + QByteArray(30, 'x') + "\n" + QByteArray(30, 'y') + "\n" + QByteArray(30, 'z') + "\n")
                                         << "line 2: the record is longer than 64 characters" << 1;
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        QFETCH(int, recordsBefore);
        const ReadResult result = readAll(input, CsvSeparator::Auto, 64);
        QCOMPARE(result.error, error);
        QCOMPARE(result.records.size(), recordsBefore);
    }

    void streamsWithoutLoadingTheFile()
    {
        // 20,000 records read one by one; the reader only ever holds one record.
        QByteArray bytes = "key,value\n";
        for (int i = 0; i < 20000; ++i)
            bytes += QByteArray::number(i) + ",\"v" + QByteArray::number(i) + "\"\n";
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        CsvRecord record;
        CsvRecord last;
        int count = 0;
        while (true) {
            auto more = reader.next(record);
            QVERIFY(more.ok());
            if (!*more)
                break;
            last = record;
            ++count;
        }
        QCOMPARE(count, 20001);
        QCOMPARE(last.fields, (QStringList{"19999", "v19999"}));
        QCOMPARE(last.line, 20001);
        QCOMPARE(reader.bytesRead(), bytes.size());
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
