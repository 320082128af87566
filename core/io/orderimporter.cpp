// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/orderimporter.h"

#include "core/io/iotr.h"
#include "core/model/changelog.h"
#include "core/model/ids.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace Kizuna::Io {

namespace {

// The namespace of the name-based ids of imported records (a fixed random UUID: changing it
// would make re-imports create new contacts).
const QUuid &importNamespace()
{
    static const QUuid id(QStringLiteral("0e66f587-08a0-4935-9f23-906c28fe1424"));
    return id;
}

QString nameBasedId(const QString &name)
{
    return QUuid::createUuidV5(importNamespace(), name).toString(QUuid::WithoutBraces);
}

constexpr int ProgressEvery = 1000;

bool formatHasTime(const QString &format)
{
    static const QRegularExpression time(QStringLiteral("[hHmszaAt]"));
    return format.contains(time);
}

// The day of a date field; an invalid QDate when the text does not match.
QDate parseDay(const QString &text, const QString &format)
{
    if (!format.isEmpty()) {
        if (formatHasTime(format))
            return QDateTime::fromString(text, format).date();
        return QDate::fromString(text, format);
    }
    const qsizetype space = text.indexOf(u' ');
    if (space < 0)
        return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!QTime::fromString(text.mid(space + 1), QStringLiteral("HH:mm:ss")).isValid())
        return {};
    return QDate::fromString(text.left(space), QStringLiteral("yyyy-MM-dd"));
}

// A plain decimal amount; the reason in `problem` when it is not one.
std::optional<double> parseAmount(const QString &text, QString &problem)
{
    static const QRegularExpression plain(QStringLiteral(R"(^\+?(\d+(\.\d*)?|\.\d+)$)"));
    if (text.isEmpty()) {
        problem = Tr::tr("no amount (the field is empty)");
        return std::nullopt;
    }
    if (text.startsWith(u'-') && plain.match(text.mid(1)).hasMatch()) {
        problem = Tr::tr("a negative amount: \"%1\"").arg(text);
        return std::nullopt;
    }
    bool ok = false;
    const double value = plain.match(text).hasMatch() ? text.toDouble(&ok) : 0.0;
    if (!ok || !std::isfinite(value)) {
        problem = Tr::tr("not an amount (a plain decimal number such as 1234.50 is expected): \"%1\"").arg(text);
        return std::nullopt;
    }
    return value;
}

} // namespace

QString RejectedRow::text() const
{
    return Tr::tr("line %1: field \"%2\": %3").arg(line).arg(field, message);
}

struct OrderImporter::Columns
{
    struct Column
    {
        qsizetype index = -1; // 0-based; -1: not used
        QString name;
    };
    Column customer, date, amount, id;
};

struct OrderImporter::Row
{
    QString key;
    QDate day;
    double amount = 0;
    QString orderNumber;
};

OrderImporter::OrderImporter(Storage::Database &db, Model::ChangeContext context)
    : m_db(db), m_context(std::move(context))
{}

QString OrderImporter::customerContactId(const QString &key)
{
    return nameBasedId(QStringLiteral("customer:") + key);
}

QString OrderImporter::orderId(const QString &orderNumber)
{
    return nameBasedId(QStringLiteral("order:") + orderNumber);
}

Result<OrderImporter::Columns> OrderImporter::readColumns(CsvReader &reader, const OrderImportOptions &options) const
{
    QStringList header;
    if (options.hasHeader) {
        CsvRecord first;
        auto read = reader.next(first);
        if (!read.ok())
            return read.error();
        header = first.fields;
    }
    const auto resolve = [&](const QString &given, const QString &role) -> Result<Columns::Column> {
        const QString wanted = given.trimmed();
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed() == wanted)
                return Columns::Column{i, header.at(i).trimmed()};
        }
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                return Columns::Column{i, header.at(i).trimmed()};
        }
        bool isNumber = false;
        const int number = wanted.toInt(&isNumber);
        if (isNumber && number >= 1 && (!options.hasHeader || number <= header.size())) {
            const bool named = options.hasHeader && !header.at(number - 1).trimmed().isEmpty();
            return Columns::Column{number - 1, named ? header.at(number - 1).trimmed()
                                                     : Tr::tr("column %1").arg(number)};
        }
        if (!options.hasHeader)
            return Error::badInput(Tr::tr("%1 column \"%2\": without a header row, columns are given by number "
                                          "(1 for the first)").arg(role, given));
        if (isNumber)
            return Error::badInput(Tr::tr("%1 column %2: the header has only %3 columns")
                                       .arg(role, given).arg(header.size()));
        return Error::badInput(Tr::tr("no %1 column \"%2\" in the header (columns: %3)")
                                   .arg(role, given, header.join(QStringLiteral(", "))));
    };
    Columns columns;
    const std::pair<Columns::Column *, std::pair<QString, QString>> wanted[] = {
        {&columns.customer, {options.customerColumn, Tr::tr("customer")}},
        {&columns.date, {options.dateColumn, Tr::tr("date")}},
        {&columns.amount, {options.amountColumn, Tr::tr("amount")}},
        {&columns.id, {options.idColumn, Tr::tr("order id")}},
    };
    for (const auto &[column, given] : wanted) {
        if (given.first.isEmpty())
            continue;
        auto found = resolve(given.first, given.second);
        if (!found.ok())
            return found.error();
        *column = *found;
    }
    if (columns.customer.index < 0 || columns.date.index < 0 || columns.amount.index < 0)
        return Error::badInput(Tr::tr("the customer, date and amount columns are required"));
    return columns;
}

bool OrderImporter::parseRow(const CsvRecord &record, const Columns &columns,
                             const OrderImportOptions &options, Row &row,
                             QList<RejectedRow> &rejected)
{
    const auto reject = [&](const Columns::Column &column, const QString &message) {
        rejected.append({record.line, column.name, message});
        return false;
    };
    const Columns::Column *needed[] = {&columns.customer, &columns.date, &columns.amount, &columns.id};
    for (const Columns::Column *column : needed) {
        if (column->index >= record.fields.size())
            return reject(*column, Tr::tr("missing (the row has only %n field(s))", nullptr,
                                          int(record.fields.size())));
    }
    row.key = record.fields.at(columns.customer.index).trimmed();
    if (row.key.isEmpty())
        return reject(columns.customer, Tr::tr("no customer key (the field is empty)"));

    const QString dateText = record.fields.at(columns.date.index).trimmed();
    // Parsing with a format is slow and a history has few distinct days: remember them.
    auto known = m_days.constFind(dateText);
    if (known == m_days.cend())
        known = m_days.insert(dateText, parseDay(dateText, options.dateFormat));
    row.day = *known;
    if (!row.day.isValid()) {
        const QString format = options.dateFormat.isEmpty() ? QStringLiteral("yyyy-MM-dd") : options.dateFormat;
        return reject(columns.date, dateText.isEmpty()
                                        ? Tr::tr("no date (the field is empty)")
                                        : Tr::tr("not a date of the form %1: \"%2\"").arg(format, dateText));
    }

    QString problem;
    const auto amount = parseAmount(record.fields.at(columns.amount.index).trimmed(), problem);
    if (!amount)
        return reject(columns.amount, problem);
    row.amount = *amount;

    if (columns.id.index >= 0) {
        row.orderNumber = record.fields.at(columns.id.index).trimmed();
        if (row.orderNumber.isEmpty())
            return reject(columns.id, Tr::tr("no order id (the field is empty)"));
    }
    return true;
}

Status OrderImporter::beginStaging()
{
    // Foreign keys are checked at the commit: the orders of new customers are written before
    // their contacts, which are inserted at the end in one statement (the search index triggers
    // then flush FTS5 once instead of once per contact).
    return m_db.exec(QStringLiteral(
        "PRAGMA defer_foreign_keys = ON;"
        "DROP TABLE IF EXISTS temp.kizuna_import_contacts;"
        "DROP TABLE IF EXISTS temp.kizuna_import_orders;"
        "CREATE TEMP TABLE kizuna_import_contacts(id TEXT NOT NULL, key TEXT NOT NULL);"
        "CREATE TEMP TABLE kizuna_import_orders(id TEXT NOT NULL);"));
}

Result<QString> OrderImporter::contactFor(const QString &key, OrderImportSummary &summary)
{
    if (const auto known = m_contactIds.constFind(key); known != m_contactIds.cend())
        return *known;
    const QString id = customerContactId(key);
    auto exists = m_db.cached("SELECT 1 FROM contacts WHERE id = ?1");
    if (!exists.ok())
        return exists.error();
    (*exists)->bind(1, id);
    auto found = (*exists)->step();
    if (!found.ok())
        return found.error();
    (*exists)->reset();
    if (!*found) {
        auto stage = m_db.cached("INSERT INTO temp.kizuna_import_contacts(id, key) VALUES (?1, ?2)");
        if (!stage.ok())
            return stage.error();
        (*stage)->bind(1, id);
        (*stage)->bind(2, key);
        KIZUNA_TRY((*stage)->run());
        ++summary.newContacts;
    }
    m_contactIds.insert(key, id);
    return id;
}

// False when the order was imported before (same order id).
Result<bool> OrderImporter::insertOrder(const Row &row, const QString &contactId)
{
    QString id;
    if (!row.orderNumber.isEmpty()) {
        id = orderId(row.orderNumber);
        auto exists = m_db.cached("SELECT 1 FROM orders WHERE id = ?1");
        if (!exists.ok())
            return exists.error();
        (*exists)->bind(1, id);
        auto found = (*exists)->step();
        if (!found.ok())
            return found.error();
        (*exists)->reset();
        if (*found)
            return false;
    } else {
        id = Model::newId();
    }
    // Local time zone rules are looked up for every conversion: once per day is enough.
    auto stamp = m_dayStamps.constFind(row.day);
    if (stamp == m_dayStamps.cend())
        stamp = m_dayStamps.insert(row.day, Storage::toStoredTimestamp(row.day.startOfDay()));
    auto insert = m_db.cached(
        "INSERT INTO orders(id, contact_id, order_number, ordered_at, total, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    if (!insert.ok())
        return insert.error();
    Storage::Statement &s = **insert;
    s.bind(1, id);
    s.bind(2, contactId);
    s.bind(3, row.orderNumber.isEmpty() ? QString() : row.orderNumber);
    s.bind(4, *stamp);
    s.bind(5, row.amount);
    s.bind(6, m_now);
    KIZUNA_TRY(s.run());
    auto stage = m_db.cached("INSERT INTO temp.kizuna_import_orders(id) VALUES (?1)");
    if (!stage.ok())
        return stage.error();
    (*stage)->bind(1, id);
    KIZUNA_TRY((*stage)->run());
    return true;
}

Status OrderImporter::runStaged(const char *sql)
{
    return runStaged(QString::fromLatin1(sql));
}

Status OrderImporter::runStaged(const QString &sql)
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

// The new contacts, then the change log: one row per inserted record as RecordStore writes it,
// in record order so the change log's index is filled in sequence.
Status OrderImporter::finishStaging()
{
    // These statements write only values the schema allows (literals and checked columns), and
    // SQLite evaluates an `x IN (…)` CHECK by building a temporary b-tree for every row: skip
    // the checks for them, as a bulk load does.
    auto ignoring = m_db.queryInt(QStringLiteral("PRAGMA ignore_check_constraints"));
    if (!ignoring.ok())
        return ignoring.error();
    const bool checks = *ignoring == 0;
    if (checks)
        KIZUNA_TRY(m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    const Status staged = writeStaged();
    if (checks)
        (void)m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    return staged;
}

Status OrderImporter::writeStaged()
{
    KIZUNA_TRY(runStaged(
        "INSERT INTO contacts(id, kind, lifecycle_stage, family_name, source, created_at, updated_at) "
        "SELECT id, 'customer', 'customer', key, 'import', :now, :now FROM temp.kizuna_import_contacts ORDER BY id"));
    // One change-log row per record (Model::ChangeLog's one-row insert), fields in name order.
    const QString contactValues = Model::ChangeLog::insertValuesSql(
        {QStringLiteral("family_name"), QStringLiteral("kind"), QStringLiteral("lifecycle_stage"), QStringLiteral("source")},
        {QStringLiteral("c.key"), QStringLiteral("'customer'"), QStringLiteral("'customer'"), QStringLiteral("'import'")});
    KIZUNA_TRY(runStaged(QStringLiteral(
                             "INSERT INTO change_log(entity, record_id, op, field, old_value, new_value, changed_at, "
                             "author, node) SELECT 'contact', c.id, 'insert', NULL, NULL, %1, :now, :author, :node "
                             "FROM temp.kizuna_import_contacts c ORDER BY c.id")
                             .arg(contactValues)));
    const QStringList orderFields = {QStringLiteral("contact_id"), QStringLiteral("order_number"),
                                     QStringLiteral("ordered_at"), QStringLiteral("total")};
    QStringList orderValues;
    for (const QString &field : orderFields)
        orderValues << QStringLiteral("o.") + field;
    KIZUNA_TRY(runStaged(QStringLiteral(
                             "INSERT INTO change_log(entity, record_id, op, field, old_value, new_value, changed_at, "
                             "author, node) SELECT 'order', o.id, 'insert', NULL, NULL, %1, :now, :author, :node "
                             "FROM temp.kizuna_import_orders i JOIN orders o ON o.id = i.id ORDER BY o.id")
                             .arg(Model::ChangeLog::insertValuesSql(orderFields, orderValues))));
    return m_db.exec(QStringLiteral("DROP TABLE temp.kizuna_import_contacts; DROP TABLE temp.kizuna_import_orders;"));
}

Result<OrderImportSummary> OrderImporter::importCsv(QIODevice &device, const OrderImportOptions &options,
                                                   const Progress &progress, const std::atomic<bool> *cancel)
{
    CsvReader reader(device, options.csv);
    CsvRecord record;
    auto columns = readColumns(reader, options);
    if (!columns.ok())
        return columns.error();

    Storage::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.beginError();
    KIZUNA_TRY(beginStaging());
    m_now = Storage::nowTimestamp();
    m_contactIds.clear();
    m_days.clear();
    OrderImportSummary summary;
    QSet<QString> customers;
    for (;;) {
        auto more = reader.next(record);
        if (!more.ok())
            return more.error();
        if (!*more)
            break;
        ++summary.rows;
        if (summary.rows % ProgressEvery == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return Error::cancelled(Tr::tr("import cancelled; nothing was imported"));
            if (progress)
                progress(reader.bytesRead());
        }
        Row row;
        if (!parseRow(record, *columns, options, row, summary.rejected))
            continue;
        auto contactId = contactFor(row.key, summary);
        if (!contactId.ok())
            return contactId.error();
        auto inserted = insertOrder(row, *contactId);
        if (!inserted.ok())
            return inserted.error();
        if (!*inserted) {
            ++summary.alreadyPresent;
            continue;
        }
        ++summary.orders;
        customers.insert(*contactId);
    }
    if (progress)
        progress(reader.bytesRead());
    summary.customers = customers.size();
    if (summary.rows > 0 && summary.rejected.size() == summary.rows)
        return summary; // every row is bad: nothing to write (the transaction rolls back)
    KIZUNA_TRY(finishStaging());
    KIZUNA_TRY(transaction.commit());
    summary.written = true;
    return summary;
}

Result<QList<OrderPreviewRow>> OrderImporter::previewCsv(QIODevice &device, const OrderImportOptions &options,
                                                         int maxRows)
{
    CsvReader reader(device, options.csv);
    CsvRecord record;
    auto columns = readColumns(reader, options);
    if (!columns.ok())
        return columns.error();
    m_days.clear();
    QList<OrderPreviewRow> rows;
    while (rows.size() < maxRows) {
        auto more = reader.next(record);
        if (!more.ok())
            return more.error();
        if (!*more)
            break;
        OrderPreviewRow out;
        out.line = record.line;
        out.fields = record.fields;
        Row row;
        if (parseRow(record, *columns, options, row, out.problems)) {
            out.customer = row.key;
            out.day = row.day;
            out.amount = row.amount;
            out.orderNumber = row.orderNumber;
        }
        rows.append(out);
    }
    return rows;
}

} // namespace Kizuna::Io
