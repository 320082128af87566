// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/textencoding.h"
#include "core/storage/result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QIODevice;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

struct TableExportOptions
{
    bool byteOrderMark = false;
    TextEncoding encoding = TextEncoding::Utf8; // or ShiftJis (see CsvOptions)
    bool formulaProtection = true;              // see CsvOptions and formulaprotection.h
    // Called every few thousand rows with the rows written so far; return false to cancel.
    std::function<bool(qint64 rows)> progress;
};

// Streams whole tables of a Kizuna database to CSV: a header row with the column names, then
// every row in a stable order (ORDER BY id; change_log by seq), one prepared statement and a
// bounded buffer whatever the table's size. Values are written as stored: NULL → empty field,
// integers in decimal, reals in the shortest form that reads back to the same double (so the
// same data always gives the same bytes), text as UTF-8, blobs in lower-case hex.
class TableExporter final
{
public:
    // Tables that can be exported: every table of the entity catalogue, then change_log.
    static QStringList tableNames();
    // The table for a table or entity name ("contacts" or "contact", "change_log"); an error
    // naming the unknown name and listing the valid ones otherwise.
    static Result<QString> resolve(const QString &name);
    // A stored value as export text (null QString for NULL).
    static QString valueText(const QVariant &stored);

    explicit TableExporter(Storage::Database &db) : m_db(db) {}

    // Writes `table` (a name from tableNames()) to the device; returns the number of data rows.
    Result<qint64> exportTable(const QString &table, QIODevice &device,
                               const TableExportOptions &options = {});

private:
    Storage::Database &m_db;
};

} // namespace Kizuna::Io
