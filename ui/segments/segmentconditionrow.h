// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/segments/segmentrule.h"
#include "core/storage/result.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

class SegmentValueEditor;

// One condition of a segment rule as a row: field, operator (only those that fit the field),
// value, and a button that removes the row.
class SegmentConditionRow final : public QWidget {
    Q_OBJECT

public:
    explicit SegmentConditionRow(Storage::Database &db, QWidget *parent = nullptr);

    QString fieldName() const;
    Segments::SegmentOperator op() const;
    // Shows a condition of a stored rule.
    void setCondition(const Segments::SegmentCondition &condition);
    // Chooses the field and operator as a user would (values are then typed in the inputs).
    void choose(const QString &fieldName, Segments::SegmentOperator op);
    // The condition, checked; errors start with "Condition <number> (<field>):".
    Result<Segments::SegmentRule> condition(int number) const;

    QComboBox *fieldBox() const { return m_field; }
    QComboBox *operatorBox() const { return m_operator; }
    SegmentValueEditor *valueEditor() const { return m_value; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void fieldChosen();
    void operatorChosen();

    QComboBox *m_field = nullptr;
    QComboBox *m_operator = nullptr;
    SegmentValueEditor *m_value = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace Kizuna::Ui
