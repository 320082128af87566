// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli export vcard: every contact as a vCard 3.0 or 4.0 file.
#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/cli/commands/builtincommands.h"
#include "core/cli/exitcode.h"
#include "core/io/vcardexporter.h"
#include "core/storage/database.h"

#include <QJsonObject>
#include <QSaveFile>

namespace Kizuna::Cli {

namespace {

class VCardExportCommand final : public Command
{
public:
    CommandSpec spec() const override
    {
        return {QStringLiteral("export vcard"),
                Tr::tr("Write every contact to a vCard file"),
                Tr::tr("Writes the contacts that are not in the Trash as vCard 3.0 (default) or 4.0, UTF-8: "
                       "names with readings (X-PHONETIC-*, and SORT-STRING or N;SORT-AS), organisation, title, "
                       "emails, phones, addresses, birthday, note, tags as CATEGORIES and the further contact "
                       "points. The file is written only when the export is complete."),
                {Options::database(),
                 {QStringLiteral("file"), QStringLiteral("VCF"), Tr::tr("the file to write"), true},
                 {QStringLiteral("version"), QStringLiteral("V"), Tr::tr("3.0 (default) or 4.0")},
                 Options::json()},
                {},
                0,
                0};
    }

    int run(CommandContext &context) override
    {
        Io::VCardVersion version = Io::VCardVersion::V30;
        if (context.has(QStringLiteral("version"))) {
            const QString text = context.option(QStringLiteral("version"));
            if (text == u"4.0" || text == u"4")
                version = Io::VCardVersion::V40;
            else if (text != u"3.0" && text != u"3")
                return context.usageError(Tr::tr("--version needs 3.0 or 4.0, not \"%1\"").arg(text));
        }
        const QString path = context.option(QStringLiteral("file"));
        if (path.isEmpty())
            return context.usageError(Tr::tr("--file needs a file name"));
        auto db = context.openDatabase(DatabaseAccess::Read);
        if (!db.ok())
            return context.fail(db.error());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(Error::storage(Tr::tr("%1: cannot write: %2").arg(path, file.errorString())));
        auto cards = Io::VCardExporter::write(**db, file, version);
        if (!cards.ok())
            return context.fail(cards.error());
        if (!file.commit())
            return context.fail(Error::storage(Tr::tr("%1: cannot write: %2").arg(path, file.errorString())));
        if (context.json())
            context.printJson({{QStringLiteral("file"), path},
                               {QStringLiteral("cards"), *cards},
                               {QStringLiteral("version"), version == Io::VCardVersion::V40 ? QStringLiteral("4.0")
                                                                                             : QStringLiteral("3.0")}});
        else
            context.printLine(Tr::tr("%1: %2 contacts written").arg(path).arg(*cards));
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeVCardExportCommand()
{
    return std::make_unique<VCardExportCommand>();
}

} // namespace Kizuna::Cli
