// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/contactimporter.h"
#include "core/model/changecontext.h"
#include "core/storage/result.h"

#include <atomic>
#include <functional>

class QIODevice;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

struct VCardImportSummary
{
    ContactImportSummary contacts; // rows = cards read; rejected = every problem of the rejected cards
    qint64 contactPoints = 0;      // further emails, phones, addresses and web pages added
    qint64 tagLinks = 0;           // tags put on contacts (CATEGORIES)
    qint64 tagsCreated = 0;
    qint64 photosSkipped = 0;      // cards whose PHOTO was not imported
};

// Imports a vCard file (2.1, 3.0, 4.0; any size, read card by card) into a Kizuna database in
// ONE transaction, through the contact import's session: the same value checks, duplicate
// policy (options.onDuplicate; the same email or phone as an existing contact or an earlier
// card), company lookup and staged write as a CSV import. Further emails, phones, addresses and
// URLs become contact points and CATEGORIES tags, written through RecordStore (change log).
// A bad card is rejected and reported with its line; a broken file (or a cancel) writes nothing.
class VCardImporter final
{
public:
    using Progress = std::function<void(qint64 bytesRead)>;

    VCardImporter(Storage::Database &db, Model::ChangeContext context);

    Result<VCardImportSummary> import(QIODevice &device, const ContactImportOptions &options,
                                      const Progress &progress = {},
                                      const std::atomic<bool> *cancel = nullptr);

private:
    Storage::Database &m_db;
    Model::ChangeContext m_context;
};

} // namespace Kizuna::Io
