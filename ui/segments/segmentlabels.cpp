// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segmentlabels.h"

#include "core/analytics/rfm.h"
#include "ui/common/choicelabels.h"
#include "ui/common/fieldlabels.h"

namespace Kizuna::Ui {

using Segments::SegmentOperator;
using Segments::SegmentValueType;

QString SegmentLabels::field(const QString &name)
{
    if (name == u"created_at")
        return tr("Created");
    if (name == u"updated_at")
        return tr("Last changed");
    if (name == u"tag")
        return tr("Tag");
    if (name == u"rfm_class")
        return tr("RFM class");
    if (name == u"last_activity_days")
        return tr("Days since last activity");
    if (name == u"purchased_product")
        return tr("Bought product (SKU)");
    if (name == u"purchased_category")
        return tr("Bought product category");
    if (name == u"orders_count")
        return tr("Number of orders");
    if (name == u"revenue")
        return tr("Revenue");
    return FieldLabels::label(QStringLiteral("contact"), name);
}

QString SegmentLabels::hint(const QString &name)
{
    if (name == u"rfm_class")
        return tr("The RFM class as of today, from the contact's orders");
    if (name == u"last_activity_days")
        return tr("Whole days since the contact's last call, email, meeting or other activity; "
                  "\"is empty\" finds contacts without any");
    if (name == u"purchased_product")
        return tr("Contacts who bought a product with this SKU");
    if (name == u"purchased_category")
        return tr("Contacts who bought a product of this category");
    if (name == u"orders_count" || name == u"revenue")
        return tr("All orders up to today; contacts without orders count as 0");
    if (name == u"tag")
        return tr("Contacts with a tag of this name");
    return {};
}

QString SegmentLabels::op(SegmentOperator op, SegmentValueType type)
{
    const bool date = type == SegmentValueType::Date || type == SegmentValueType::DateTime;
    switch (op) {
    case SegmentOperator::Equals:
        return date ? tr("is on") : tr("is");
    case SegmentOperator::NotEquals:
        return tr("is not");
    case SegmentOperator::In:
        return tr("is any of");
    case SegmentOperator::NotIn:
        return tr("is none of");
    case SegmentOperator::Contains:
        return tr("contains");
    case SegmentOperator::Less:
        return date ? tr("is before") : tr("is less than");
    case SegmentOperator::LessOrEqual:
        return date ? tr("is on or before") : tr("is at most");
    case SegmentOperator::Greater:
        return date ? tr("is after") : tr("is more than");
    case SegmentOperator::GreaterOrEqual:
        return date ? tr("is on or after") : tr("is at least");
    case SegmentOperator::Between:
        return tr("is between");
    case SegmentOperator::IsEmpty:
        return tr("is empty");
    case SegmentOperator::IsNotEmpty:
        return tr("is not empty");
    }
    return Segments::operatorKey(op);
}

QString SegmentLabels::choice(const QString &field, const QString &key)
{
    if (field == u"kind")
        return ChoiceLabels::contactKind(key);
    if (field == u"lifecycle_stage")
        return ChoiceLabels::lifecycleStage(key);
    if (field == u"source")
        return ChoiceLabels::sourceChannel(key);
    if (field == u"rfm_class") {
        for (Analytics::RfmClass rfmClass : Analytics::rfmClasses()) {
            if (Analytics::rfmClassKey(rfmClass) == key)
                return Analytics::rfmClassName(rfmClass);
        }
    }
    return key;
}

} // namespace Kizuna::Ui
