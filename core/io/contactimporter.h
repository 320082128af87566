// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/columnmapping.h"
#include "core/io/csvreader.h"
#include "core/io/importsummary.h"
#include "core/io/orderimporter.h" // RejectedRow
#include "core/model/changecontext.h"
#include "core/storage/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

// What to do with a row that is the same person as an existing contact or an earlier row of
// the file (same email, or same phone/mobile number, after normalisation).
enum class DuplicatePolicy {
    Skip,   // keep what is there, count the row as a skipped duplicate
    Update, // fill the existing contact (or the earlier row) with the row's non-empty values
    Create  // no duplicate check: every row is a new contact
};

struct ContactImportOptions
{
    // "Header=field" overrides of the suggested (or remembered) mapping; see ColumnMapping.
    QStringList mapOverrides;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    // Validate and count everything, then roll back: the database is left as it was.
    bool dryRun = false;
    // Use the mapping remembered for this file layout, and remember the one used.
    bool rememberMapping = true;
    CsvReadOptions csv{CsvSeparator::Auto, 1024 * 1024, TextEncoding::Auto};
    // From this many new contacts — and at least as many as the database held before — the
    // contacts' indexes are dropped for the insert and built again after it, in the import's
    // transaction (Storage::IndexRebuild): building an index reads the table once and sorts,
    // while an index that stays takes every new contact at a random place of its b-tree (the
    // insert and the indexes of 200,000 new contacts: 24 s instead of 35 s). Below the
    // threshold, or into a larger database, the indexes stay (rebuilding them would cost more
    // than the new entries). 0: never.
    qint64 rebuildIndexesFrom = 10000;
};

struct ContactImportSummary : ImportSummary
{
    qint64 companiesCreated = 0;
};

// Imports contacts from a CSV file (any size: streamed row by row) into a Kizuna database, in ONE
// transaction: an error, a cancel or a crash (the rollback journal) leaves the database exactly
// as it was. Rows with a bad value are rejected and reported with line, column and reason; the
// other rows are imported, and when every row is rejected nothing is written.
//
// Values are checked and normalised: emails (NFKC, plausible syntax), phones (must contain
// digits), Japanese postal codes (7 digits, stored "123-4567"; other countries as given),
// dates in the common Japanese and Western forms and 和暦, choices (kind, lifecycle_stage,
// source: the stored key or its words, "Qualified Lead" → qualified_lead), full names and
// readings split into family and given name. A contact without a mapped source gets "import".
//
// Writing: new contacts and new companies are staged in temporary tables while the file is read
// and inserted at the end with one INSERT … SELECT each, so the search-index triggers run in one
// statement (FTS5 flushes per statement; its term buffer is enlarged meanwhile, see
// Storage::Fts5BulkWrite), and their change-log rows — one per contact, as Model::RecordStore
// writes them — with another, in id order without a sort. A large import (rebuildIndexesFrom)
// drops the contacts' indexes for the insert and builds them again after it. A cancel is also
// honoured between these steps (everything is rolled back). Updates of existing contacts go through
// RecordStore (rare next to new rows). Duplicate keys are 64-bit hashes of the normalised email
// and phone numbers in memory (about 30 bytes per key), confirmed against the stored values on
// a hit.
class ContactImporter final
{
public:
    using Progress = std::function<void(qint64 bytesRead)>;

    ContactImporter(Storage::Database &db, Model::ChangeContext context);
    ~ContactImporter();

    Result<ContactImportSummary> importCsv(QIODevice &device, const ContactImportOptions &options,
                                           const Progress &progress = {},
                                           const std::atomic<bool> *cancel = nullptr);

    // Called once before the staged rows are written (the slow last step), with their number.
    void setWritingCallback(std::function<void(qint64 contacts)> callback) { m_writing = std::move(callback); }

    // Writes the rejected rows as CSV (line, column, reason) — UTF-8 with a BOM, so Excel opens
    // it right.
    static Status writeRejectReport(QIODevice &device, const QList<RejectedRow> &rejected);

private:
    Storage::Database &m_db;
    Model::ChangeContext m_context;
    std::function<void(qint64)> m_writing;
};

} // namespace Kizuna::Io
