// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/contactimportsession.h"

#include "core/io/contactimporttriggers.h"
#include "core/io/importvalues.h"
#include "core/io/iotr.h"
#include "core/io/recordvalues.h"
#include "core/model/changelog.h"
#include "core/model/entities.h"
#include "core/model/fieldvalue.h"
#include "core/model/ids.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/fts5bulkwrite.h"
#include "core/storage/indexrebuild.h"
#include "core/storage/transaction.h"
#include "core/text/textfold.h"

#include <QIODevice>


namespace Kizuna::Io {

namespace {

constexpr int ProgressEvery = 1000;
constexpr size_t KeySeed = 0x6b697a756e61; // fixed: the hashes only live during one import

const QString StagingTable = QStringLiteral("temp.kizuna_import_contacts");
const QString CompanyStagingTable = QStringLiteral("temp.kizuna_import_companies");
// Indexes of contacts that stay during a large import (ContactImportOptions::rebuildIndexesFrom):
// one that starts with created_at (the same :now for every new contact) or owner_id (never set
// by an import) takes the new entries at one place, in id order, which costs less than building
// it again.
const QStringList KeptIndexLeads = {QStringLiteral("created_at"), QStringLiteral("owner_id")};
// Company names as written → company id, for the rows that name a company seen before.
constexpr qsizetype CompanyNameCacheSize = 100000;

quint64 keyHash(const QString &key)
{
    return quint64(qHash(key, KeySeed));
}

// The defaults a new contact gets for fields the file leaves empty (logged like given values).
QString stagedValueSql(const QString &field)
{
    if (field == u"kind" || field == u"lifecycle_stage")
        return QStringLiteral("coalesce(%1, 'lead')").arg(field);
    if (field == u"source")
        return QStringLiteral("coalesce(source, 'import')");
    return field;
}

// Columns whose NULL the schema turns into a default (NOT NULL DEFAULT 0).
bool hasSchemaDefault(const QString &field)
{
    return field == u"marketing_opt_in" || field == u"loyalty_points";
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return Model::storedValueText(a) == Model::storedValueText(b);
}

// The same address or number written another way ("TARO@EXAMPLE.JP", "+81 3-…"): the contact
// keeps the form it has.
bool sameKey(const QString &field, const QVariant &stored, const QVariant &imported)
{
    if (field == u"email")
        return emailKey(stored.toString()) == emailKey(imported.toString());
    if (field == u"phone" || field == u"mobile") {
        const QString key = phoneKey(stored.toString());
        return !key.isEmpty() && key == phoneKey(imported.toString());
    }
    return false;
}

} // namespace

ContactImportSession::ContactImportSession(Storage::Database &db, Model::ChangeContext context,
                                           ContactImportOptions options)
    : m_db(db), m_context(context), m_options(std::move(options)), m_store(db, std::move(context))
{}

void ContactImportSession::setProgress(ContactImporter::Progress progress, const std::atomic<bool> *cancel)
{
    m_progress = std::move(progress);
    m_cancel = cancel;
}

bool ContactImportSession::cancelled() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

Status ContactImportSession::checkCancelled() const
{
    if (cancelled())
        return Error::cancelled(Tr::tr("import cancelled; nothing was imported"));
    return {};
}

bool ContactImportSession::rebuildsIndexes() const
{
    return m_options.rebuildIndexesFrom > 0 && m_staged >= m_options.rebuildIndexesFrom
           && m_staged >= m_existingContacts;
}

Result<ColumnMapping> ContactImportSession::resolveMapping(const QStringList &headers)
{
    ColumnMapping mapping = ContactColumns::suggest(headers);
    if (m_options.rememberMapping) {
        auto known = ContactColumns::remembered(m_db, headers);
        if (!known.ok())
            return known.error();
        if (known->mappedCount() > 0) {
            mapping = *known;
            m_summary.mappingWasRemembered = true;
        }
    }
    KIZUNA_TRY(ContactColumns::applyOverrides(mapping, m_options.mapOverrides));
    static const QStringList identifying = {QStringLiteral("full_name"), QStringLiteral("family_name"),
                                            QStringLiteral("given_name"), QStringLiteral("email"),
                                            QStringLiteral("phone"), QStringLiteral("mobile")};
    const bool identifies = std::any_of(mapping.fields.cbegin(), mapping.fields.cend(),
                                        [](const QString &f) { return identifying.contains(f); });
    if (!identifies)
        return Error::badInput(Tr::tr("no column is a name, email or phone number (columns: %1); map one "
                                      "with HEADER=FIELD, e.g. \"%2=full_name\"")
                                   .arg(mapping.headers.join(QStringLiteral(", ")), mapping.headers.value(0)));
    return mapping;
}

Result<ContactImportSummary> ContactImportSession::run(QIODevice &device)
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
    const ContactRowConverter converter(*mapping);
    KIZUNA_TRY(readRows(reader, converter));
    if (m_progress)
        m_progress(reader.bytesRead());
    if (m_summary.rows > 0 && m_summary.rejectedRows == m_summary.rows)
        return m_summary; // every row is bad: nothing to write (the transaction rolls back)
    if (cancelled())
        return Error::cancelled(Tr::tr("import cancelled; nothing was imported"));
    KIZUNA_TRY(writeContacts());
    if (m_options.rememberMapping)
        KIZUNA_TRY(ContactColumns::remember(m_db, *mapping));
    if (m_options.dryRun)
        return m_summary; // rolls back
    KIZUNA_TRY(commit());
    return m_summary;
}

Status ContactImportSession::begin()
{
    m_transaction.emplace(m_db);
    if (!m_transaction->begun())
        return m_transaction->beginError();
    m_now = Storage::nowTimestamp();
    KIZUNA_TRY(beginStaging());
    if (m_options.onDuplicate != DuplicatePolicy::Create) {
        KIZUNA_TRY(loadExistingKeys());
    } else {
        auto count = m_db.queryInt(QStringLiteral("SELECT count(*) FROM contacts"));
        if (!count.ok())
            return count.error();
        m_existingContacts = *count;
    }
    return loadCompanies();
}

Result<QString> ContactImportSession::add(ContactRow &row)
{
    return handleRow(row);
}

Status ContactImportSession::writeContacts()
{
    if (m_writing)
        m_writing(m_staged);
    return writeStaged();
}

Status ContactImportSession::commit()
{
    KIZUNA_TRY(m_transaction->commit());
    m_summary.written = true;
    return {};
}

Status ContactImportSession::readRows(CsvReader &reader, const ContactRowConverter &converter)
{
    CsvRecord record;
    ContactRow row;
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
        if (!converter.convert(record, row, m_summary.rejected)) {
            ++m_summary.rejectedRows;
            continue;
        }
        if (auto added = handleRow(row); !added.ok())
            return added.error();
    }
}

Status ContactImportSession::beginStaging()
{
    const QStringList &fields = ContactRowConverter::fields();
    KIZUNA_TRY(m_db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(StagingTable)));
    // Columns without a type keep the values as bound (text, integers).
    KIZUNA_TRY(m_db.exec(QStringLiteral("CREATE TABLE %1(id TEXT NOT NULL, line INTEGER, email_key, phone_key, "
                                        "mobile_key, %2)")
                             .arg(StagingTable, fields.join(QStringLiteral(", ")))));
    QStringList placeholders;
    for (qsizetype i = 0; i < fields.size() + 5; ++i)
        placeholders << QStringLiteral("?%1").arg(i + 1);
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO %1(id, line, email_key, phone_key, mobile_key, %2) VALUES (%3)")
                                   .arg(StagingTable, fields.join(QStringLiteral(", ")),
                                        placeholders.join(QStringLiteral(", "))));
    if (!insert.ok())
        return insert.error();
    m_stageInsert = std::move(*insert);
    QStringList assignments;
    const QStringList keys = {QStringLiteral("email_key"), QStringLiteral("phone_key"), QStringLiteral("mobile_key")};
    for (const QString &column : keys + fields)
        assignments << QStringLiteral("%1 = coalesce(?%2, %1)").arg(column).arg(assignments.size() + 1);
    auto merge = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?%3")
                                  .arg(StagingTable, assignments.join(QStringLiteral(", ")))
                                  .arg(assignments.size() + 1));
    if (!merge.ok())
        return merge.error();
    m_stageMerge = std::move(*merge);
    m_given = QList<bool>(fields.size(), false);

    KIZUNA_TRY(m_db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(CompanyStagingTable)));
    KIZUNA_TRY(m_db.exec(QStringLiteral("CREATE TABLE %1(id TEXT NOT NULL, name)").arg(CompanyStagingTable)));
    auto company = m_db.prepare(QStringLiteral("INSERT INTO %1(id, name) VALUES (?1, ?2)").arg(CompanyStagingTable));
    if (!company.ok())
        return company.error();
    m_stageCompany = std::move(*company);
    return {};
}

Status ContactImportSession::loadExistingKeys()
{
    auto select = m_db.prepare(QStringLiteral("SELECT rowid, email, phone, mobile FROM contacts WHERE deleted_at IS NULL"));
    if (!select.ok())
        return select.error();
    return select->forEachRow([&] {
        ++m_existingContacts;
        const qint64 target = -select->columnInt64(0);
        const QString keys[] = {select->isNull(1) ? QString() : emailKey(select->columnText(1)),
                                select->isNull(2) ? QString() : phoneKey(select->columnText(2)),
                                select->isNull(3) ? QString() : phoneKey(select->columnText(3))};
        for (const QString &key : keys) {
            if (!key.isEmpty())
                m_keys.insert(keyHash(key), target); // a later contact with the same key wins; either is right
        }
    });
}

// Existing companies by folded name and by companyKey: "㈱山田商事" in a file goes to an existing
// "株式会社 山田商事", "Acme" to "ACME Inc.". Oldest first wins a key several companies share.
Status ContactImportSession::loadCompanies()
{
    auto select = m_db.prepare(QStringLiteral("SELECT id, name FROM companies WHERE deleted_at IS NULL "
                                              "ORDER BY created_at DESC, rowid DESC"));
    if (!select.ok())
        return select.error();
    return select->forEachRow([&] {
        const QString name = select->columnText(1);
        const QString id = select->columnText(0);
        m_existingCompanyNames.insert(Text::foldForSearch(name), id);
        m_companyKeys.insert(companyKey(name), id);
    });
}

// The company a row names: an existing one of the same folded name, else one with the same
// companyKey (existing or new from an earlier row), else a new one. Names already seen are
// remembered as written, so most rows cost one hash lookup.
Result<QString> ContactImportSession::companyIdFor(const ContactRow &row)
{
    if (const auto seen = m_companyNames.constFind(row.companyName); seen != m_companyNames.cend())
        return *seen;
    QString id;
    if (!m_existingCompanyNames.isEmpty())
        id = m_existingCompanyNames.value(Text::foldForSearch(row.companyName));
    const QString key = companyKey(row.companyName);
    if (id.isEmpty())
        id = m_companyKeys.value(key);
    if (id.isEmpty()) {
        // Staged like the contacts and written with them (see writeStagedCompanies).
        const Model::EntityDef &company = Model::entity(u"company");
        auto name = Model::toStoredValue(company, *company.field(u"name"), row.companyName);
        if (!name.ok())
            return Error{name.error().kind, Tr::tr("line %1: %2").arg(row.line).arg(name.error().message)};
        id = Model::newId();
        m_stageCompany.bind(1, id);
        m_stageCompany.bindVariant(2, *name);
        KIZUNA_TRY(m_stageCompany.run());
        ++m_stagedCompanies;
        ++m_summary.companiesCreated;
        m_companyKeys.insert(key, id);
    }
    if (m_companyNames.size() >= CompanyNameCacheSize)
        m_companyNames.clear(); // bounded memory for files where nearly every row names another company
    m_companyNames.insert(row.companyName, id);
    return id;
}

Status ContactImportSession::resolveCompany(ContactRow &row)
{
    if (row.companyName.isEmpty())
        return {};
    static const qsizetype companyId = ContactRowConverter::fieldIndex(u"company_id");
    auto id = companyIdFor(row);
    if (!id.ok())
        return id.error();
    row.values[companyId] = *id;
    return {};
}

// The new companies so far, as RecordStore::insert writes a company with only a name: the row
// and one change-log row for the name; the search trigger indexes them in this one statement.
Status ContactImportSession::writeStagedCompanies()
{
    if (m_stagedCompanies == 0)
        return {};
    KIZUNA_TRY(runSql(QStringLiteral("INSERT INTO companies(id, name, created_at, updated_at) "
                                     "SELECT id, name, :now, :now FROM %1 ORDER BY rowid")
                          .arg(CompanyStagingTable)));
    KIZUNA_TRY(runSql(QStringLiteral("INSERT INTO change_log(entity, record_id, op, field, old_value, new_value, "
                                     "changed_at, author, node) SELECT 'company', id, 'insert', NULL, NULL, %2, "
                                     ":now, :author, :node FROM %1 ORDER BY rowid")
                          .arg(CompanyStagingTable,
                               Model::ChangeLog::insertValuesSql({QStringLiteral("name")}, {QStringLiteral("name")}))));
    KIZUNA_TRY(m_db.exec(QStringLiteral("DELETE FROM %1").arg(CompanyStagingTable)));
    m_stagedCompanies = 0;
    return {};
}

Result<QString> ContactImportSession::handleRow(ContactRow &row)
{
    if (m_options.onDuplicate == DuplicatePolicy::Create) {
        KIZUNA_TRY(resolveCompany(row));
        auto rowid = stage(row);
        if (!rowid.ok())
            return rowid.error();
        ++m_summary.imported;
        return m_stagedId;
    }
    auto target = findDuplicate(row);
    if (!target.ok())
        return target.error();
    if (*target != 0 && m_options.onDuplicate == DuplicatePolicy::Skip) {
        ++m_summary.skippedDuplicates;
        return QString();
    }
    KIZUNA_TRY(resolveCompany(row));
    if (*target == 0) {
        auto rowid = stage(row);
        if (!rowid.ok())
            return rowid.error();
        registerKeys(row, *rowid);
        ++m_summary.imported;
        return m_stagedId;
    }
    if (*target > 0) {
        KIZUNA_TRY(mergeStaged(*target, row));
        registerKeys(row, *target);
        ++m_summary.mergedInFile;
    } else {
        auto changed = updateExisting(-*target, row);
        if (!changed.ok())
            return changed.error();
        ++(*changed ? m_summary.updated : m_summary.skippedDuplicates);
        registerKeys(row, *target);
    }
    return idOf(*target);
}

// The contact id of a staged row (target > 0) or an existing contact (minus its rowid).
Result<QString> ContactImportSession::idOf(qint64 target)
{
    auto select = target > 0 ? m_db.cached("SELECT id FROM temp.kizuna_import_contacts WHERE rowid = ?1")
                             : m_db.cached("SELECT id FROM contacts WHERE rowid = ?1");
    if (!select.ok())
        return select.error();
    Storage::Statement &s = **select;
    s.bind(1, std::int64_t(target > 0 ? target : -target));
    auto row = s.step();
    if (!row.ok())
        return row.error();
    const QString id = *row ? s.columnText(0) : QString();
    s.reset();
    return id;
}

Result<qint64> ContactImportSession::findDuplicate(const ContactRow &row)
{
    for (const QString *key : {&row.emailKey, &row.phoneKey, &row.mobileKey}) {
        if (key->isEmpty())
            continue;
        const auto found = m_keys.constFind(keyHash(*key));
        if (found == m_keys.cend())
            continue;
        auto same = confirm(*found, *key);
        if (!same.ok())
            return same.error();
        if (*same)
            return *found;
    }
    return qint64(0);
}

// A hash hit is checked against the stored keys, so a hash collision never merges two people.
Result<bool> ContactImportSession::confirm(qint64 target, const QString &key)
{
    if (target > 0) {
        auto select = m_db.cached("SELECT email_key, phone_key, mobile_key FROM temp.kizuna_import_contacts WHERE rowid = ?1");
        if (!select.ok())
            return select.error();
        Storage::Statement &s = **select;
        s.bind(1, std::int64_t(target));
        auto row = s.step();
        if (!row.ok())
            return row.error();
        const bool same = *row && (s.columnText(0) == key || s.columnText(1) == key || s.columnText(2) == key);
        s.reset();
        return same;
    }
    auto select = m_db.cached("SELECT email, phone, mobile FROM contacts WHERE rowid = ?1");
    if (!select.ok())
        return select.error();
    Storage::Statement &s = **select;
    s.bind(1, std::int64_t(-target));
    auto row = s.step();
    if (!row.ok())
        return row.error();
    const bool same = *row && (emailKey(s.columnText(0)) == key || phoneKey(s.columnText(1)) == key
                               || phoneKey(s.columnText(2)) == key);
    s.reset();
    return same;
}

void ContactImportSession::registerKeys(const ContactRow &row, qint64 target)
{
    for (const QString *key : {&row.emailKey, &row.phoneKey, &row.mobileKey}) {
        if (!key->isEmpty())
            m_keys.insert(keyHash(*key), target); // QHash::insert replaces: point at the latest holder
    }
}

Result<qint64> ContactImportSession::stage(const ContactRow &row)
{
    Storage::Statement &s = m_stageInsert;
    m_stagedId = Model::newId();
    s.bind(1, m_stagedId);
    s.bind(2, std::int64_t(row.line));
    s.bind(3, row.emailKey.isEmpty() ? QString() : row.emailKey);
    s.bind(4, row.phoneKey.isEmpty() ? QString() : row.phoneKey);
    s.bind(5, row.mobileKey.isEmpty() ? QString() : row.mobileKey);
    for (qsizetype i = 0; i < row.values.size(); ++i) {
        s.bindVariant(int(i) + 6, row.values.at(i));
        m_given[i] = m_given.at(i) || row.has(i);
    }
    KIZUNA_TRY(s.run());
    ++m_staged;
    return qint64(m_db.lastInsertRowId());
}

Status ContactImportSession::mergeStaged(qint64 rowid, const ContactRow &row)
{
    Storage::Statement &s = m_stageMerge;
    s.bind(1, row.emailKey.isEmpty() ? QString() : row.emailKey);
    s.bind(2, row.phoneKey.isEmpty() ? QString() : row.phoneKey);
    s.bind(3, row.mobileKey.isEmpty() ? QString() : row.mobileKey);
    for (qsizetype i = 0; i < row.values.size(); ++i) {
        s.bindVariant(int(i) + 4, row.values.at(i));
        m_given[i] = m_given.at(i) || row.has(i);
    }
    s.bind(int(row.values.size()) + 4, std::int64_t(rowid));
    return s.run();
}

Result<bool> ContactImportSession::updateExisting(qint64 contactRowid, const ContactRow &row)
{
    auto select = m_db.cached("SELECT id FROM contacts WHERE rowid = ?1");
    if (!select.ok())
        return select.error();
    (*select)->bind(1, std::int64_t(contactRowid));
    auto found = (*select)->step();
    if (!found.ok())
        return found.error();
    const QString id = (*select)->columnText(0);
    (*select)->reset();
    const Model::EntityDef &contact = Model::entity(u"contact");
    auto current = m_store.get(contact, id);
    if (!current.ok())
        return current.error();
    Model::FieldValues changes;
    const QStringList &fields = ContactRowConverter::fields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!row.has(i) || sameValue(current->value(fields.at(i)), row.values.at(i))
            || sameKey(fields.at(i), current->value(fields.at(i)), row.values.at(i)))
            continue;
        changes.insert(fields.at(i), row.values.at(i));
    }
    if (changes.isEmpty())
        return false;
    if (changes.contains(QStringLiteral("company_id")))
        KIZUNA_TRY(writeStagedCompanies()); // RecordStore checks that the company exists
    if (auto updated = m_store.update(contact, id, changes); !updated.ok())
        return Error{updated.error().kind, Tr::tr("line %1: %2").arg(row.line).arg(updated.error().message)};
    return true;
}

Status ContactImportSession::runSql(const QString &sql)
{
    auto statement = m_db.prepare(sql);
    if (!statement.ok())
        return statement.error();
    if (const int now = statement->parameterIndex(":now"); now > 0)
        statement->bind(now, m_now);
    if (const int author = statement->parameterIndex(":author"); author > 0)
        statement->bind(author, m_context.author.isEmpty() ? QString() : m_context.author);
    if (const int node = statement->parameterIndex(":node"); node > 0)
        statement->bind(node, m_context.node);
    return statement->run();
}

// The staged contacts in one statement (their insert triggers then run once over all of them,
// see insertStaged), then their change log — one row per contact, as RecordStore writes it
// (Model::ChangeLog). Both in
// id order, so the primary key and the change log's (entity, record_id) index grow at one end
// instead of at random places (about twice as fast at 200,000 rows).
Status ContactImportSession::writeStaged()
{
    KIZUNA_TRY(writeStagedCompanies());
    KIZUNA_TRY(m_db.exec(QStringLiteral("DROP TABLE %1").arg(CompanyStagingTable)));
    if (m_staged == 0)
        return m_db.exec(QStringLiteral("DROP TABLE %1").arg(StagingTable));
    // The staged values were checked against the schema's choices already, and SQLite evaluates an
    // `x IN (…)` CHECK by building a temporary b-tree for every row: skip the checks for this
    // statement, as OrderImporter and a bulk load do.
    auto ignoring = m_db.queryInt(QStringLiteral("PRAGMA ignore_check_constraints"));
    if (!ignoring.ok())
        return ignoring.error();
    const bool checks = *ignoring == 0;
    if (checks)
        KIZUNA_TRY(m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    const Status written = insertStaged();
    if (checks)
        (void)m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    return written;
}

Status ContactImportSession::insertStaged()
{
    const QStringList &fields = ContactRowConverter::fields();
    QStringList values;
    for (const QString &field : fields)
        values << (hasSchemaDefault(field) ? QStringLiteral("coalesce(%1, 0)").arg(field) : stagedValueSql(field));
    auto before = m_db.queryInt(QStringLiteral("SELECT ifnull(max(rowid), 0) FROM contacts"));
    if (!before.ok())
        return before.error();
    auto searchBefore = m_db.queryInt(QStringLiteral("SELECT ifnull(max(id), 0) FROM search_docs"));
    if (!searchBefore.ok())
        return searchBefore.error();
    // A large import drops the contacts' indexes and builds them again after the insert (see
    // ContactImportOptions::rebuildIndexesFrom); a rollback brings them back.
    Storage::IndexRebuild indexes(m_db);
    if (rebuildsIndexes())
        KIZUNA_TRY(indexes.drop(QStringLiteral("contacts"), KeptIndexLeads));
    // The search index and company count triggers run once over the new contacts, and the
    // search documents' FTS5 triggers once over the new documents (also undone by a rollback),
    // with a larger FTS5 term buffer.
    ContactImportTriggers triggers(m_db);
    KIZUNA_TRY(triggers.suspend(QStringLiteral("contacts")));
    KIZUNA_TRY(triggers.suspend(QStringLiteral("search_docs")));
    KIZUNA_TRY(runSql(QStringLiteral("INSERT INTO contacts(id, %1, created_at, updated_at) SELECT id, %2, :now, :now "
                                     "FROM %3 ORDER BY id")
                          .arg(fields.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), StagingTable)));
    KIZUNA_TRY(checkCancelled());
    KIZUNA_TRY(triggers.replay(QStringLiteral("contacts"), *before));
    KIZUNA_TRY(checkCancelled());
    Storage::Fts5BulkWrite search(m_db);
    KIZUNA_TRY(search.apply());
    KIZUNA_TRY(triggers.replay(QStringLiteral("search_docs"), *searchBefore));
    KIZUNA_TRY(search.restore());
    KIZUNA_TRY(checkCancelled());
    KIZUNA_TRY(indexes.recreate([this](int) { return checkCancelled(); }));
    // The new contacts follow the old ones in rowid order, so they are the rows after `before`, in
    // id order (as inserted): the change log can read them in that order without sorting.
    qint64 newAfter = -1;
    if (changeLogFromContacts()) {
        auto added = m_db.queryInt(QStringLiteral("SELECT count(*) FROM contacts WHERE rowid > %1").arg(*before));
        if (!added.ok())
            return added.error();
        if (*added == m_staged)
            newAfter = *before;
    }
    KIZUNA_TRY(insertStagedChangeLog(newAfter));
    return m_db.exec(QStringLiteral("DROP TABLE %1").arg(StagingTable));
}

// The contacts hold the staged values as logged (the defaults of kind, lifecycle_stage and source
// included), except where the schema turns a NULL into 0 — a value that was never given must
// not be logged: true when no staged row gives one.
bool ContactImportSession::changeLogFromContacts() const
{
    const QStringList &fields = ContactRowConverter::fields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (hasSchemaDefault(fields.at(i)) && m_given.at(i))
            return false;
    }
    return true;
}

// One change-log row per new contact (Model::ChangeLog's one-row insert: its non-empty fields as
// a JSON object, in field-name order), in id order: read from the contacts after rowid
// `newAfter` (already in id order), or, when newAfter < 0, from the staging table (sorted).
Status ContactImportSession::insertStagedChangeLog(qint64 newAfter)
{
    const bool fromContacts = newAfter >= 0;
    QStringList sorted = ContactRowConverter::fields();
    sorted.sort();
    QStringList fields, values;
    for (const QString &field : std::as_const(sorted)) {
        if (fromContacts && hasSchemaDefault(field))
            continue; // never given (changeLogFromContacts)
        fields << field;
        values << (fromContacts ? field : stagedValueSql(field));
    }
    const QString source = fromContacts ? QStringLiteral("contacts WHERE rowid > %1 ORDER BY rowid").arg(newAfter)
                                        : QStringLiteral("%1 ORDER BY id").arg(StagingTable);
    return runSql(QStringLiteral("INSERT INTO change_log(entity, record_id, op, field, old_value, new_value, changed_at, "
                                 "author, node) SELECT 'contact', id, 'insert', NULL, NULL, %1, :now, :author, :node "
                                 "FROM %2")
                      .arg(Model::ChangeLog::insertValuesSql(fields, values), source));
}

} // namespace Kizuna::Io
