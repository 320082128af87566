// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segments/segmentrule.h"

#include "core/segments/segmentstr.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Kizuna::Segments {

namespace {

using Op = SegmentOperator;

// "segment rule at conditions[1]: " (or "segment rule: " at the top).
QString prefix(const QString &where)
{
    return where.isEmpty() ? Tr::tr("segment rule: ") : Tr::tr("segment rule at %1: ").arg(where);
}

Error bad(const QString &where, const QString &message)
{
    return Error::badInput(prefix(where) + message);
}

QString shown(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("null");
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QVariantMap)
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    return value.toString();
}

QString operatorList(const QList<Op> &operators)
{
    QStringList keys;
    for (Op op : operators)
        keys << operatorKey(op);
    return keys.join(QStringLiteral(", "));
}

bool isText(const QVariant &value)
{
    return value.typeId() == QMetaType::QString;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Double: case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

std::optional<double> numberOf(const QVariant &value)
{
    bool ok = false;
    double number = 0;
    if (isNumber(value))
        number = value.toDouble(&ok);
    else if (isText(value))
        number = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

// One value converted for the field; the error names field and value.
Result<QVariant> normalise(const SegmentField &field, const QVariant &value, const QString &where)
{
    const QString name = field.name;
    const auto wrong = [&](const QString &needs) {
        return bad(where, Tr::tr("field \"%1\" needs %2, not %3").arg(name, needs, shown(value)));
    };
    switch (field.type) {
    case SegmentValueType::Text:
    case SegmentValueType::Reference: {
        if (!isText(value) && !isNumber(value))
            return wrong(Tr::tr("a text"));
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return bad(where, Tr::tr("field \"%1\" needs a value (to find contacts without one, use "
                                     "the operator is_empty)").arg(name));
        return QVariant(text);
    }
    case SegmentValueType::Choice: {
        const QString key = value.toString().trimmed().toLower();
        if (!isText(value) || !field.choices.contains(key))
            return wrong(Tr::tr("one of %1").arg(field.choices.join(QStringLiteral(", "))));
        return QVariant(key);
    }
    case SegmentValueType::Integer: {
        const auto number = numberOf(value);
        if (!number || *number != std::floor(*number) || std::fabs(*number) > 9e15)
            return wrong(Tr::tr("a whole number"));
        if (field.source != SegmentSource::Column && *number < 0)
            return wrong(Tr::tr("a whole number of at least 0"));
        return QVariant(static_cast<qint64>(*number));
    }
    case SegmentValueType::Number: {
        const auto number = numberOf(value);
        if (!number)
            return wrong(Tr::tr("a number"));
        return QVariant(*number);
    }
    case SegmentValueType::Bool: {
        if (value.typeId() == QMetaType::Bool)
            return value;
        const QString text = value.toString().trimmed().toLower();
        if (text == u"1" || text == u"true" || text == u"yes")
            return QVariant(true);
        if (text == u"0" || text == u"false" || text == u"no")
            return QVariant(false);
        return wrong(Tr::tr("true or false"));
    }
    case SegmentValueType::Date:
    case SegmentValueType::DateTime: {
        const QDate date = isText(value) ? QDate::fromString(value.toString().trimmed(), Qt::ISODate) : QDate();
        if (!date.isValid())
            return wrong(Tr::tr("a date YYYY-MM-DD"));
        return QVariant(date.toString(Qt::ISODate));
    }
    }
    return wrong(Tr::tr("a value"));
}

bool lessThan(const QVariant &a, const QVariant &b)
{
    if (isText(a))
        return a.toString() < b.toString();
    return a.toDouble() < b.toDouble();
}

QJsonValue jsonOf(const QVariant &value)
{
    return QJsonValue::fromVariant(value);
}

} // namespace

SegmentRule SegmentRule::group(Match match, std::vector<SegmentRule> children)
{
    SegmentRule rule;
    rule.m_match = match;
    rule.m_children = std::move(children);
    return rule;
}

Result<SegmentRule> SegmentRule::condition(const QString &fieldName, SegmentOperator op,
                                           const QVariantList &values, const QString &where)
{
    const SegmentField *field = findSegmentField(fieldName);
    if (!field)
        return bad(where, Tr::tr("unknown field \"%1\" (fields: %2)")
                              .arg(fieldName, segmentFieldNames().join(QStringLiteral(", "))));
    if (!field->operators.contains(op))
        return bad(where, Tr::tr("operator \"%1\" does not apply to field \"%2\" (use %3)")
                              .arg(operatorKey(op), field->name, operatorList(field->operators)));
    const qsizetype count = values.size();
    const QString opKey = operatorKey(op);
    if ((op == Op::IsEmpty || op == Op::IsNotEmpty) && count != 0)
        return bad(where, Tr::tr("operator \"%1\" on field \"%2\" takes no value").arg(opKey, field->name));
    if (op == Op::Between && count != 2)
        return bad(where, Tr::tr("operator \"between\" on field \"%1\" needs two values [from, to], not %2")
                              .arg(field->name, shown(values)));
    if ((op == Op::In || op == Op::NotIn) && count == 0)
        return bad(where, Tr::tr("operator \"%1\" on field \"%2\" needs a list of one or more values")
                              .arg(opKey, field->name));
    const bool single = op != Op::IsEmpty && op != Op::IsNotEmpty && op != Op::Between && op != Op::In
        && op != Op::NotIn;
    if (single && count != 1)
        return bad(where, Tr::tr("operator \"%1\" on field \"%2\" needs one value, not %3")
                              .arg(opKey, field->name, shown(values)));

    SegmentRule rule;
    rule.m_group = false;
    rule.m_condition.field = field->name;
    rule.m_condition.op = op;
    for (const QVariant &value : values) {
        auto normalised = normalise(*field, value, where);
        if (!normalised.ok())
            return normalised.error();
        rule.m_condition.values << *normalised;
    }
    if (op == Op::Between && lessThan(rule.m_condition.values.at(1), rule.m_condition.values.at(0)))
        return bad(where, Tr::tr("field \"%1\": \"between\" needs the smaller value first, not %2")
                              .arg(field->name, shown(values)));
    return rule;
}

bool SegmentRule::uses(SegmentSource source) const
{
    if (!m_group) {
        const SegmentField *field = findSegmentField(m_condition.field);
        return field && field->source == source;
    }
    for (const SegmentRule &child : m_children) {
        if (child.uses(source))
            return true;
    }
    return false;
}

Result<SegmentRule> SegmentRule::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::badInput(Tr::tr("segment rule is not valid JSON: %1 at character %2")
                                   .arg(error.errorString())
                                   .arg(error.offset));
    if (!document.isObject())
        return Error::badInput(Tr::tr("segment rule must be a JSON object such as "
                                      "{\"op\": \"and\", \"conditions\": […]}"));
    return fromJsonObject(document.object());
}

Result<SegmentRule> SegmentRule::fromJsonObject(const QJsonObject &object, const QString &where)
{
    const bool isCondition = object.contains(QStringLiteral("field"));
    if (isCondition) {
        for (const QString &key : object.keys()) {
            if (key != u"field" && key != u"operator" && key != u"value")
                return bad(where, Tr::tr("unknown key \"%1\" in a condition (use field, operator, value)").arg(key));
        }
        const QJsonValue fieldValue = object.value(QStringLiteral("field"));
        if (!fieldValue.isString())
            return bad(where, Tr::tr("\"field\" must be a text such as \"prefecture\""));
        const QString opText = object.value(QStringLiteral("operator")).toString();
        const auto op = operatorFromKey(opText);
        if (!op) {
            const SegmentField *field = findSegmentField(fieldValue.toString());
            const QString allowed = field ? operatorList(field->operators) : operatorList({});
            return bad(where, Tr::tr("unknown operator \"%1\" for field \"%2\" (use %3)")
                                  .arg(opText, fieldValue.toString(),
                                       field ? allowed : QStringLiteral("=, !=, in, not_in, contains, <, <=, >, "
                                                                        ">=, between, is_empty, is_not_empty")));
        }
        const QJsonValue value = object.value(QStringLiteral("value"));
        QVariantList values;
        if (value.isArray())
            values = value.toArray().toVariantList();
        else if (!value.isUndefined() && !value.isNull())
            values << value.toVariant();
        return condition(fieldValue.toString(), *op, values, where);
    }

    for (const QString &key : object.keys()) {
        if (key != u"op" && key != u"conditions")
            return bad(where, Tr::tr("unknown key \"%1\" (a group has op and conditions; a condition has "
                                     "field, operator and value)").arg(key));
    }
    const QString op = object.value(QStringLiteral("op")).toString(QStringLiteral("and")).toLower();
    if (op != u"and" && op != u"or")
        return bad(where, Tr::tr("\"op\" must be \"and\" or \"or\", not \"%1\"")
                              .arg(object.value(QStringLiteral("op")).toVariant().toString()));
    const QJsonValue conditions = object.value(QStringLiteral("conditions"));
    if (!conditions.isUndefined() && !conditions.isArray())
        return bad(where, Tr::tr("\"conditions\" must be a list"));
    SegmentRule rule = group(op == u"or" ? Match::Any : Match::All);
    const QJsonArray items = conditions.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString place = (where.isEmpty() ? QString() : where + u'.')
            + QStringLiteral("conditions[%1]").arg(i);
        if (!items.at(i).isObject())
            return bad(place, Tr::tr("each condition must be a JSON object"));
        auto child = fromJsonObject(items.at(i).toObject(), place);
        if (!child.ok())
            return child.error();
        rule.add(std::move(*child));
    }
    return rule;
}

QJsonObject SegmentRule::toJsonObject() const
{
    if (!m_group) {
        QJsonObject object{{QStringLiteral("field"), m_condition.field},
                           {QStringLiteral("operator"), operatorKey(m_condition.op)}};
        const Op op = m_condition.op;
        if (op == Op::In || op == Op::NotIn || op == Op::Between) {
            QJsonArray values;
            for (const QVariant &value : m_condition.values)
                values.append(jsonOf(value));
            object.insert(QStringLiteral("value"), values);
        } else if (!m_condition.values.isEmpty()) {
            object.insert(QStringLiteral("value"), jsonOf(m_condition.values.first()));
        }
        return object;
    }
    QJsonArray children;
    for (const SegmentRule &child : m_children)
        children.append(child.toJsonObject());
    return {{QStringLiteral("op"), m_match == Match::Any ? QStringLiteral("or") : QStringLiteral("and")},
            {QStringLiteral("conditions"), children}};
}

QByteArray SegmentRule::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

} // namespace Kizuna::Segments
