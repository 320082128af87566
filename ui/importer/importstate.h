// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/columnmapping.h"
#include "core/io/contactimporter.h"
#include "core/io/csvreader.h"
#include "core/io/textencoding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kizuna::Ui {

// What the pages of the import wizard share: the file, how it is read, the mapping the user
// chose, the duplicate policy and, once the import ran, its outcome.
struct ImportState
{
    QString filePath;
    QString entity = QStringLiteral("contact"); // what a CSV file holds: "contact", "company", "activity", "order"
    bool vcard = false;                         // a vCard file: contacts
    Io::TextEncoding encoding = Io::TextEncoding::Utf8;
    Io::CsvSeparator separator = Io::CsvSeparator::Auto; // CSV: the delimiter chosen or found (Auto: per line 1)
    bool hasHeader = true;            // CSV: the first line names the columns (orders may have none)
    QString dateFormat;               // orders: the dates' format (empty: yyyy-MM-dd, with or without HH:mm:ss)
    QStringList headers;              // CSV: the header row
    QList<QStringList> sampleRows;    // CSV: the first data rows (for the mapping page)
    Io::ColumnMapping mapping;        // CSV: the mapping chosen on the mapping page
    Io::DuplicatePolicy policy = Io::DuplicatePolicy::Skip;

    // Filled by the import.
    Io::ImportSummary summary;
    bool finished = false;
    int duplicatePairs = 0;           // candidate pairs involving an imported contact
    qint64 orderCustomers = 0;        // orders: distinct customers of the orders written
    qint64 newContacts = 0;           // orders: contacts created for customers not seen before
};

} // namespace Kizuna::Ui
