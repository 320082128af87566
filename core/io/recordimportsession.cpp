// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/recordimportsession.h"

#include "core/io/iotr.h"
#include "core/model/changelog.h"
#include "core/model/entities.h"
#include "core/model/fieldvalue.h"
#include "core/model/ids.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"

#include <QIODevice>

namespace Kizuna::Io {

namespace {

constexpr int ProgressEvery = 1000;
constexpr size_t KeySeed = 0x6b697a756e61; // the hashes only live during one import

quint64 keyHash(const QString &key)
{
    return quint64(qHash(key, KeySeed));
}

// The staged values were checked against the schema's choices already; SQLite evaluates an
// `x IN (…)` CHECK by building a temporary b-tree per row, so the one INSERT … SELECT skips them.
class CheckConstraintsOff final
{
public:
    explicit CheckConstraintsOff(Storage::Database &db) : m_db(db)
    {
        auto ignoring = m_db.queryInt(QStringLiteral("PRAGMA ignore_check_constraints"));
        m_switched = ignoring.ok() && *ignoring == 0
                     && m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")).ok();
    }
    ~CheckConstraintsOff()
    {
        if (m_switched)
            (void)m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    }
    CheckConstraintsOff(const CheckConstraintsOff &) = delete;
    CheckConstraintsOff &operator=(const CheckConstraintsOff &) = delete;

private:
    Storage::Database &m_db;
    bool m_switched = false;
};

} // namespace

RecordImportSession::RecordImportSession(Storage::Database &db, Model::ChangeContext context,
                                         RecordImportRules &rules, RecordImportOptions options)
    : m_db(db), m_context(context), m_rules(rules), m_options(std::move(options)),
      m_columns(rules.entity().name, rules.targets()), m_store(db, std::move(context)),
      m_fields(rules.entity().fieldNames()),
      m_staging(QStringLiteral("temp.kizuna_import_") + rules.entity().table)
{
    for (const QString &field : rules.keyFields())
        m_keyAt << m_fields.indexOf(field);
    m_summary.entity = rules.entity().name;
}

void RecordImportSession::setProgress(RecordImporter::Progress progress, const std::atomic<bool> *cancel)
{
    m_progress = std::move(progress);
    m_cancel = cancel;
}

bool RecordImportSession::cancelled() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

Result<ColumnMapping> RecordImportSession::resolveMapping(const QStringList &headers)
{
    ColumnMapping mapping = m_columns.suggest(headers);
    if (m_options.rememberMapping) {
        auto known = m_columns.remembered(m_db, headers);
        if (!known.ok())
            return known.error();
        if (known->mappedCount() > 0) {
            mapping = *known;
            m_summary.mappingWasRemembered = true;
        }
    }
    KIZUNA_TRY(m_columns.applyOverrides(mapping, m_options.mapOverrides));
    KIZUNA_TRY(m_rules.checkMapping(mapping));
    return mapping;
}

Result<RecordImportSummary> RecordImportSession::run(QIODevice &device)
{
    CsvReader reader(device, m_options.csv);
    CsvRecord header;
    auto first = reader.next(header);
    if (!first.ok())
        return first.error();
    if (!*first)
        return Error::badInput(Tr::tr("the file is empty: a header row with the column names is expected"));
    m_summary.encoding = reader.encoding();
    auto mapping = resolveMapping(header.fields);
    if (!mapping.ok())
        return mapping.error();
    m_summary.mapping = *mapping;

    KIZUNA_TRY(begin());
    KIZUNA_TRY(readRows(reader, RecordRowConverter(m_rules, *mapping)));
    if (m_progress)
        m_progress(reader.bytesRead());
    if (m_summary.rows > 0 && m_summary.rejectedRows == m_summary.rows)
        return m_summary; // every row is bad: nothing to write (the transaction rolls back)
    if (cancelled())
        return Error::cancelled(Tr::tr("import cancelled; nothing was imported"));
    KIZUNA_TRY(writeStaged());
    if (m_options.rememberMapping)
        KIZUNA_TRY(m_columns.remember(m_db, *mapping));
    if (m_options.dryRun)
        return m_summary; // rolls back
    KIZUNA_TRY(m_transaction->commit());
    m_summary.written = true;
    return m_summary;
}

Status RecordImportSession::begin()
{
    m_transaction.emplace(m_db);
    if (!m_transaction->begun())
        return m_transaction->beginError();
    m_now = Storage::nowTimestamp();
    KIZUNA_TRY(createStaging());
    KIZUNA_TRY(m_rules.begin(m_db, m_summary.mapping));
    return m_options.onDuplicate == DuplicatePolicy::Create ? Status() : loadExistingKeys();
}

Status RecordImportSession::readRows(CsvReader &reader, const RecordRowConverter &converter)
{
    CsvRecord record;
    RecordRow row;
    for (;;) {
        auto more = reader.next(record);
        if (!more.ok())
            return more.error();
        if (!*more)
            return {};
        ++m_summary.rows;
        if (m_summary.rows % ProgressEvery == 0) {
            if (cancelled())
                return Error::cancelled(Tr::tr("import cancelled; nothing was imported"));
            if (m_progress)
                m_progress(reader.bytesRead());
        }
        bool ok = converter.convert(record, row, m_summary.rejected);
        if (ok) {
            auto completed = m_rules.complete(row, m_summary.rejected);
            if (!completed.ok())
                return completed.error();
            ok = *completed;
        }
        if (!ok)
            ++m_summary.rejectedRows;
        else
            KIZUNA_TRY(handleRow(row));
    }
}

Status RecordImportSession::createStaging()
{
    const QString fields = m_fields.join(QStringLiteral(", "));
    KIZUNA_TRY(m_db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_staging)));
    // Columns without a type keep the values as bound (text, integers).
    KIZUNA_TRY(m_db.exec(QStringLiteral("CREATE TABLE %1(id TEXT NOT NULL, line INTEGER, %2)").arg(m_staging, fields)));
    QStringList placeholders;
    for (qsizetype i = 0; i < m_fields.size() + 2; ++i)
        placeholders << QStringLiteral("?%1").arg(i + 1);
    const QStringList keyFields = m_rules.keyFields();
    QStringList merges;
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        merges << (m_rules.keepsValue(m_fields.at(i)) ? QStringLiteral("%1 = coalesce(%1, ?%2)")
                                                       : QStringLiteral("%1 = coalesce(?%2, %1)"))
                      .arg(m_fields.at(i))
                      .arg(i + 1);
    const struct
    {
        Storage::Statement *statement;
        QString sql;
    } statements[] = {
        {&m_stageInsert, QStringLiteral("INSERT INTO %1(id, line, %2) VALUES (%3)")
                             .arg(m_staging, fields, placeholders.join(QStringLiteral(", ")))},
        {&m_stageMerge, QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?%3")
                            .arg(m_staging, merges.join(QStringLiteral(", ")))
                            .arg(m_fields.size() + 1)},
        {&m_stagedKeys, QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?1").arg(keyFields.join(u','), m_staging)},
        {&m_existingKeys, QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?1")
                              .arg(keyFields.join(u','), m_rules.entity().table)},
    };
    for (const auto &entry : statements) {
        auto prepared = m_db.prepare(entry.sql);
        if (!prepared.ok())
            return prepared.error();
        *entry.statement = std::move(*prepared);
    }
    return {};
}

Status RecordImportSession::loadExistingKeys()
{
    auto select = m_db.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE deleted_at IS NULL")
                                   .arg(m_rules.keyFields().join(u','), m_rules.entity().table));
    if (!select.ok())
        return select.error();
    QList<QVariant> values(m_keyAt.size());
    return select->forEachRow([&] {
        for (qsizetype i = 0; i < values.size(); ++i)
            values[i] = select->columnVariant(int(i) + 1);
        registerKeys(m_rules.duplicateKeys(values), -select->columnInt64(0));
    });
}

QStringList RecordImportSession::keysOf(const QList<QVariant> &values) const
{
    QList<QVariant> keyValues;
    keyValues.reserve(m_keyAt.size());
    for (const qsizetype at : m_keyAt)
        keyValues << values.at(at);
    return m_rules.duplicateKeys(keyValues);
}

Status RecordImportSession::handleRow(const RecordRow &row)
{
    if (m_options.onDuplicate == DuplicatePolicy::Create) {
        auto rowid = stage(row);
        if (!rowid.ok())
            return rowid.error();
        ++m_summary.imported;
        return {};
    }
    const QStringList keys = keysOf(row.values);
    auto target = findDuplicate(keys);
    if (!target.ok())
        return target.error();
    if (*target != 0 && m_options.onDuplicate == DuplicatePolicy::Skip) {
        ++m_summary.skippedDuplicates;
        return {};
    }
    if (*target == 0) {
        auto rowid = stage(row);
        if (!rowid.ok())
            return rowid.error();
        registerKeys(keys, *rowid);
        ++m_summary.imported;
    } else if (*target > 0) {
        KIZUNA_TRY(mergeStaged(*target, row));
        registerKeys(keys, *target);
        ++m_summary.mergedInFile;
    } else {
        auto changed = updateExisting(-*target, row);
        if (!changed.ok())
            return changed.error();
        ++(*changed ? m_summary.updated : m_summary.skippedDuplicates);
        registerKeys(keys, *target);
    }
    return {};
}

Result<qint64> RecordImportSession::findDuplicate(const QStringList &keys)
{
    for (const QString &key : keys) {
        const auto found = m_keys.constFind(keyHash(key));
        if (found == m_keys.cend())
            continue;
        auto stored = storedKeys(*found);
        if (!stored.ok())
            return stored.error();
        if (stored->contains(key)) // a hash collision never merges two records
            return *found;
    }
    return qint64(0);
}

// The duplicate keys of a staged row (target > 0) or an existing record (minus its rowid).
Result<QStringList> RecordImportSession::storedKeys(qint64 target)
{
    Storage::Statement &s = target > 0 ? m_stagedKeys : m_existingKeys;
    s.bind(1, std::int64_t(target > 0 ? target : -target));
    auto row = s.step();
    if (!row.ok())
        return row.error();
    QList<QVariant> values;
    for (int i = 0; *row && i < s.columnCount(); ++i)
        values << s.columnVariant(i);
    s.reset();
    return *row ? m_rules.duplicateKeys(values) : QStringList();
}

void RecordImportSession::registerKeys(const QStringList &keys, qint64 target)
{
    for (const QString &key : keys)
        m_keys.insert(keyHash(key), target); // the latest holder of a key wins
}

Result<qint64> RecordImportSession::stage(const RecordRow &row)
{
    Storage::Statement &s = m_stageInsert;
    s.bind(1, Model::newId());
    s.bind(2, std::int64_t(row.line));
    for (qsizetype i = 0; i < row.values.size(); ++i)
        s.bindVariant(int(i) + 3, row.values.at(i));
    KIZUNA_TRY(s.run());
    ++m_staged;
    return qint64(m_db.lastInsertRowId());
}

Status RecordImportSession::mergeStaged(qint64 rowid, const RecordRow &row)
{
    Storage::Statement &s = m_stageMerge;
    for (qsizetype i = 0; i < row.values.size(); ++i)
        s.bindVariant(int(i) + 1, row.values.at(i));
    s.bind(int(row.values.size()) + 1, std::int64_t(rowid));
    return s.run();
}

Result<bool> RecordImportSession::updateExisting(qint64 rowid, const RecordRow &row)
{
    const Model::EntityDef &entity = m_rules.entity();
    auto select = m_db.prepare(QStringLiteral("SELECT id FROM %1 WHERE rowid = ?1").arg(entity.table));
    if (!select.ok())
        return select.error();
    select->bind(1, std::int64_t(rowid));
    auto id = select->step();
    if (!id.ok())
        return id.error();
    auto current = m_store.get(entity, select->columnText(0));
    if (!current.ok())
        return current.error();
    Model::FieldValues changes;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QVariant &value = row.values.at(i);
        const QVariant stored = current->value(m_fields.at(i));
        if (!value.isValid() || Model::storedValueText(stored) == Model::storedValueText(value)
            || (m_rules.keepsValue(m_fields.at(i)) && !stored.isNull()))
            continue;
        changes.insert(m_fields.at(i), value);
    }
    if (changes.isEmpty())
        return false;
    if (Status updated = m_store.update(entity, current->id, changes); !updated.ok())
        return Error{updated.error().kind, Tr::tr("line %1: %2").arg(row.line).arg(updated.error().message)};
    return true;
}

Status RecordImportSession::runSql(const QString &sql)
{
    auto statement = m_db.prepare(sql);
    if (!statement.ok())
        return statement.error();
    statement->bind(statement->parameterIndex(":now"), m_now);
    if (const int author = statement->parameterIndex(":author"); author > 0)
        statement->bind(author, m_context.author.isEmpty() ? QString() : m_context.author);
    if (const int node = statement->parameterIndex(":node"); node > 0)
        statement->bind(node, m_context.node);
    return statement->run();
}

Status RecordImportSession::writeStaged()
{
    if (m_staged == 0)
        return m_db.exec(QStringLiteral("DROP TABLE %1").arg(m_staging));
    const CheckConstraintsOff checks(m_db);
    return insertStaged();
}

// The staged records in one statement (the search triggers then flush FTS5 once), then their
// change log in another — one row per record with its non-empty fields, as RecordStore writes
// it (Model::ChangeLog) — both in id order, so the indexes grow at one end.
Status RecordImportSession::insertStaged()
{
    const QString fields = m_fields.join(QStringLiteral(", "));
    KIZUNA_TRY(runSql(QStringLiteral("INSERT INTO %1(id, %2, created_at, updated_at) SELECT id, %2, :now, :now "
                                     "FROM %3 ORDER BY id")
                          .arg(m_rules.entity().table, fields, m_staging)));
    QStringList sorted = m_fields;
    sorted.sort();
    KIZUNA_TRY(runSql(QStringLiteral("INSERT INTO change_log(entity, record_id, op, field, old_value, new_value, "
                                     "changed_at, author, node) "
                                     "SELECT '%1', id, 'insert', NULL, NULL, %2, :now, :author, :node FROM %3 ORDER BY id")
                          .arg(m_rules.entity().name, Model::ChangeLog::insertValuesSql(sorted, sorted), m_staging)));
    return m_db.exec(QStringLiteral("DROP TABLE %1").arg(m_staging));
}

} // namespace Kizuna::Io
