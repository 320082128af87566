// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kizuna::Segments {

// How a condition compares a contact's value with the rule's values.
enum class SegmentOperator {
    Equals,         // "="
    NotEquals,      // "!=" (a contact without a value is "not equal")
    In,             // "in": any of a list
    NotIn,          // "not_in"
    Contains,       // "contains": text containing the value (case-insensitive for Latin letters)
    Less,           // "<"
    LessOrEqual,    // "<="
    Greater,        // ">"
    GreaterOrEqual, // ">="
    Between,        // "between": [from, to], both included
    IsEmpty,        // "is_empty": no value
    IsNotEmpty      // "is_not_empty"
};

QString operatorKey(SegmentOperator op);
std::optional<SegmentOperator> operatorFromKey(QStringView key);

// What a rule can test about a contact.
enum class SegmentSource {
    Column,            // a column of contacts (kind, prefecture, created_at …)
    Tag,               // has a tag, by tag name
    RfmClass,          // the RFM class as of the evaluation day ("champions" …)
    LastActivityDays,  // days since the last activity (call, mail, visit …)
    PurchasedProduct,  // bought a product, by SKU
    PurchasedCategory, // bought a product of a category
    OrdersCount,       // orders up to the evaluation day (0 without orders)
    Revenue            // revenue up to the evaluation day (0 without orders)
};

enum class SegmentValueType { Text, Choice, Reference, Integer, Number, Bool, Date, DateTime };

struct SegmentField
{
    QString name; // as written in a rule: "prefecture", "tag", "rfm_class"
    SegmentSource source = SegmentSource::Column;
    SegmentValueType type = SegmentValueType::Text;
    QStringList choices; // for Choice
    QList<SegmentOperator> operators;
};

// Every field a rule may name: each contact column of the catalogue, created_at and updated_at,
// then tag, rfm_class, last_activity_days, purchased_product, purchased_category, orders_count
// and revenue. (CLV is not offered: it needs a model fit over every customer's history.)
const QList<SegmentField> &segmentFields();
const SegmentField *findSegmentField(QStringView name);
QStringList segmentFieldNames();

} // namespace Kizuna::Segments
