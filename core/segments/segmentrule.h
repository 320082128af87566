// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/segments/segmentfield.h"
#include "core/storage/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVariantList>

#include <vector>

namespace Kizuna::Segments {

// One test on a contact: field, operator and values, already checked and normalised (text and
// dates as QString "YYYY-MM-DD", whole numbers as qint64, numbers as double, bool as bool).
struct SegmentCondition
{
    QString field;
    SegmentOperator op = SegmentOperator::Equals;
    QVariantList values; // none for is_empty/is_not_empty, two for between, one or more for in
};

// A segment's rule: a tree whose inner nodes are groups — all ("and") or any ("or") of their
// children — and whose leaves are conditions. An empty group matches every contact.
//
// JSON form (what the segments table stores and `kizuna-cli segment create --rule` takes):
//   {"op": "and", "conditions": [
//       {"field": "prefecture", "operator": "=", "value": "東京都"},
//       {"op": "or", "conditions": [
//           {"field": "tag", "operator": "in", "value": ["VIP", "常連"]},
//           {"field": "revenue", "operator": "between", "value": [10000, 50000]}]},
//       {"field": "email", "operator": "is_empty"}]}
// "{}" is the empty group. Errors name the place in the rule ("conditions[1].conditions[0]")
// and the field, operator or value that is wrong.
class SegmentRule final
{
public:
    enum class Match { All, Any };

    SegmentRule() = default; // the empty "and" group: every contact
    static SegmentRule group(Match match, std::vector<SegmentRule> children = {});
    // A condition with its values checked against the field (`where` prefixes errors).
    static Result<SegmentRule> condition(const QString &field, SegmentOperator op,
                                         const QVariantList &values = {}, const QString &where = {});

    bool isGroup() const { return m_group; }
    Match match() const { return m_match; }
    const std::vector<SegmentRule> &children() const { return m_children; }
    const SegmentCondition &condition() const { return m_condition; }
    void add(SegmentRule child) { m_children.push_back(std::move(child)); }
    // True when the rule tests a field of this source anywhere.
    bool uses(SegmentSource source) const;

    static Result<SegmentRule> fromJson(const QByteArray &json);
    static Result<SegmentRule> fromJsonObject(const QJsonObject &object, const QString &where = {});
    QJsonObject toJsonObject() const;
    QByteArray toJson() const; // compact, as stored

private:
    bool m_group = true;
    Match m_match = Match::All;
    std::vector<SegmentRule> m_children;
    SegmentCondition m_condition;
};

} // namespace Kizuna::Segments
