// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqljsonobject.h"

#include <QByteArray>

#include <sqlite3.h>

namespace Kizuna::Storage {

namespace {

// The subtype SQLite's JSON functions give their results.
constexpr unsigned int JsonSubtype = 'J';

// A JSON string as SQLite writes one: '"' and '\' escaped, control characters as \b \t \n \f \r
// or \u00XX, every other byte (UTF-8 included) as it is.
void appendString(QByteArray &out, const char *text, int bytes)
{
    static constexpr char Short[32] = {0, 0, 0, 0, 0, 0, 0, 0, 'b', 't', 'n', 0, 'f', 'r', 0, 0,
                                       0, 0, 0, 0, 0, 0, 0, 0, 0,   0,   0,   0, 0,   0,   0, 0};
    out += '"';
    int plain = 0; // start of the run of bytes that need no escape
    for (int i = 0; i < bytes; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c != '"' && c != '\\' && c > 0x1f)
            continue;
        out.append(text + plain, i - plain);
        plain = i + 1;
        out += '\\';
        if (c == '"' || c == '\\') {
            out += char(c);
        } else if (Short[c] != 0) {
            out += Short[c];
        } else {
            out += "u00";
            out += char('0' + (c >> 4));
            out += "0123456789abcdef"[c & 0xf];
        }
    }
    out.append(text + plain, bytes - plain);
    out += '"';
}

// Appends a member's value; false (with the error set) for a BLOB.
bool appendValue(sqlite3_context *context, QByteArray &out, sqlite3_value *value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        out += QByteArray::number(qint64(sqlite3_value_int64(value)));
        return true;
    case SQLITE_FLOAT: {
        char number[100];
        sqlite3_snprintf(sizeof number, number, "%!0.15g", sqlite3_value_double(value));
        out += number;
        return true;
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
        const int bytes = sqlite3_value_bytes(value);
        if (sqlite3_value_subtype(value) == JsonSubtype)
            out.append(text, bytes);
        else
            appendString(out, text, bytes);
        return true;
    }
    default:
        sqlite3_result_error(context, "JSON cannot hold BLOB values", -1);
        return false;
    }
}

} // namespace

void jsonObjectFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc % 2 != 0) {
        sqlite3_result_error(context, "kizuna_json_object() requires an even number of arguments", -1);
        return;
    }
    QByteArray out;
    out.reserve(256);
    out += '{';
    for (int i = 0; i < argc; i += 2) {
        if (sqlite3_value_type(argv[i]) != SQLITE_TEXT) {
            sqlite3_result_error(context, "kizuna_json_object() labels must be TEXT", -1);
            return;
        }
        if (sqlite3_value_type(argv[i + 1]) == SQLITE_NULL)
            continue;
        if (out.size() > 1)
            out += ',';
        appendString(out, reinterpret_cast<const char *>(sqlite3_value_text(argv[i])), sqlite3_value_bytes(argv[i]));
        out += ':';
        if (!appendValue(context, out, argv[i + 1]))
            return;
    }
    out += '}';
    sqlite3_result_text64(context, out.constData(), static_cast<sqlite3_uint64>(out.size()), SQLITE_TRANSIENT,
                          SQLITE_UTF8);
}

} // namespace Kizuna::Storage
