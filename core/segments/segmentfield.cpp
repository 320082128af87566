// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segments/segmentfield.h"

#include "core/analytics/rfm.h"
#include "core/model/entities.h"

#include <array>
#include <utility>

namespace Kizuna::Segments {

namespace {

using Op = SegmentOperator;

constexpr std::array OperatorKeys{
    std::pair{Op::Equals, "="},        std::pair{Op::NotEquals, "!="},
    std::pair{Op::In, "in"},           std::pair{Op::NotIn, "not_in"},
    std::pair{Op::Contains, "contains"}, std::pair{Op::Less, "<"},
    std::pair{Op::LessOrEqual, "<="},  std::pair{Op::Greater, ">"},
    std::pair{Op::GreaterOrEqual, ">="}, std::pair{Op::Between, "between"},
    std::pair{Op::IsEmpty, "is_empty"}, std::pair{Op::IsNotEmpty, "is_not_empty"}};

QList<Op> operatorsOf(SegmentValueType type)
{
    switch (type) {
    case SegmentValueType::Text:
        return {Op::Equals, Op::NotEquals, Op::In, Op::NotIn, Op::Contains, Op::IsEmpty, Op::IsNotEmpty};
    case SegmentValueType::Choice:
    case SegmentValueType::Reference:
        return {Op::Equals, Op::NotEquals, Op::In, Op::NotIn, Op::IsEmpty, Op::IsNotEmpty};
    case SegmentValueType::Integer:
    case SegmentValueType::Number:
        return {Op::Equals, Op::NotEquals, Op::Less, Op::LessOrEqual, Op::Greater, Op::GreaterOrEqual,
                Op::Between, Op::IsEmpty, Op::IsNotEmpty};
    case SegmentValueType::Bool:
        return {Op::Equals};
    case SegmentValueType::Date:
    case SegmentValueType::DateTime:
        return {Op::Equals, Op::Less, Op::LessOrEqual, Op::Greater, Op::GreaterOrEqual, Op::Between,
                Op::IsEmpty, Op::IsNotEmpty};
    }
    return {};
}

SegmentValueType valueTypeOf(Model::FieldType type)
{
    switch (type) {
    case Model::FieldType::Text: return SegmentValueType::Text;
    case Model::FieldType::Integer: return SegmentValueType::Integer;
    case Model::FieldType::Real: return SegmentValueType::Number;
    case Model::FieldType::Bool: return SegmentValueType::Bool;
    case Model::FieldType::Date: return SegmentValueType::Date;
    case Model::FieldType::DateTime: return SegmentValueType::DateTime;
    case Model::FieldType::Choice: return SegmentValueType::Choice;
    case Model::FieldType::Reference: return SegmentValueType::Reference;
    }
    return SegmentValueType::Text;
}

SegmentField column(const QString &name, SegmentValueType type, QStringList choices = {})
{
    return {name, SegmentSource::Column, type, std::move(choices), operatorsOf(type)};
}

QList<SegmentField> buildFields()
{
    QList<SegmentField> fields;
    for (const Model::FieldDef &def : Model::entity(u"contact").fields)
        fields << column(def.name, valueTypeOf(def.type), def.choices);
    fields << column(QStringLiteral("created_at"), SegmentValueType::DateTime)
           << column(QStringLiteral("updated_at"), SegmentValueType::DateTime);

    QStringList rfmKeys;
    for (Analytics::RfmClass rfmClass : Analytics::rfmClasses())
        rfmKeys << Analytics::rfmClassKey(rfmClass);
    const QList<Op> membership{Op::Equals, Op::NotEquals, Op::In, Op::NotIn};
    const QList<Op> amount{Op::Equals, Op::NotEquals, Op::Less, Op::LessOrEqual, Op::Greater,
                           Op::GreaterOrEqual, Op::Between};
    fields << SegmentField{QStringLiteral("tag"), SegmentSource::Tag, SegmentValueType::Text, {},
                           membership + QList<Op>{Op::IsEmpty, Op::IsNotEmpty}};
    fields << SegmentField{QStringLiteral("rfm_class"), SegmentSource::RfmClass, SegmentValueType::Choice,
                           rfmKeys, membership + QList<Op>{Op::IsEmpty, Op::IsNotEmpty}};
    fields << SegmentField{QStringLiteral("last_activity_days"), SegmentSource::LastActivityDays,
                           SegmentValueType::Integer, {},
                           {Op::Equals, Op::Less, Op::LessOrEqual, Op::Greater, Op::GreaterOrEqual,
                            Op::Between, Op::IsEmpty, Op::IsNotEmpty}};
    fields << SegmentField{QStringLiteral("purchased_product"), SegmentSource::PurchasedProduct,
                           SegmentValueType::Text, {}, membership};
    fields << SegmentField{QStringLiteral("purchased_category"), SegmentSource::PurchasedCategory,
                           SegmentValueType::Text, {}, membership};
    fields << SegmentField{QStringLiteral("orders_count"), SegmentSource::OrdersCount,
                           SegmentValueType::Integer, {}, amount};
    fields << SegmentField{QStringLiteral("revenue"), SegmentSource::Revenue, SegmentValueType::Number, {},
                           amount};
    return fields;
}

} // namespace

QString operatorKey(SegmentOperator op)
{
    for (const auto &[candidate, key] : OperatorKeys) {
        if (candidate == op)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<SegmentOperator> operatorFromKey(QStringView key)
{
    for (const auto &[op, candidate] : OperatorKeys) {
        if (key == QLatin1StringView(candidate))
            return op;
    }
    return std::nullopt;
}

const QList<SegmentField> &segmentFields()
{
    static const QList<SegmentField> fields = buildFields();
    return fields;
}

const SegmentField *findSegmentField(QStringView name)
{
    for (const SegmentField &field : segmentFields()) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

QStringList segmentFieldNames()
{
    QStringList names;
    for (const SegmentField &field : segmentFields())
        names << field.name;
    return names;
}

} // namespace Kizuna::Segments
