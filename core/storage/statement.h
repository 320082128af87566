// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <string_view>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace Kizuna::Storage {

// One prepared SQL statement. Non-copyable, movable; finalized on destruction.
// Parameters are 1-based as in SQLite, columns 0-based.
class Statement final
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, double value);
    void bind(int index, bool value) { bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    void bind(int index, const QString &value); // a null QString binds NULL
    void bind(int index, const char *utf8) = delete; // say QStringLiteral or bindText
    void bindText(int index, const QByteArray &utf8);
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);
    // QVariant mapping: invalid/null → NULL, integers → INTEGER, doubles → REAL,
    // QByteArray → BLOB, everything else → TEXT.
    void bindVariant(int index, const QVariant &value);
    int parameterIndex(const char *name) const;

    // Runs the statement one step: true when a row is available, false when done.
    Result<bool> step();
    // Runs a statement that returns no rows to completion, then resets it.
    Status run();
    // Steps through every row, calling `onRow()` with the statement on that row, then resets it.
    // `onRow` returns void, or a Status whose error stops the loop and is returned (cancel, a
    // failed write …).
    template<typename OnRow>
    Status forEachRow(OnRow &&onRow);
    void reset();        // ready to run again with the same bindings
    void clearBindings();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t columnInt64(int column) const;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    double columnDouble(int column) const;
    QString columnText(int column) const; // NULL → null QString
    // The column's UTF-8 bytes without a copy, valid until the next step or reset (NULL → empty):
    // for loops over many rows that only compare or parse the text.
    std::string_view columnUtf8(int column) const;
    QByteArray columnBlob(int column) const;
    QVariant columnVariant(int column) const; // typed by the value's storage class
    QString columnName(int column) const;

    QString sql() const;

private:
    Error lastError(int rc) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

template<typename OnRow>
Status Statement::forEachRow(OnRow &&onRow)
{
    for (;;) {
        auto row = step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        if constexpr (std::is_void_v<std::invoke_result_t<OnRow &>>) {
            onRow();
        } else if (Status status = onRow(); !status.ok()) {
            reset();
            return status;
        }
    }
    reset();
    return {};
}

} // namespace Kizuna::Storage
