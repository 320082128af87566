// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/recordcolumns.h"
#include "core/io/recordimporter.h"
#include "core/io/recordrowconverter.h"
#include "core/model/recordstore.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QHash>

#include <optional>

namespace Kizuna::Io {

// One run of RecordImporter::importCsv (internal): the transaction, the staging table and the
// duplicate keys.
class RecordImportSession final
{
public:
    RecordImportSession(Storage::Database &db, Model::ChangeContext context, RecordImportRules &rules,
                        RecordImportOptions options);

    void setProgress(RecordImporter::Progress progress, const std::atomic<bool> *cancel);
    Result<RecordImportSummary> run(QIODevice &device);

private:
    Result<ColumnMapping> resolveMapping(const QStringList &headers);
    Status begin();
    Status readRows(CsvReader &reader, const RecordRowConverter &converter);
    bool cancelled() const;

    Status createStaging();
    Status loadExistingKeys();
    Status handleRow(const RecordRow &row);
    QStringList keysOf(const QList<QVariant> &values) const;
    // 0: no duplicate; > 0: the staging rowid of an earlier row; < 0: minus an existing record's rowid.
    Result<qint64> findDuplicate(const QStringList &keys);
    Result<QStringList> storedKeys(qint64 target);
    void registerKeys(const QStringList &keys, qint64 target);
    Result<qint64> stage(const RecordRow &row);
    Status mergeStaged(qint64 rowid, const RecordRow &row);
    Result<bool> updateExisting(qint64 rowid, const RecordRow &row);
    Status writeStaged();
    Status insertStaged();
    Status runSql(const QString &sql);

    Storage::Database &m_db;
    Model::ChangeContext m_context;
    RecordImportRules &m_rules;
    RecordImportOptions m_options;
    RecordColumns m_columns;
    Model::RecordStore m_store;
    QStringList m_fields;      // the entity's fields, in catalogue order
    QList<qsizetype> m_keyAt;  // the field index of each of the rules' keyFields
    QString m_staging;         // temp.kizuna_import_<table>
    RecordImporter::Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    RecordImportSummary m_summary;
    std::optional<Storage::Transaction> m_transaction;
    QString m_now;
    qint64 m_staged = 0;
    Storage::Statement m_stageInsert;
    Storage::Statement m_stageMerge;
    Storage::Statement m_stagedKeys;
    Storage::Statement m_existingKeys;
    QHash<quint64, qint64> m_keys; // hash of a duplicate key → target (see findDuplicate)
};

} // namespace Kizuna::Io
