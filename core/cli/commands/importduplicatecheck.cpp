// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commands/importduplicatecheck.h"

#include "core/cli/clitr.h"
#include "core/cli/commandcontext.h"
#include "core/dedupe/duplicatefinder.h"

namespace Kizuna::Cli {

namespace {

const QString &optionName()
{
    static const QString name = QStringLiteral("no-duplicate-check");
    return name;
}

} // namespace

ImportDuplicateCheck::ImportDuplicateCheck(const CommandContext &context)
    : m_context(context), m_enabled(!context.has(optionName()))
{}

OptionSpec ImportDuplicateCheck::option()
{
    return {optionName(), {},
            Tr::tr("do not look for possible duplicates of the new contacts after the import")};
}

Status ImportDuplicateCheck::start(Storage::Database &db)
{
    if (!m_enabled)
        return {};
    auto newest = Dedupe::DuplicateFinder::newestContactRowid(db);
    if (!newest.ok())
        return newest.error();
    m_newestBefore = *newest;
    return {};
}

void ImportDuplicateCheck::finish(Storage::Database &db, bool written, qint64 imported)
{
    if (!m_enabled || !written || imported <= 0)
        return;
    auto pairs = Dedupe::DuplicateFinder::countPairsInvolvingRowidAbove(db, m_newestBefore);
    if (!pairs.ok()) {
        m_context.note(Tr::tr("the import is complete, but the duplicate check failed: %1")
                           .arg(pairs.error().message));
        return;
    }
    m_pairs = *pairs;
}

void ImportDuplicateCheck::addTo(QJsonObject &json) const
{
    json.insert(QStringLiteral("possible_duplicates"), m_pairs < 0 ? QJsonValue() : QJsonValue(m_pairs));
}

void ImportDuplicateCheck::print() const
{
    if (m_pairs <= 0)
        return;
    m_context.printLine(Tr::tr("%n possible duplicate pair(s) involve the new contacts; review them with "
                               "kizuna-cli duplicates --db %1", nullptr, int(m_pairs))
                            .arg(m_context.databasePath()));
}

} // namespace Kizuna::Cli
