// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <functional>

class QIODevice;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

enum class VCardVersion { V30, V40 };

// Writes every contact that is not in the Trash as a vCard (UTF-8, CRLF, lines folded at 75
// octets), in id order, streamed: N, FN, the readings as X-PHONETIC-LAST-NAME /
// X-PHONETIC-FIRST-NAME and SORT-STRING (3.0) or N;SORT-AS (4.0), ORG (company; department),
// TITLE, EMAIL, TEL (the mobile with TYPE=CELL), ADR (Japanese order: region = prefecture,
// locality = city), BDAY, NOTE, the contact points (further EMAIL, TEL, ADR, URL with their
// labels as TYPE) and the tags as CATEGORIES. Returns the number of cards.
class VCardExporter final
{
public:
    using Progress = std::function<void(qint64 cards)>;

    static Result<qint64> write(Storage::Database &db, QIODevice &device, VCardVersion version,
                                const Progress &progress = {});
};

} // namespace Kizuna::Io
