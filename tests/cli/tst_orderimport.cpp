// SPDX-License-Identifier: GPL-3.0-or-later
// The order importer on a real database file: rows, rejections, contacts by key, the change log.
#include "core/io/orderimporter.h"
#include "core/model/changelog.h"
#include "core/model/ids.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Io;

namespace {

Model::ChangeContext testContext()
{
    return {QStringLiteral("tester"), QStringLiteral("node-1")};
}

OrderImportOptions columns(const QString &customer = "customer", const QString &date = "date",
                           const QString &amount = "amount")
{
    OrderImportOptions options;
    options.customerColumn = customer;
    options.dateColumn = date;
    options.amountColumn = amount;
    return options;
}

template<typename T>
QByteArray errorOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QString rejectedText(const OrderImportSummary &summary)
{
    QStringList lines;
    for (const RejectedRow &row : summary.rejected)
        lines << row.text();
    return lines.join('\n');
}

} // namespace

class tst_OrderImport : public QObject
{
    Q_OBJECT

private:
    Result<OrderImportSummary> import(const QByteArray &csv, const OrderImportOptions &options)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        OrderImporter importer(*m_db, testContext());
        return importer.importCsv(buffer, options);
    }
    qint64 count(const char *sql) { return m_db->queryInt(QString::fromUtf8(sql)).value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath("orders.kizuna"));
        auto db = Storage::DatabaseOpener::open(m_dir.filePath("orders.kizuna"));
        QVERIFY2(db.ok(), errorOf(db).constData());
        m_db = std::move(*db);
    }

    void customerIdsAreStableUuids()
    {
        const QString id = OrderImporter::customerContactId("00001");
        QVERIFY(Model::looksLikeId(id));
        QCOMPARE(id, id.toLower());
        QCOMPARE(OrderImporter::customerContactId("00001"), id);
        QVERIFY(OrderImporter::customerContactId("00002") != id);
        QVERIFY(OrderImporter::customerContactId(" 00001") != id);
        QCOMPARE(id.at(14), QChar('5')); // version 5: name-based, SHA-1
        QVERIFY(OrderImporter::orderId("00001") != id);
    }

    void importsRowsAndCreatesContacts()
    {
        const QByteArray csv = "customer,date,amount\n"
                               "A,2025-04-01,100\n"
                               "B,2025-04-02 13:45:00,20.5\n"
                               "A,2025-05-01,0\n";
        auto summary = import(csv, columns());
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(summary->rows, 3);
        QCOMPARE(summary->orders, 3);
        QCOMPARE(summary->customers, 2);
        QCOMPARE(summary->newContacts, 2);
        QVERIFY(summary->written);
        QVERIFY(summary->rejected.isEmpty());

        auto contact = m_db->prepare(QStringLiteral(
            "SELECT kind, lifecycle_stage, family_name, source FROM contacts WHERE id = ?1"));
        QVERIFY(contact.ok());
        contact->bind(1, OrderImporter::customerContactId("B"));
        QVERIFY(contact->step().value());
        QCOMPARE(contact->columnText(0), "customer");
        QCOMPARE(contact->columnText(1), "customer");
        QCOMPARE(contact->columnText(2), "B");
        QCOMPARE(contact->columnText(3), "import");

        auto order = m_db->prepare(QStringLiteral("SELECT ordered_at, total FROM orders WHERE contact_id = ?1"));
        QVERIFY(order.ok());
        order->bind(1, OrderImporter::customerContactId("B"));
        QVERIFY(order->step().value());
        QCOMPARE(order->columnText(0), Storage::toStoredTimestamp(QDate(2025, 4, 2).startOfDay()));
        QCOMPARE(order->columnDouble(1), 20.5);

        // Every inserted record is in the change log, one row each with its fields, stamped with the context.
        QCOMPARE(count("SELECT count(*) FROM change_log WHERE entity = 'contact' AND op = 'insert'"), 2);
        QCOMPARE(count("SELECT count(*) FROM change_log WHERE entity = 'order' AND op = 'insert'"), 3);
        const QString entries = "(" + Model::ChangeLog::fieldRowsSql({}) + ")";
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM " + entries + " WHERE entity = 'contact' AND op = 'insert'").value(), 2 * 4);
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM " + entries + " WHERE entity = 'order' AND op = 'insert'").value(), 3 * 3);
        QCOMPARE(m_db->queryText("SELECT group_concat(field || '=' || new_value, ' ') FROM " + entries
                                 + " WHERE entity = 'contact' AND record_id = '" + OrderImporter::customerContactId("B") + "'")
                     .value(),
                 "family_name=B kind=customer lifecycle_stage=customer source=import");
        QCOMPARE(m_db->queryText("SELECT typeof(new_value) FROM " + entries + " WHERE entity = 'order' AND field = 'total' "
                                 "AND new_value = 20.5")
                     .value(),
                 "real");
        QCOMPARE(count("SELECT count(*) FROM change_log WHERE author <> 'tester' OR node <> 'node-1'"), 0);
        // The contacts are in the search index like any other.
        QCOMPARE(count("SELECT count(*) FROM search_docs WHERE entity = 'contact'"), 2);
    }

    void reimportFindsTheSameContacts()
    {
        const QByteArray csv = "customer,date,amount\nA,2025-04-01,100\nB,2025-04-02,20\n";
        QVERIFY(import(csv, columns()).ok());
        auto again = import(csv + "C,2025-04-03,5\n", columns());
        QVERIFY(again.ok());
        QCOMPARE(again->newContacts, 1);
        QCOMPARE(again->customers, 3);
        QCOMPARE(count("SELECT count(*) FROM contacts"), 3);
        QCOMPARE(count("SELECT count(*) FROM orders"), 5); // without an id column every row is an order
    }

    void idColumnSkipsOrdersImportedBefore()
    {
        OrderImportOptions options = columns();
        options.idColumn = "no";
        const QByteArray csv = "no,customer,date,amount\n1,A,2025-04-01,100\n2,B,2025-04-02,20\n";
        auto first = import(csv, options);
        QVERIFY(first.ok());
        QCOMPARE(first->orders, 2);
        auto second = import(csv + "3,A,2025-04-03,7\n", options);
        QVERIFY(second.ok());
        QCOMPARE(second->orders, 1);
        QCOMPARE(second->alreadyPresent, 2);
        QCOMPARE(count("SELECT count(*) FROM orders"), 3);
        QCOMPARE(m_db->queryText(QStringLiteral("SELECT order_number FROM orders WHERE total = 7")).value(), "3");
    }

    void badRowsAreRejectedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("rejection"); // empty: imported

        QTest::newRow("good") << QByteArray("A,2025-04-01,12.50") << "" << "";
        QTest::newRow("leading plus, no integer part") << QByteArray("A,2025-04-01,+.5") << "" << "";
        QTest::newRow("bad month") << QByteArray("A,2025-13-01,1") << ""
                                   << "line 2: field \"date\": not a date of the form yyyy-MM-dd: \"2025-13-01\"";
        QTest::newRow("bad time") << QByteArray("A,2025-04-01 25:00:00,1") << ""
                                  << "line 2: field \"date\": not a date of the form yyyy-MM-dd: \"2025-04-01 25:00:00\"";
        QTest::newRow("empty date") << QByteArray("A,,1") << "" << "line 2: field \"date\": no date (the field is empty)";
        QTest::newRow("own format") << QByteArray("A,19970101,1") << "yyyyMMdd" << "";
        QTest::newRow("own format mismatch") << QByteArray("A,1997-01-01,1") << "yyyyMMdd"
                                             << "line 2: field \"date\": not a date of the form yyyyMMdd: \"1997-01-01\"";
        QTest::newRow("letters") << QByteArray("A,2025-04-01,abc") << ""
                                 << "line 2: field \"amount\": not an amount (a plain decimal number such as 1234.50 "
                                    "is expected): \"abc\"";
        QTest::newRow("grouping") << QByteArray("A,2025-04-01,\"1,000\"") << ""
                                  << "line 2: field \"amount\": not an amount (a plain decimal number such as 1234.50 "
                                     "is expected): \"1,000\"";
        QTest::newRow("empty amount") << QByteArray("A,2025-04-01,") << ""
                                      << "line 2: field \"amount\": no amount (the field is empty)";
        QTest::newRow("negative") << QByteArray("A,2025-04-01,-3") << ""
                                  << "line 2: field \"amount\": a negative amount: \"-3\"";
        QTest::newRow("no customer") << QByteArray(" ,2025-04-01,3") << ""
                                     << "line 2: field \"customer\": no customer key (the field is empty)";
        QTest::newRow("short row") << QByteArray("A,2025-04-01") << ""
                                   << "line 2: field \"amount\": missing (the row has only 2 field(s))";
    }

    void badRowsAreRejectedWithTheirLine()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, format);
        QFETCH(QString, rejection);
        OrderImportOptions options = columns();
        options.dateFormat = format;
        // A good row after the tested one, so the import always writes something.
        const QByteArray goodDate = format.isEmpty() ? "2025-01-01" : "20250101";
        auto summary = import("customer,date,amount\n" + row + "\nZ," + goodDate + ",1\n", options);
        QVERIFY2(summary.ok(), errorOf(summary).constData());
        QCOMPARE(rejectedText(*summary), rejection);
        QCOMPARE(summary->orders, rejection.isEmpty() ? 2 : 1);
    }

    void allRowsBadWritesNothing()
    {
        auto summary = import("customer,date,amount\nA,x,1\nB,2025-01-01,y\n", columns());
        QVERIFY(summary.ok());
        QVERIFY(!summary->written);
        QCOMPARE(summary->rejected.size(), 2);
        QCOMPARE(count("SELECT count(*) FROM contacts"), 0);
        QCOMPARE(count("SELECT count(*) FROM change_log"), 0);
    }

    void columnErrors_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<bool>("header");
        QTest::addColumn<QString>("error");

        QTest::newRow("unknown name") << "client" << true
                                      << "no customer column \"client\" in the header (columns: customer, date, amount)";
        QTest::newRow("number past the header") << "7" << true << "customer column 7: the header has only 3 columns";
        QTest::newRow("name without a header")
            << "customer" << false
            << "customer column \"customer\": without a header row, columns are given by number (1 for the first)";
    }

    void columnErrors()
    {
        QFETCH(QString, customer);
        QFETCH(bool, header);
        QFETCH(QString, error);
        OrderImportOptions options = header ? columns(customer) : columns(customer, "2", "3");
        options.hasHeader = header;
        auto summary = import("customer,date,amount\nA,2025-01-01,1\n", options);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().kind, ErrorKind::BadInput);
        QCOMPARE(summary.error().message, error);
        QCOMPARE(count("SELECT count(*) FROM contacts"), 0);
    }

    void columnsByNumberAndCaseInsensitiveNames()
    {
        auto byNumber = import("Customer,Date,Amount\nA,2025-01-01,1\n", columns("1", "date", "3"));
        QVERIFY2(byNumber.ok(), errorOf(byNumber).constData());
        QCOMPARE(byNumber->orders, 1);

        OrderImportOptions noHeader = columns("1", "2", "4");
        noHeader.hasHeader = false;
        noHeader.csv.separator = CsvSeparator::Whitespace;
        noHeader.dateFormat = "yyyyMMdd";
        auto cdnow = import(" 00001 19970101  1   11.77\r\n 00001 19970117  1   x\r\n", noHeader);
        QVERIFY(cdnow.ok());
        QCOMPARE(cdnow->orders, 1);
        QCOMPARE(rejectedText(*cdnow),
                 "line 2: field \"column 4\": not an amount (a plain decimal number such as 1234.50 is expected): \"x\"");
    }

    void readerErrorRollsBack()
    {
        auto summary = import("customer,date,amount\nA,2025-01-01,1\nB,2025-01-01,\"2\n", columns());
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().message, "line 3: a quoted field is not closed at the end of the file");
        QCOMPARE(count("SELECT count(*) FROM orders"), 0);
        QCOMPARE(count("SELECT count(*) FROM contacts"), 0);
    }
};

QTEST_GUILESS_MAIN(tst_OrderImport)
#include "tst_orderimport.moc"
