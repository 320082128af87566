// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace Kizuna::Storage {

// Registers Kizuna's SQL functions on a connection; the search-index triggers call them, so
// every connection that writes records needs them (Database::open registers them):
//   kizuna_fold(text)        → Text::foldForSearch (width, case, kana folded; no spaces)
//   kizuna_phone_keys(text)  → the phone's digit keys joined by a space ('' when none)
//   kizuna_chars(text)       → the folded text with a space between characters (short-query index)
//   kizuna_name_key(family reading, given reading, family name, given name)
//                            → Text::nameSortKey (the lists' name order; kept in indexes)
//   kizuna_json_object(label, value, …)
//                            → json_object() without the NULL members (sqljsonobject.h)
// All are deterministic; the one-argument functions return NULL for NULL.
int registerSqlFunctions(sqlite3 *db);

} // namespace Kizuna::Storage
