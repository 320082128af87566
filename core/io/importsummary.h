// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/columnmapping.h"
#include "core/io/orderimporter.h" // RejectedRow
#include "core/io/textencoding.h"

#include <QList>

namespace Kizuna::Io {

// What every CSV import of records reports (contacts, companies, activities): the counts, the
// rejected rows and how the file was read. The importers' summaries add their own counts.
struct ImportSummary
{
    qint64 rows = 0;              // data rows read
    qint64 imported = 0;          // new records
    qint64 updated = 0;           // existing records changed (policy update)
    qint64 mergedInFile = 0;      // rows merged into an earlier row of the file (policy update)
    qint64 skippedDuplicates = 0; // rows skipped as duplicates (policy skip; or update with nothing new)
    qint64 rejectedRows = 0;      // rows not imported because of a bad value (or a missing link)
    QList<RejectedRow> rejected;  // every problem of those rows (a row may have several)
    ColumnMapping mapping;        // the mapping used
    TextEncoding encoding = TextEncoding::Utf8; // the file's encoding (detected or given)
    bool mappingWasRemembered = false;
    bool written = false;         // committed (false for a dry run, or when every row was rejected)
};

} // namespace Kizuna::Io
