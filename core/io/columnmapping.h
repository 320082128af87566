// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QString>
#include <QStringList>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

// Which contact field each column of a CSV file fills. Targets are the contact fields of the
// entity catalogue (family_name, email, postal_code, …; not the id references) and three that
// the importer derives fields from:
//   full_name          split into family_name and given_name (see splitPersonName)
//   full_name_reading  split into family_name_reading and given_name_reading
//   company            a company name: the contact's company_id, the company created if new
// An empty target ignores the column. Several columns may fill one field: the first non-empty
// value (in column order) wins, except address_line and notes, which join the values.
struct ColumnMapping
{
    QStringList headers; // as in the file (trimmed)
    QStringList fields;  // one per header: the target, or empty

    // Columns that fill something.
    qsizetype mappedCount() const;
    // "氏名 → full_name, メール → email, 備考 → (ignored)"
    QString describe() const;
};

namespace ContactColumns {

// Everything a column may be mapped to, in the order of the catalogue.
QStringList targets();
bool isTarget(const QString &field);

// A header folded for matching: NFKC, case folded, katakana as hiragana, without spaces and
// punctuation ("E-mail 1 - Value" → "email1value", "氏名（フリガナ）" → "氏名ふりがな").
QString foldHeader(QStringView header);

// The suggested target for one header (Japanese, Google Contacts old and 2023+ layouts, Outlook,
// plain English, and the target names themselves); empty when none fits.
QString suggestField(QStringView header);

// Suggestions for a header row. When several columns suggest the same field and one of them
// says it plainly while another only may mean it (Outlook's "Title" is the salutation beside
// "Job Title"), the vaguer one is left unmapped.
ColumnMapping suggest(const QStringList &headers);

// Applies "Header=field" overrides (a header by its name, exact or folded, or its 1-based
// column number; an empty field, "-" or "ignore" ignores the column). The error names the
// override and lists the headers or targets.
Status applyOverrides(ColumnMapping &mapping, const QStringList &overrides);

// The key of a file layout: a hash of the folded header row, so the same export from the same
// program maps the same way next time.
QString layoutKey(const QStringList &headers);

// The mapping remembered for this layout in the settings table; an empty mapping when none.
Result<ColumnMapping> remembered(Storage::Database &db, const QStringList &headers);
// Remembers the mapping for its layout (call inside the import's transaction).
Status remember(Storage::Database &db, const ColumnMapping &mapping);

} // namespace ContactColumns

} // namespace Kizuna::Io
