// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/segments/segmentfield.h"

#include <QCoreApplication>
#include <QString>

namespace Kizuna::Ui {

// Translated words for the segment editor: the fields a rule can test ("prefecture" →
// "Prefecture" / 都道府県), operators in the words that fit the field's type ("<" on a date is
// "is before", on a number "is less than"), and the stored keys of choice fields.
class SegmentLabels final {
    Q_DECLARE_TR_FUNCTIONS(Kizuna::Ui::SegmentLabels)

public:
    static QString field(const QString &name);
    static QString op(Segments::SegmentOperator op, Segments::SegmentValueType type);
    // The label of one stored key of a choice field (kind, lifecycle stage, source, RFM class);
    // an unknown key is returned unchanged.
    static QString choice(const QString &field, const QString &key);
    // A short explanation of the field, for its tooltip (what "last activity days" counts …).
    static QString hint(const QString &name);
};

} // namespace Kizuna::Ui
