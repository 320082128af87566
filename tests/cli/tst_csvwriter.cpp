// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvwriter.h"
#include "core/io/tableexporter.h"

#include <QBuffer>
#include <QTest>

#include <limits>

using namespace Kizuna;
using namespace Kizuna::Io;

namespace {

QByteArray written(const QStringList &fields, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer, options);
        writer.writeRow(fields);
        if (!writer.finish().ok())
            return QByteArrayLiteral("<write error>");
    }
    return buffer.data();
}

// A device that refuses every write, like a full disk.
class FullDevice final : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); setErrorString(QStringLiteral("No space left on device")); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

} // namespace

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesFields_data();
    void encodesFields();
    void separatesNullFromEmpty();
    void writesRowsWithCrlf();
    void writesOptionalByteOrderMark();
    void usesOtherDelimiter();
    void streamsLargeOutputInChunks();
    void reportsWriteErrors();
    void printsRealsReproducibly_data();
    void printsRealsReproducibly();
    void resolvesTableNames_data();
    void resolvesTableNames();
};

void tst_CsvWriter::encodesFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << "Yamada" << QByteArray("Yamada");
    QTest::newRow("comma") << "Tokyo, Japan" << QByteArray("\"Tokyo, Japan\"");
    QTest::newRow("quote") << "say \"hi\"" << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << "\"" << QByteArray("\"\"\"\"");
    QTest::newRow("line feed") << "line1\nline2" << QByteArray("\"line1\nline2\"");
    QTest::newRow("carriage return") << "a\rb" << QByteArray("\"a\rb\"");
    QTest::newRow("crlf") << "a\r\nb" << QByteArray("\"a\r\nb\"");
    QTest::newRow("spaces kept") << "  padded  " << QByteArray("  padded  ");
    QTest::newRow("japanese") << QString::fromUtf8("山田 太郎") << QByteArray("山田 太郎");
    QTest::newRow("japanese with comma")
        << QString::fromUtf8("株式会社、東京,本社") << QByteArray("\"株式会社、東京,本社\"");
    QTest::newRow("emoji") << QString::fromUtf8("🍣") << QByteArray("🍣");
    QTest::newRow("semicolon not special") << "a;b" << QByteArray("a;b");
}

void tst_CsvWriter::encodesFields()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::encodeField(field), expected);
    QCOMPARE(written({field}), expected + "\r\n");
}

void tst_CsvWriter::separatesNullFromEmpty()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.addField(u"a");
    writer.addNull();
    writer.addField(QStringLiteral(""));
    writer.addField(QString());
    writer.addField(u"z");
    writer.endRow();
    QVERIFY(writer.finish().ok());
    QCOMPARE(buffer.data(), QByteArray("a,,\"\",,z\r\n"));
}

void tst_CsvWriter::writesRowsWithCrlf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.writeRow({"id", "name"});
    writer.writeRow({"1", "a,b"});
    writer.addField(u"2");
    QVERIFY(writer.finish().ok()); // ends the open row
    QCOMPARE(writer.rowsWritten(), 3);
    QCOMPARE(buffer.data(), QByteArray("id,name\r\n1,\"a,b\"\r\n2\r\n"));
}

void tst_CsvWriter::writesOptionalByteOrderMark()
{
    QCOMPARE(written({"x"}, CsvOptions{true, ','}), QByteArray("\xEF\xBB\xBFx\r\n"));
    QCOMPARE(written({"x"}), QByteArray("x\r\n"));
}

void tst_CsvWriter::usesOtherDelimiter()
{
    QCOMPARE(written({"a;b", "c,d"}, CsvOptions{false, ';'}), QByteArray("\"a;b\";c,d\r\n"));
    QCOMPARE(written({"a\tb", "c"}, CsvOptions{false, '\t'}), QByteArray("\"a\tb\"\tc\r\n"));
}

void tst_CsvWriter::streamsLargeOutputInChunks()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    const QString value = QString(100, u'x');
    constexpr int Rows = 5000; // ~500 kB: several flushes of the 64 kB buffer
    for (int i = 0; i < Rows; ++i) {
        writer.addField(QString::number(i));
        writer.addField(value);
        writer.endRow();
        if (i == 1000)
            QVERIFY2(buffer.size() > 0, "rows reach the device before the end");
    }
    QVERIFY(writer.finish().ok());
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), Rows + 1);
    QCOMPARE(lines.at(4999), QByteArray("4999," + value.toLatin1() + "\r"));
}

void tst_CsvWriter::reportsWriteErrors()
{
    FullDevice device;
    CsvWriter writer(device);
    writer.writeRow({"a", "b"});
    const Status status = writer.finish();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Storage);
    QVERIFY2(status.error().message.contains("No space left on device"),
             qPrintable(status.error().message));
}

void tst_CsvWriter::printsRealsReproducibly_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("whole") << 1500.0 << "1500";
    QTest::newRow("million") << 1e6 << "1000000";
    QTest::newRow("negative") << -42.0 << "-42";
    QTest::newRow("tenth") << 0.1 << "0.1";
    QTest::newRow("price") << 1234.56 << "1234.56";
    QTest::newRow("probability") << 0.35 << "0.35";
    QTest::newRow("tiny") << 1e-7 << "1e-07";
    QTest::newRow("third") << 1.0 / 3.0 << "0.3333333333333333";
    QTest::newRow("huge") << 1e20 << "1e+20";
}

void tst_CsvWriter::printsRealsReproducibly()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    const QString text = TableExporter::valueText(QVariant(value));
    QCOMPARE(text, expected);
    QCOMPARE(text.toDouble(), value); // reads back to the same double
}

void tst_CsvWriter::resolvesTableNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("table");

    QTest::newRow("table name") << "contacts" << "contacts";
    QTest::newRow("entity name") << "contact" << "contacts";
    QTest::newRow("irregular plural") << "deal_stage_change" << "deal_stage_history";
    QTest::newRow("change log") << "change_log" << "change_log";
    QTest::newRow("unknown") << "contactz" << "";
    QTest::newRow("settings are private") << "settings" << "";
    QTest::newRow("sql") << "contacts; DROP TABLE contacts" << "";
}

void tst_CsvWriter::resolvesTableNames()
{
    QFETCH(QString, name);
    QFETCH(QString, table);
    const auto resolved = TableExporter::resolve(name);
    if (table.isEmpty()) {
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().kind, ErrorKind::BadInput);
        QVERIFY(resolved.error().message.contains("\"" + name + "\""));
        QVERIFY(resolved.error().message.contains("contacts, "));
    } else {
        QVERIFY(resolved.ok());
        QCOMPARE(*resolved, table);
    }
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
