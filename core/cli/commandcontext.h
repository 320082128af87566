// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/argumentparser.h"
#include "core/cli/command.h"
#include "core/storage/result.h"

#include <QString>

#include <memory>
#include <optional>

class QIODevice;
class QJsonObject;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Cli {

// Where a run of kizuna-cli writes: normally stdout and stderr, buffers in tests.
struct Streams
{
    QIODevice *out = nullptr;
    QIODevice *err = nullptr;
    bool errIsTerminal = false; // progress then rewrites one line instead of printing many
};

// How a command opens the database given with --db.
enum class DatabaseAccess {
    Inspect, // must exist; opened read-only, never written (an older schema is refused)
    Read,    // must exist; opened read-only, except that an older schema is upgraded first
    Write,   // must exist; opened for writing (an older schema is upgraded)
    Create   // created when missing
};

// What a running command works with: its parsed arguments, the output streams and helpers
// that print results and errors in kizuna-cli's one format.
class CommandContext final
{
public:
    CommandContext(CommandSpec spec, ParsedArguments arguments, Streams streams);

    const CommandSpec &spec() const { return m_spec; }
    const ParsedArguments &arguments() const { return m_arguments; }
    const QStringList &positional() const { return m_arguments.positional; }
    QString option(const QString &name) const { return m_arguments.values.value(name); }
    bool has(const QString &name) const { return m_arguments.has(name); }
    bool json() const { return has(QStringLiteral("json")); }
    QString databasePath() const { return option(QStringLiteral("db")); }

    QIODevice &out() const { return *m_streams.out; }
    QIODevice &err() const { return *m_streams.err; }
    bool errIsTerminal() const { return m_streams.errIsTerminal; }

    // Text to stdout, UTF-8; printLine adds a newline.
    void print(const QString &text) const;
    void printLine(const QString &text) const;
    // A JSON document on one line of stdout.
    void printJson(const QJsonObject &object) const;
    // A note for the user on stderr (progress, warnings); never part of the result.
    void note(const QString &text) const;

    // "kizuna-cli: MESSAGE (see kizuna-cli help COMMAND)" on stderr; returns ExitCode::Usage.
    int usageError(const QString &message) const;
    // "kizuna-cli: error: MESSAGE" on stderr; returns the exit code for the error's kind.
    int fail(const Error &error) const;

    // The value of an integer option (fallback when absent); prints a usage error and returns
    // nothing when it is not a whole number in [minimum, maximum].
    std::optional<qint64> integerOption(const QString &name, qint64 fallback, qint64 minimum,
                                        qint64 maximum) const;

    // Opens --db through Storage::DatabaseOpener, which refuses files that are not Kizuna
    // databases and leaves them untouched.
    Result<std::unique_ptr<Storage::Database>> openDatabase(DatabaseAccess access) const;

private:
    CommandSpec m_spec;
    ParsedArguments m_arguments;
    Streams m_streams;
};

// Writes "kizuna-cli: " + message as one line (newlines inside become spaces).
void writeErrorLine(QIODevice &device, const QString &message);
QString programName();

} // namespace Kizuna::Cli
