// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QList>
#include <QStringList>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

// A list as the user sees it on a screen (its filter, order and visible columns), read page by
// page for exportList(): the texts of each row in the column order of headers(). A source is
// made on the UI thread and then used only by the thread that exports, on that thread's own
// connection.
class ListSource
{
public:
    virtual ~ListSource() = default;

    // The column headings, as the screen shows them.
    virtual QStringList headers() const = 0;
    // How many rows the export will have (for the progress), or -1 if that is not known.
    virtual Result<qint64> count(Storage::Database &db) = 0;
    // Up to `limit` rows after those of the previous call (one text per heading); fewer than
    // `limit` rows: the list is complete.
    virtual Result<QList<QStringList>> nextPage(Storage::Database &db, int limit) = 0;
};

} // namespace Kizuna::Io
