// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/contactimporter.h"
#include "core/io/contactrowconverter.h"
#include "core/model/recordstore.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QHash>

#include <optional>

namespace Kizuna::Io {

// One run of ContactImporter::importCsv (internal): the transaction, the staging table, the
// duplicate keys and the companies seen so far.
class ContactImportSession final
{
public:
    ContactImportSession(Storage::Database &db, Model::ChangeContext context, ContactImportOptions options);

    void setProgress(ContactImporter::Progress progress, const std::atomic<bool> *cancel);
    void setWritingCallback(std::function<void(qint64)> callback) { m_writing = std::move(callback); }

    Result<ContactImportSummary> run(QIODevice &device);

    // The same steps for an importer with its own reader (vCard): begin() opens the transaction
    // and loads the duplicate keys; add() applies the duplicate policy to one converted row and
    // returns the id of the contact it went to (new, an earlier row's or an existing one; empty
    // when skipped); writeContacts() inserts the staged contacts (the transaction stays open for
    // the caller's own rows); commit() ends it. Counts go to summary().
    Status begin();
    Result<QString> add(ContactRow &row);
    Status writeContacts();
    Status commit();
    ContactImportSummary &summary() { return m_summary; }

private:
    Result<ColumnMapping> resolveMapping(const QStringList &headers);
    Status readRows(CsvReader &reader, const ContactRowConverter &converter);
    bool cancelled() const;
    Status checkCancelled() const; // Cancelled once the caller asked for it
    bool rebuildsIndexes() const;

    Status beginStaging();
    Status loadExistingKeys();
    Status loadCompanies();
    Result<QString> handleRow(ContactRow &row);
    Result<QString> idOf(qint64 target);
    Status resolveCompany(ContactRow &row);
    Result<QString> companyIdFor(const ContactRow &row);
    Status writeStagedCompanies();
    // 0: no duplicate; > 0: the staging rowid of an earlier row; < 0: minus an existing contact's rowid.
    Result<qint64> findDuplicate(const ContactRow &row);
    Result<bool> confirm(qint64 target, const QString &key);
    void registerKeys(const ContactRow &row, qint64 target);
    Result<qint64> stage(const ContactRow &row);
    Status mergeStaged(qint64 rowid, const ContactRow &row);
    Result<bool> updateExisting(qint64 contactRowid, const ContactRow &row);
    Status writeStaged();
    Status insertStaged();
    Status insertStagedChangeLog(qint64 newAfter);
    bool changeLogFromContacts() const;
    Status runSql(const QString &sql);

    Storage::Database &m_db;
    Model::ChangeContext m_context;
    ContactImportOptions m_options;
    Model::RecordStore m_store;
    ContactImporter::Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(qint64)> m_writing;
    ContactImportSummary m_summary;
    std::optional<Storage::Transaction> m_transaction;
    qint64 m_staged = 0;
    qint64 m_existingContacts = 0;     // before the import (a large import rebuilds the indexes)
    qint64 m_stagedCompanies = 0;      // new companies not written yet
    QList<bool> m_given;               // per field: some staged row has a value
    QString m_now;
    QString m_stagedId; // the id of the row stage() wrote last
    Storage::Statement m_stageInsert;
    Storage::Statement m_stageMerge;
    Storage::Statement m_stageCompany;
    QHash<quint64, qint64> m_keys;        // hash of a duplicate key → target (see findDuplicate)
    QHash<QString, QString> m_existingCompanyNames; // an existing company's folded name → its id
    QHash<QString, QString> m_companyKeys;  // companyKey of an existing or new company → its id
    QHash<QString, QString> m_companyNames; // a company name as a row wrote it → company id (a cache)
};

} // namespace Kizuna::Io
