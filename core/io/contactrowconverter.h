// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/columnmapping.h"
#include "core/io/csvreader.h"
#include "core/io/orderimporter.h" // RejectedRow

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Kizuna::Model {
struct EntityDef;
struct FieldDef;
} // namespace Kizuna::Model

namespace Kizuna::Io {

// One CSV row as contact values, checked and in stored form.
struct ContactRow
{
    qint64 line = 0;
    QList<QVariant> values; // by ContactRowConverter::fields() index; invalid = NULL (not given)
    QString companyName;    // from a "company" column, trimmed
    QString emailKey;       // duplicate keys (emailKey / phoneKey of importvalues.h), may be empty
    QString phoneKey;
    QString mobileKey;

    bool has(qsizetype field) const { return values.at(field).isValid(); }
};

// Turns CSV records into ContactRows through a column mapping: picks the value of each field
// (first non-empty column; address_line and notes joined), splits full names and readings,
// checks and normalises every value. A record with a problem is reported — every problem, each
// with the line, the column's header and the reason — and not converted.
class ContactRowConverter final
{
public:
    explicit ContactRowConverter(ColumnMapping mapping);

    // The contact fields a row carries, in a fixed order (the catalogue's, without owner_id).
    static const QStringList &fields();
    static qsizetype fieldIndex(QStringView name);

    // True and `row` filled, or false and the problems appended to `rejected`.
    bool convert(const CsvRecord &record, ContactRow &row, QList<RejectedRow> &rejected) const;

private:
    struct Raw;
    void collect(const CsvRecord &record, Raw &raw) const;
    bool check(const Raw &raw, ContactRow &row, QList<RejectedRow> &rejected) const;
    QString headerOf(qsizetype column) const;

    ColumnMapping m_mapping;
    QList<qsizetype> m_targetIndex; // per column: index into fields(), or a pseudo-field code
};

} // namespace Kizuna::Io
