// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/csvreader.h"
#include "core/model/changecontext.h"
#include "core/storage/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

struct OrderImportOptions
{
    // Columns by header name, or by 1-based number (the only way without a header).
    QString customerColumn;
    QString dateColumn;
    QString amountColumn;
    QString idColumn; // optional: the order's number in the source system
    // QDate/QDateTime format of the dates ("yyyyMMdd"); empty: yyyy-MM-dd or yyyy-MM-dd HH:mm:ss.
    QString dateFormat;
    bool hasHeader = true;
    CsvReadOptions csv;
};

// A row that was not imported, and why.
struct RejectedRow
{
    qint64 line = 0;  // physical line where the row starts
    QString field;    // the column's header name, or "column N"
    QString message;  // what is wrong with the value

    // "line 12: field "revenue": not an amount: "abc""
    QString text() const;
};

struct OrderImportSummary
{
    qint64 rows = 0;           // data rows read
    qint64 orders = 0;         // orders written
    qint64 customers = 0;      // distinct customers of the orders written
    qint64 newContacts = 0;    // contacts created for customer keys not seen before
    qint64 alreadyPresent = 0; // rows whose order id was imported before (with an id column)
    QList<RejectedRow> rejected;
    bool written = false;      // false when nothing was committed (every row rejected)
};

// One data row as importCsv would take it, for a preview: its values, or the problem that
// rejects it (the fields as they are in the file either way).
struct OrderPreviewRow
{
    qint64 line = 0;
    QStringList fields; // the record's fields as read
    QString customer;   // the customer key
    QDate day;
    double amount = 0;
    QString orderNumber;
    QList<RejectedRow> problems; // empty: the row would be imported
};

// Imports a purchase history — one order per row with a customer key, a day and an amount —
// from CSV, in one transaction: on any error the database is unchanged. Rows with a bad value
// are skipped and reported with their line; when every row is bad nothing is written.
//
// Customer keys map to contacts without a lookup table: a contact's id is derived from the key
// (customerContactId, a name-based UUID), so importing the same customers again finds the same
// contacts. A new contact is a customer (kind and lifecycle stage) with source "import", named
// after its key until someone edits it. With an id column, an order's id is derived from its
// number the same way and an order imported before is skipped, so a file can be re-imported;
// without one, every row is a new order. Orders are dated at the local start of their day with
// the amount as total. Every inserted record lands in the change log like an edit in the app.
class OrderImporter final
{
public:
    using Progress = std::function<void(qint64 bytesRead)>;

    OrderImporter(Storage::Database &db, Model::ChangeContext context);

    Result<OrderImportSummary> importCsv(QIODevice &device, const OrderImportOptions &options,
                                         const Progress &progress = {},
                                         const std::atomic<bool> *cancel = nullptr);

    // The contact id for a customer key: a version-5 UUID (SHA-1) of "customer:" + key in
    // Kizuna's import namespace, as lower-case text like Model::newId().
    static QString customerContactId(const QString &key);
    // The order id for an order number from the source system ("order:" + number).
    static QString orderId(const QString &orderNumber);

    // The first `maxRows` data rows checked as importCsv checks them, writing nothing: for the
    // import wizard's preview. Errors as importCsv's (an unknown column, an unreadable file).
    Result<QList<OrderPreviewRow>> previewCsv(QIODevice &device, const OrderImportOptions &options, int maxRows);

private:
    struct Columns;
    struct Row;
    // Reads the header line when the options say there is one and finds the mapped columns.
    Result<Columns> readColumns(CsvReader &reader, const OrderImportOptions &options) const;
    bool parseRow(const CsvRecord &record, const Columns &columns, const OrderImportOptions &options,
                  Row &row, QList<RejectedRow> &rejected);
    Status beginStaging();
    Result<QString> contactFor(const QString &key, OrderImportSummary &summary);
    Result<bool> insertOrder(const Row &row, const QString &contactId);
    Status runStaged(const char *sql);
    Status runStaged(const QString &sql);
    Status finishStaging();
    Status writeStaged();

    Storage::Database &m_db;
    Model::ChangeContext m_context;
    QString m_now;
    QHash<QString, QString> m_contactIds; // customer key → contact id, for keys seen in this import
    QHash<QDate, QString> m_dayStamps;    // day → stored timestamp of its local start
    QHash<QString, QDate> m_days;         // date text → day (invalid: not a date), for this import
};

} // namespace Kizuna::Io
