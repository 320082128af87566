// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces shared by the CSV imports of records other than contacts (companies, activities):
// options, summary, the columns an entity accepts and the rules an entity adds.
#pragma once

#include "core/io/columnmapping.h"
#include "core/io/contactimporter.h" // DuplicatePolicy, RejectedRow
#include "core/io/csvreader.h"
#include "core/io/importsummary.h"
#include "core/storage/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Kizuna::Model {
struct EntityDef;
}

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

// The same options as a contact import (see ContactImportOptions).
struct RecordImportOptions
{
    QStringList mapOverrides; // "Header=field"
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool dryRun = false;
    bool rememberMapping = true;
    CsvReadOptions csv{CsvSeparator::Auto, 1024 * 1024, TextEncoding::Auto};
};

struct RecordImportSummary : ImportSummary
{
    QString entity; // "company", "activity"
};

// How a column's text becomes a stored value.
enum class ValueKind {
    Text,       // trimmed; several columns: the first non-empty one
    Reading,    // a kana reading: NFKC (half-width katakana as full width)
    JoinedText, // several columns joined (addresses with a space, notes with a line break)
    Choice,     // a word of RecordImportRules::choiceKey or the stored key
    Integer,
    DateTime,   // parseImportDateTime, stored as UTC
    Duration,   // parseDurationMinutes
    Phone,      // must contain digits
    PostalCode, // 7 digits "123-4567" when the record's country is Japan (or empty)
    Domain,     // webDomain
    Link        // not a field: text the rules use to find a related record
};

// What a column may be mapped to, and the headers that suggest it (matched folded, see
// ContactColumns::foldHeader).
struct ImportTarget
{
    QString name; // the entity's field, or a link ("contact_email")
    ValueKind kind = ValueKind::Text;
    QStringList headers;
};

// One CSV row as stored values of the entity, and the link texts.
struct RecordRow
{
    struct Link
    {
        QString target; // ImportTarget::name
        QString value;  // trimmed, non-empty
        QString header; // the column it came from
    };

    qint64 line = 0;
    QList<QVariant> values; // by the entity's field index; invalid = not given
    QList<Link> links;

    const Link *link(QStringView target) const;
};

// What one kind of record adds to the generic import (RecordImportSession).
class RecordImportRules
{
public:
    virtual ~RecordImportRules() = default;

    virtual const Model::EntityDef &entity() const = 0;
    virtual const QList<ImportTarget> &targets() const = 0;
    // An error naming what to map when the mapping cannot make a record.
    virtual Status checkMapping(const ColumnMapping &mapping) const = 0;
    // The stored key of a choice word ("電話" → "call"); the text normalised otherwise.
    virtual QString choiceKey(const QString &field, const QString &text) const = 0;
    // Called inside the import's transaction before the first row, with the mapping in use.
    virtual Status begin(Storage::Database &db, const ColumnMapping &mapping) = 0;
    // After the values were checked: required fields, links to other records. False with the
    // problems appended to `rejected` rejects the row; an error stops the import.
    virtual Result<bool> complete(RecordRow &row, QList<RejectedRow> &rejected) = 0;
    // The fields duplicateKeys reads, and the keys under which two records with these stored
    // values (in that order) are the same. Empty keys are ignored.
    virtual QStringList keyFields() const = 0;
    virtual QStringList duplicateKeys(const QList<QVariant> &keyValues) const = 0;
    // Fields that say which record it is (a company's name and domain): a duplicate keeps the
    // value it has, an update or a later row of the file only fills them when empty.
    virtual bool keepsValue(const QString &field) const = 0;
};

} // namespace Kizuna::Io
