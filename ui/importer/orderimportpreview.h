// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"
#include "ui/importer/importpreview.h"
#include "ui/importer/importstate.h"

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// The preview of an order file: the first rows checked by the order importer itself (nothing
// written), each as the customer key, the contact it goes to (an existing one's name, or a new
// contact), the day, the amount and the order number; a rejected row shows the file's text in
// the column with the problem, marked with the reason.
class OrderImportPreview final
{
public:
    // PreviewTable::fields: "customer", "contact", "order_date", "total" and, when mapped,
    // "order_number".
    static Result<PreviewTable> build(Storage::Database &db, const ImportState &state, int maxRows);
};

} // namespace Kizuna::Ui
