// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/contactimporter.h"

#include "core/io/contactimportsession.h"
#include "core/io/csvwriter.h"
#include "core/io/iotr.h"

namespace Kizuna::Io {

ContactImporter::ContactImporter(Storage::Database &db, Model::ChangeContext context)
    : m_db(db), m_context(std::move(context))
{}

ContactImporter::~ContactImporter() = default;

Result<ContactImportSummary> ContactImporter::importCsv(QIODevice &device, const ContactImportOptions &options,
                                                       const Progress &progress,
                                                       const std::atomic<bool> *cancel)
{
    ContactImportSession session(m_db, m_context, options);
    session.setProgress(progress, cancel);
    session.setWritingCallback(m_writing);
    return session.run(device);
}

Status ContactImporter::writeRejectReport(QIODevice &device, const QList<RejectedRow> &rejected)
{
    CsvWriter writer(device, CsvOptions{true, ','});
    writer.writeRow({Tr::tr("line"), Tr::tr("column"), Tr::tr("reason")});
    for (const RejectedRow &row : rejected)
        writer.writeRow({QString::number(row.line), row.field, row.message});
    return writer.finish();
}

} // namespace Kizuna::Io
