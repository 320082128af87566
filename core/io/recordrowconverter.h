// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/columnmapping.h"
#include "core/io/csvreader.h"
#include "core/io/recordimport.h"

#include <QList>
#include <QString>

namespace Kizuna::Io {

// Turns CSV records into RecordRows of one entity through a column mapping: picks each field's
// value (the first non-empty column; JoinedText fields join them), checks and normalises it by
// its ValueKind, and keeps the link texts. A record with a problem is reported — every
// problem, with the line, the column's header and the reason — and not converted. Required
// fields and links are the rules' part (RecordImportRules::complete).
class RecordRowConverter final
{
public:
    RecordRowConverter(const RecordImportRules &rules, ColumnMapping mapping);

    // True and `row` filled, or false and the problems appended to `rejected`.
    bool convert(const CsvRecord &record, RecordRow &row, QList<RejectedRow> &rejected) const;

private:
    struct Column
    {
        const ImportTarget *target = nullptr; // nullptr: ignored
        qsizetype field = -1;                 // the entity's field index; -1 for a link
    };
    struct Raw
    {
        QStringList text;        // by field index
        QList<qsizetype> column; // the column each value came from
    };

    void collect(const CsvRecord &record, Raw &raw, RecordRow &row) const;
    bool check(const Raw &raw, RecordRow &row, QList<RejectedRow> &rejected) const;
    QString header(qsizetype column) const;

    const RecordImportRules &m_rules;
    ColumnMapping m_mapping;
    QList<Column> m_columns;
    QList<const ImportTarget *> m_fieldTargets; // by field index
    qsizetype m_country = -1;
};

} // namespace Kizuna::Io
