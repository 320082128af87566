// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/columnmapping.h"
#include "core/io/csvreader.h"
#include "core/io/textencoding.h"
#include "core/storage/result.h"
#include "ui/importer/importpreview.h"

namespace Kizuna::Ui {

// The preview of a company or activity file (Io::RecordImporter): the first rows with the
// mapping applied, each value as it would be stored; a rejected row shows the file's text of
// the columns with a problem, in red with the reasons. Links to other records (an activity's
// contact) are looked up only by the import itself.
class RecordImportPreview final
{
public:
    // PreviewTable::fields are the targets the mapping fills, in the mapping's order.
    static Result<PreviewTable> build(const QString &path, Io::TextEncoding encoding, const QString &entity,
                                      const Io::ColumnMapping &mapping, int maxRows,
                                      Io::CsvSeparator separator = Io::CsvSeparator::Auto);
};

} // namespace Kizuna::Ui
