// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlfunctions.h"

#include "core/storage/sqljsonobject.h"

#include "core/text/namesortkey.h"
#include "core/text/phonedigits.h"
#include "core/text/textfold.h"

#include <QString>

#include <sqlite3.h>

namespace Kizuna::Storage {

namespace {

using Transform = QString (*)(const QString &);

QString fold(const QString &text)
{
    return Text::foldForSearch(text);
}

QString phoneKeys(const QString &text)
{
    return Text::phoneSearchKeys(text).join(u' ');
}

QString spacedChars(const QString &text)
{
    const QString folded = Text::foldForSearch(text);
    QString out;
    out.reserve(folded.size() * 2);
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (i > 0 && !folded.at(i).isLowSurrogate())
            out += u' ';
        out += folded.at(i);
    }
    return out;
}

template<Transform transform>
void textFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QString result = transform(QString::fromUtf8(text, sqlite3_value_bytes(argv[0])));
    const QByteArray utf8 = result.toUtf8();
    sqlite3_result_text64(context, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                          SQLITE_TRANSIENT, SQLITE_UTF8);
}

QString textArgument(sqlite3_value *value)
{
    if (sqlite3_value_type(value) == SQLITE_NULL)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return QString::fromUtf8(text, sqlite3_value_bytes(value));
}

// kizuna_name_key(family reading, given reading, family name, given name): NULL reads as ''.
void nameKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 4) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray utf8 = Text::nameSortKey(textArgument(argv[0]), textArgument(argv[1]),
                                              textArgument(argv[2]), textArgument(argv[3]))
                                .toUtf8();
    sqlite3_result_text64(context, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                          SQLITE_TRANSIENT, SQLITE_UTF8);
}

int add(sqlite3 *db, const char *name, void (*function)(sqlite3_context *, int, sqlite3_value **),
        int arguments = 1)
{
    return sqlite3_create_function_v2(db, name, arguments, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                      function, nullptr, nullptr, nullptr);
}

} // namespace

int registerSqlFunctions(sqlite3 *db)
{
    int rc = add(db, "kizuna_fold", &textFunction<&fold>);
    if (rc == SQLITE_OK)
        rc = add(db, "kizuna_phone_keys", &textFunction<&phoneKeys>);
    if (rc == SQLITE_OK)
        rc = add(db, "kizuna_chars", &textFunction<&spacedChars>);
    if (rc == SQLITE_OK)
        rc = add(db, "kizuna_name_key", &nameKeyFunction, 4);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "kizuna_json_object", -1, // reads the JSON subtype of its values
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_SUBTYPE, nullptr,
                                        &jsonObjectFunction, nullptr, nullptr, nullptr);
    return rc;
}

} // namespace Kizuna::Storage
