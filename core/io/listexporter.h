// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/textencoding.h"
#include "core/storage/result.h"

#include <QString>

#include <functional>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

class ListSource;

struct ListExportOptions
{
    TextEncoding encoding = TextEncoding::Utf8; // or ShiftJis (CP932, for Japanese Excel)
    bool byteOrderMark = false;                 // UTF-8 only: what Excel needs to see UTF-8
    // A text a spreadsheet would open as a formula (=…, +…, @…) gets a leading single quote;
    // the CSV import takes it off again (see formulaprotection.h).
    bool formulaProtection = true;
    int pageSize = 1000;                        // rows read (and held) at a time
    // Called after every page with the rows written so far and the rows in all (-1: unknown);
    // return false to cancel.
    std::function<bool(qint64 written, qint64 total)> progress;
};

// Writes a list (a screen's rows as shown) to `path` as CSV (RFC 4180, CRLF): a header row with
// the source's headings, then its rows page by page, so memory stays bounded whatever the size.
// Empty texts are written as empty fields. The file is written under a temporary name beside
// `path` and renamed to it only when complete: a cancelled or failed export leaves no partial
// file, and a file already at `path` stays as it was.
//
// Shift_JIS: a character that CP932 does not have (ü, 𠮷, emoji …) stops the export with an
// error naming the row, the record (its first column) and the column, so the user can fix the
// record or choose UTF-8; nothing is replaced silently.
//
// Returns the number of data rows written.
Result<qint64> exportList(Storage::Database &db, ListSource &source, const QString &path,
                          const ListExportOptions &options = {});

} // namespace Kizuna::Io
