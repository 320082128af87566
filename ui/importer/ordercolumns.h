// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/columnmapping.h"
#include "core/io/importsummary.h"
#include "core/io/orderimporter.h"
#include "core/io/recordcolumns.h"
#include "core/storage/result.h"
#include "ui/importer/importstate.h"

#include <QStringList>

namespace Kizuna::Ui {

// The columns of an order file in the wizard: what `kizuna-cli import orders` takes — the
// customer key, the order date and the amount, and optionally the order number — suggested
// from the headers (English, the CDNOW and shop exports, Japanese) and remembered per file
// layout under "import_mapping/order/…"; and the options the importer gets from the wizard.
class OrderColumns final
{
public:
    static Io::RecordColumns columns();
    static QStringList targets();
    // The suggestions for a header row; a target suggested by several columns goes to the
    // first of them (customer_id before email in the shop's export).
    static Io::ColumnMapping suggest(const QStringList &headers);
    // Empty when the mapping can make orders; otherwise what to map, for the user.
    static QString problemOf(const Io::ColumnMapping &mapping);

    // The date formats offered (empty first: yyyy-MM-dd, with or without HH:mm:ss).
    static QStringList dateFormats();
    // The offered format most samples parse with (the first of equals); empty when none parses any.
    static QString suggestDateFormat(const QStringList &samples);

    // The importer's options for the wizard's choices: the columns by number, exactly as mapped.
    static Io::OrderImportOptions optionsFor(const ImportState &state);
    // The summary in the words every import's report uses.
    static Io::ImportSummary commonSummary(const Io::OrderImportSummary &summary, const ImportState &state);
};

} // namespace Kizuna::Ui
