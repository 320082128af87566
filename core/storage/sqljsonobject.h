// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3_context;
struct sqlite3_value;

namespace Kizuna::Storage {

// The SQL function kizuna_json_object(label, value, …) (registered by registerSqlFunctions): the
// JSON object json_object() makes of the same arguments, without the members whose value is
// NULL — the text of json_patch('{}', json_object(…)) in one pass instead of three (building,
// parsing and writing again), which made up most of the time of a bulk change-log insert.
// Strings are escaped and numbers written as SQLite's JSON functions do; a value that is JSON
// from another JSON function is taken as it is (as json_object does); a BLOB or a label that is
// not text is an error, as in json_object.
void jsonObjectFunction(sqlite3_context *context, int argc, sqlite3_value **argv);

} // namespace Kizuna::Storage
