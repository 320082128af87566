// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/recordimporter.h"

#include "core/io/activityimportrules.h"
#include "core/io/companyimportrules.h"
#include "core/io/recordimportsession.h"

namespace Kizuna::Io {

RecordImporter::RecordImporter(Storage::Database &db, Model::ChangeContext context,
                               std::unique_ptr<RecordImportRules> rules)
    : m_db(db), m_context(std::move(context)), m_rules(std::move(rules))
{}

RecordImporter::~RecordImporter() = default;

std::unique_ptr<RecordImportRules> RecordImporter::rulesFor(QStringView entity)
{
    if (entity == u"company" || entity == u"companies")
        return std::make_unique<CompanyImportRules>();
    if (entity == u"activity" || entity == u"activities")
        return std::make_unique<ActivityImportRules>();
    return nullptr;
}

Result<RecordImportSummary> RecordImporter::importCsv(QIODevice &device, const RecordImportOptions &options,
                                                      const Progress &progress, const std::atomic<bool> *cancel)
{
    RecordImportSession session(m_db, m_context, *m_rules, options);
    session.setProgress(progress, cancel);
    return session.run(device);
}

} // namespace Kizuna::Io
