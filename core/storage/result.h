// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Kizuna {

// What went wrong, in a category the callers map to exit codes and dialogs.
enum class ErrorKind {
    BadInput, // the user's input or file is wrong (CLI exit code 2)
    Storage,  // the database could not be read or written (CLI exit code 3)
    NotFound, // a record that was asked for does not exist (CLI exit code 2)
    Cancelled // the user stopped a long operation
};

struct Error
{
    ErrorKind kind = ErrorKind::Storage;
    QString message; // one line a user can act on; names file, line and field where known

    static Error badInput(QString message) { return {ErrorKind::BadInput, std::move(message)}; }
    static Error storage(QString message) { return {ErrorKind::Storage, std::move(message)}; }
    static Error notFound(QString message) { return {ErrorKind::NotFound, std::move(message)}; }
    static Error cancelled(QString message) { return {ErrorKind::Cancelled, std::move(message)}; }
};

// A value or an Error. Core functions return this instead of throwing, so no exception ever
// crosses a thread or signal boundary.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Kizuna

// Returns the error of an expression's Result from the calling function.
// (Variadic so that an expression with top-level commas — a lambda body — passes whole.)
#define KIZUNA_TRY(...)                                                                           \
    do {                                                                                           \
        if (auto kizunaTryResult_ = (__VA_ARGS__); !kizunaTryResult_.ok())                         \
            return kizunaTryResult_.error();                                                       \
    } while (false)
