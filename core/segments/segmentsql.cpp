// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segments/segmentsql.h"

#include "core/analytics/rfm.h"
#include "core/segments/segmentstr.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QStringList>

namespace Kizuna::Segments {

namespace {

using Op = SegmentOperator;

QString dayStart(QDate day)
{
    return Storage::toStoredTimestamp(day.startOfDay());
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// The text for LIKE '%value%' with the wildcards of `value` escaped by '\'.
QString containsPattern(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + value + u'%';
}

// Does `op` with `values` hold for a contact whose amount is 0 (no orders)?
bool holdsAtZero(Op op, const QVariantList &values)
{
    const double v = values.value(0).toDouble();
    switch (op) {
    case Op::Equals: return v == 0;
    case Op::NotEquals: return v != 0;
    case Op::Less: return 0 < v;
    case Op::LessOrEqual: return 0 <= v;
    case Op::Greater: return 0 > v;
    case Op::GreaterOrEqual: return 0 >= v;
    case Op::Between: return v <= 0 && 0 <= values.value(1).toDouble();
    default: return false;
    }
}

class Compiler final
{
public:
    explicit Compiler(const SegmentSql::Options &options)
        : m_options(options)
        , m_asOf(options.asOf.isValid() ? options.asOf : QDate::currentDate())
    {
    }

    QString node(const SegmentRule &rule)
    {
        if (!rule.isGroup())
            return condition(rule.condition());
        QStringList parts;
        for (const SegmentRule &child : rule.children())
            parts << node(child);
        if (parts.isEmpty())
            return QStringLiteral("1");
        const QString glue = rule.match() == SegmentRule::Match::Any ? QStringLiteral(" OR ") : QStringLiteral(" AND ");
        return u'(' + parts.join(glue) + u')';
    }

    QVariantMap binds;
    bool rfmUsed = false;

private:
    QString param(const QVariant &value)
    {
        const QString name = u':' + m_options.parameterPrefix + QString::number(binds.size() + 1);
        binds.insert(name, value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
        return name;
    }

    QString list(const QVariantList &values)
    {
        QStringList names;
        for (const QVariant &value : values)
            names << param(value);
        return names.join(QStringLiteral(", "));
    }

    QString endOfAsOf() { return param(dayStart(m_asOf.addDays(1))); }

    QString condition(const SegmentCondition &c)
    {
        const SegmentField *field = findSegmentField(c.field);
        Q_ASSERT(field); // conditions are checked when they are made
        switch (field->source) {
        case SegmentSource::Column: return column(*field, c);
        case SegmentSource::Tag: return tag(c);
        case SegmentSource::RfmClass: return rfm(c);
        case SegmentSource::LastActivityDays: return lastActivity(c);
        case SegmentSource::PurchasedProduct: return purchased(QStringLiteral("p.sku"), c);
        case SegmentSource::PurchasedCategory: return purchased(QStringLiteral("p.category"), c);
        case SegmentSource::OrdersCount: return orderAggregate(QStringLiteral("count(*)"), c);
        case SegmentSource::Revenue: return orderAggregate(QStringLiteral("sum(o.total)"), c);
        }
        return QStringLiteral("0");
    }

    // "x IN (subquery)" for the positive operators, "x NOT IN (subquery)" for the negative ones.
    static QString membership(Op op, const QString &subquery)
    {
        const bool negative = op == Op::NotEquals || op == Op::NotIn || op == Op::IsEmpty;
        return (negative ? QStringLiteral("c.id NOT IN (") : QStringLiteral("c.id IN (")) + subquery + u')';
    }

    QString column(const SegmentField &field, const SegmentCondition &c)
    {
        const QString col = u"c." + field.name;
        if (field.type == SegmentValueType::DateTime)
            return dateTimeColumn(col, c);
        // prefecture and email have ifnull() expression indexes (schema step 4); the same
        // expression lets SQLite look a value up in them.
        QString equalsColumn = col;
        if (field.name == u"prefecture" || field.name == u"email")
            equalsColumn = u"ifnull(" + col + u", '')";
        const bool text = field.type == SegmentValueType::Text || field.type == SegmentValueType::Choice
            || field.type == SegmentValueType::Reference;
        QString sql;
        switch (c.op) {
        case Op::Equals: sql = equalsColumn + u" = " + param(c.values.first()); break;
        case Op::NotEquals: sql = u'(' + col + u" IS NULL OR " + col + u" <> " + param(c.values.first()) + u')'; break;
        case Op::In: sql = col + u" IN (" + list(c.values) + u')'; break;
        case Op::NotIn: sql = u'(' + col + u" IS NULL OR " + col + u" NOT IN (" + list(c.values) + u"))"; break;
        case Op::Contains:
            sql = col + u" LIKE " + param(containsPattern(c.values.first().toString())) + u" ESCAPE '\\'";
            break;
        case Op::Less: sql = col + u" < " + param(c.values.first()); break;
        case Op::LessOrEqual: sql = col + u" <= " + param(c.values.first()); break;
        case Op::Greater: sql = col + u" > " + param(c.values.first()); break;
        case Op::GreaterOrEqual: sql = col + u" >= " + param(c.values.first()); break;
        case Op::Between:
            sql = u'(' + col + u" BETWEEN " + param(c.values.at(0)) + u" AND " + param(c.values.at(1)) + u')';
            break;
        case Op::IsEmpty:
            sql = text ? QString(u'(' + col + u" IS NULL OR " + col + u" = '')") : QString(col + u" IS NULL");
            break;
        case Op::IsNotEmpty:
            sql = text ? QString(u'(' + col + u" IS NOT NULL AND " + col + u" <> '')") : QString(col + u" IS NOT NULL");
            break;
        }
        return sql.isEmpty() ? QStringLiteral("0") : sql;
    }

    // Time stamps compared by the local calendar day of the rule's dates.
    QString dateTimeColumn(const QString &col, const SegmentCondition &c)
    {
        const QDate first = dateOf(c.values.value(0));
        const QDate second = dateOf(c.values.value(1));
        const auto from = [&](QDate day) -> QString { return col + u" >= " + param(dayStart(day)); };
        const auto before = [&](QDate day) -> QString { return col + u" < " + param(dayStart(day)); };
        switch (c.op) {
        case Op::Equals: return u'(' + from(first) + u" AND " + before(first.addDays(1)) + u')';
        case Op::Less: return before(first);
        case Op::LessOrEqual: return before(first.addDays(1));
        case Op::Greater: return from(first.addDays(1));
        case Op::GreaterOrEqual: return from(first);
        case Op::Between: return u'(' + from(first) + u" AND " + before(second.addDays(1)) + u')';
        case Op::IsEmpty: return col + u" IS NULL";
        case Op::IsNotEmpty: return col + u" IS NOT NULL";
        default: return QStringLiteral("0");
        }
    }

    QString tag(const SegmentCondition &c)
    {
        QString sub = QStringLiteral("SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                     "WHERE ct.deleted_at IS NULL AND t.deleted_at IS NULL");
        if (!c.values.isEmpty())
            sub += u" AND t.name IN (" + list(c.values) + u')';
        return membership(c.op, sub);
    }

    QString rfm(const SegmentCondition &c)
    {
        rfmUsed = true;
        QString sub = u"SELECT r.contact_id FROM " + m_options.rfmTable + u" r";
        if (!c.values.isEmpty())
            sub += u" WHERE r.rfm_class IN (" + list(c.values) + u')';
        return membership(c.op, sub);
    }

    QString purchased(const QString &productColumn, const SegmentCondition &c)
    {
        // From the few products to their order lines (order_lines_product), then each line's
        // order; the unary + keeps SQLite from scanning every order by date instead.
        const QString sub = u"SELECT o.contact_id FROM order_lines l JOIN orders o ON o.id = l.order_id "
                            u"WHERE l.product_id IN (SELECT p.id FROM products p WHERE " + productColumn + u" IN ("
            + list(c.values) + u")) AND l.deleted_at IS NULL AND o.deleted_at IS NULL AND +o.ordered_at < "
            + endOfAsOf();
        return membership(c.op, sub);
    }

    // orders_count / revenue: contacts whose aggregate passes; when 0 passes too, every contact
    // except those whose aggregate fails (contacts without orders count as 0).
    QString orderAggregate(const QString &aggregate, const SegmentCondition &c)
    {
        QString test;
        switch (c.op) {
        case Op::Equals: test = aggregate + u" = " + param(c.values.first()); break;
        case Op::NotEquals: test = aggregate + u" <> " + param(c.values.first()); break;
        case Op::Less: test = aggregate + u" < " + param(c.values.first()); break;
        case Op::LessOrEqual: test = aggregate + u" <= " + param(c.values.first()); break;
        case Op::Greater: test = aggregate + u" > " + param(c.values.first()); break;
        case Op::GreaterOrEqual: test = aggregate + u" >= " + param(c.values.first()); break;
        case Op::Between:
            test = aggregate + u" BETWEEN " + param(c.values.at(0)) + u" AND " + param(c.values.at(1));
            break;
        default: return QStringLiteral("0");
        }
        const QString sub = u"SELECT o.contact_id FROM orders o WHERE o.deleted_at IS NULL AND o.ordered_at < "
            + endOfAsOf() + u" GROUP BY o.contact_id HAVING ";
        if (holdsAtZero(c.op, c.values))
            return u"c.id NOT IN (" + sub + u"NOT (" + test + u"))";
        return u"c.id IN (" + sub + test + u')';
    }

    // Days since the last activity up to the as-of day, as a range of last-activity days
    // [lo, hi]: recent ranges (no upper day) read activities_occurred once; others probe
    // activities_contact per contact.
    QString lastActivity(const SegmentCondition &c)
    {
        const auto daysAgo = [&](int index) { return m_asOf.addDays(-c.values.value(index).toLongLong()); };
        QDate lo, hi;
        switch (c.op) {
        case Op::Equals: lo = hi = daysAgo(0); break;
        case Op::Less: lo = daysAgo(0).addDays(1); break;
        case Op::LessOrEqual: lo = daysAgo(0); break;
        case Op::Greater: hi = daysAgo(0).addDays(-1); break;
        case Op::GreaterOrEqual: hi = daysAgo(0); break;
        case Op::Between: lo = daysAgo(1); hi = daysAgo(0); break;
        case Op::IsEmpty:
        case Op::IsNotEmpty: break;
        default: return QStringLiteral("0");
        }
        const QString activities = QStringLiteral("SELECT a.contact_id FROM activities a WHERE a.deleted_at IS NULL "
                                                  "AND a.contact_id IS NOT NULL");
        if (c.op == Op::IsEmpty || c.op == Op::IsNotEmpty)
            return membership(c.op, activities + u" AND a.occurred_at < " + endOfAsOf());
        if (!hi.isValid())
            return u"c.id IN (" + activities + u" AND a.occurred_at >= " + param(dayStart(lo))
                + u" AND a.occurred_at < " + endOfAsOf() + u')';
        const QString probe = QStringLiteral("SELECT 1 FROM activities a WHERE a.contact_id = c.id AND "
                                             "a.deleted_at IS NULL");
        const QString afterHi = param(dayStart(hi.addDays(1)));
        QString sql = u"(EXISTS (" + probe + (lo.isValid() ? u" AND a.occurred_at >= " + param(dayStart(lo)) : QString())
            + u" AND a.occurred_at < " + afterHi + u')';
        if (hi < m_asOf)
            sql += u" AND NOT EXISTS (" + probe + u" AND a.occurred_at >= " + afterHi + u" AND a.occurred_at < "
                + endOfAsOf() + u')';
        return sql + u')';
    }

    const SegmentSql::Options &m_options;
    QDate m_asOf;
};

} // namespace

SegmentPredicate SegmentSql::compile(const SegmentRule &rule, const Options &options)
{
    Compiler compiler(options);
    SegmentPredicate predicate;
    predicate.sql = compiler.node(rule);
    predicate.binds = compiler.binds;
    if (compiler.rfmUsed)
        predicate.rfmTable = options.rfmTable;
    return predicate;
}

QString SegmentSql::membersSql(const SegmentPredicate &predicate)
{
    return u"SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL AND " + predicate.sql;
}

void SegmentSql::bind(Storage::Statement &statement, const QVariantMap &binds)
{
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        if (const int index = statement.parameterIndex(it.key().toUtf8().constData()); index > 0)
            statement.bindVariant(index, it.value());
    }
}

Status SegmentSql::fillRfmTable(Storage::Database &db, const QString &table, QDate asOf,
                                const std::atomic<bool> *cancel)
{
    auto customers = Analytics::computeRfm(db, asOf, cancel);
    if (!customers.ok())
        return customers.error();
    // Only temporary tables are written, so this works on a read-only connection too; a
    // savepoint (not BEGIN IMMEDIATE) keeps the inserts in one transaction there as well.
    KIZUNA_TRY(db.exec(u"CREATE TEMP TABLE IF NOT EXISTS " + table.section(u'.', -1)
                       + u"(contact_id TEXT PRIMARY KEY NOT NULL, rfm_class TEXT NOT NULL) WITHOUT ROWID;"
                       + u"DELETE FROM " + table + u';'));
    KIZUNA_TRY(db.exec(QStringLiteral("SAVEPOINT kizuna_segment_rfm")));
    auto insert = db.prepare(u"INSERT INTO " + table + u"(contact_id, rfm_class) VALUES (?1, ?2)");
    Status status = insert.ok() ? Status() : Status(insert.error());
    for (size_t i = 0; status.ok() && i < customers->size(); ++i) {
        if (cancel && (i & 0xfff) == 0 && cancel->load(std::memory_order_relaxed)) {
            status = Error::cancelled(Tr::tr("segment evaluation cancelled"));
            break;
        }
        const Analytics::RfmCustomer &customer = (*customers)[i];
        insert->bind(1, customer.contactId);
        insert->bind(2, Analytics::rfmClassKey(customer.rfmClass));
        status = insert->run();
    }
    if (!status.ok()) {
        (void)db.exec(QStringLiteral("ROLLBACK TO kizuna_segment_rfm; RELEASE kizuna_segment_rfm"));
        return status;
    }
    return db.exec(QStringLiteral("RELEASE kizuna_segment_rfm"));
}

} // namespace Kizuna::Segments
