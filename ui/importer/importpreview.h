// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/columnmapping.h"
#include "core/io/csvreader.h"
#include "core/io/textencoding.h"
#include "core/storage/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kizuna::Ui {

// One cell of the preview: the value as it would be stored, or the file's text and what is
// wrong with it.
struct PreviewCell
{
    QString text;
    QString problem; // empty: the value is fine
};

struct PreviewRow
{
    qint64 line = 0;
    QList<PreviewCell> cells; // one per PreviewTable::fields
};

// The first rows of a CSV file with a column mapping applied, as the import would convert them.
struct PreviewTable
{
    QStringList fields; // "name" (the display name), then the contact fields the mapping fills
    QList<PreviewRow> rows;
};

class ImportPreview final
{
public:
    // The contact fields a mapping fills, in the mapping's order (a full name fills the family
    // and given name; a company column "company").
    static QStringList fieldsOf(const Io::ColumnMapping &mapping);

    // Reads the first `maxRows` data rows of the file and converts them like the import does.
    static Result<PreviewTable> build(const QString &path, Io::TextEncoding encoding,
                                      const Io::ColumnMapping &mapping, int maxRows,
                                      Io::CsvSeparator separator = Io::CsvSeparator::Auto);
};

} // namespace Kizuna::Ui
