// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commandcontext.h"

#include "core/cli/clitr.h"
#include "core/cli/exitcode.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/migrations/migration.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kizuna::Cli {

QString programName()
{
    return QStringLiteral("kizuna-cli");
}

void writeErrorLine(QIODevice &device, const QString &message)
{
    QString line = programName() + QStringLiteral(": ") + message;
    line.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    line.replace(u'\n', u' ');
    line.replace(u'\r', u' ');
    device.write((line + u'\n').toUtf8());
}

CommandContext::CommandContext(CommandSpec spec, ParsedArguments arguments, Streams streams)
    : m_spec(std::move(spec)), m_arguments(std::move(arguments)), m_streams(streams)
{}

void CommandContext::print(const QString &text) const
{
    m_streams.out->write(text.toUtf8());
}

void CommandContext::printLine(const QString &text) const
{
    m_streams.out->write((text + u'\n').toUtf8());
}

void CommandContext::printJson(const QJsonObject &object) const
{
    m_streams.out->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void CommandContext::note(const QString &text) const
{
    m_streams.err->write((text + u'\n').toUtf8());
}

int CommandContext::usageError(const QString &message) const
{
    writeErrorLine(*m_streams.err, Tr::tr("%1 (see %2 help %3)").arg(message, programName(), m_spec.name));
    return ExitCode::Usage;
}

int CommandContext::fail(const Error &error) const
{
    writeErrorLine(*m_streams.err, Tr::tr("error: %1").arg(error.message));
    return exitCodeFor(error.kind);
}

std::optional<qint64> CommandContext::integerOption(const QString &name, qint64 fallback,
                                                    qint64 minimum, qint64 maximum) const
{
    if (!m_arguments.values.contains(name))
        return fallback;
    const QString text = option(name);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        usageError(Tr::tr("--%1 needs a whole number from %2 to %3, not \"%4\"")
                       .arg(name)
                       .arg(minimum)
                       .arg(maximum)
                       .arg(text));
        return std::nullopt;
    }
    return value;
}

Result<std::unique_ptr<Storage::Database>> CommandContext::openDatabase(DatabaseAccess access) const
{
    if (databasePath().isEmpty())
        return Error::badInput(Tr::tr("--db needs a file name"));
    Storage::OpenOptions options;
    options.create = access == DatabaseAccess::Create;
    options.readOnly = access == DatabaseAccess::Read || access == DatabaseAccess::Inspect;
    if (access == DatabaseAccess::Read) {
        // A database of an older schema is upgraded (after a backup copy) as the app would.
        auto inspection = Storage::DatabaseOpener::inspect(databasePath());
        if (inspection.ok() && inspection->kind == Storage::FileInspection::Kind::Kizuna
            && inspection->schemaVersion < Storage::latestSchemaVersion())
            options.readOnly = false;
    }
    return Storage::DatabaseOpener::open(databasePath(), options);
}

} // namespace Kizuna::Cli
