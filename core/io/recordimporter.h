// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/recordimport.h"
#include "core/model/changecontext.h"
#include "core/storage/result.h"

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

// Imports records of one entity other than contacts — companies (CompanyImportRules) or
// activities (ActivityImportRules) — from a CSV file of any size (streamed row by row), in ONE
// transaction: an error, a cancel or a crash (the rollback journal) leaves the database exactly
// as it was. The columns are mapped from their headers (or remembered for the file's layout,
// per entity), values are checked and normalised by kind, rows with a problem are rejected
// with line, column and reason, the others are imported; when every row is rejected nothing is
// written. Duplicates — rows with a duplicate key of the rules, against existing records and
// earlier rows — are skipped, fill the record they duplicate (update) or are imported anyway
// (create). New records are staged in a temporary table and written at the end with one
// INSERT … SELECT and their change-log rows with another, as a contact import does.
class RecordImporter final
{
public:
    using Progress = std::function<void(qint64 bytesRead)>;

    RecordImporter(Storage::Database &db, Model::ChangeContext context, std::unique_ptr<RecordImportRules> rules);
    ~RecordImporter();

    // The rules of an entity by its name, singular or plural ("company", "activities"); nullptr
    // for an entity without a CSV import here.
    static std::unique_ptr<RecordImportRules> rulesFor(QStringView entity);

    const RecordImportRules &rules() const { return *m_rules; }

    Result<RecordImportSummary> importCsv(QIODevice &device, const RecordImportOptions &options,
                                          const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

private:
    Storage::Database &m_db;
    Model::ChangeContext m_context;
    std::unique_ptr<RecordImportRules> m_rules;
};

} // namespace Kizuna::Io
