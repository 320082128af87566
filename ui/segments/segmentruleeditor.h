// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/segments/segmentrule.h"
#include "core/storage/result.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

class SegmentConditionRow;

// A segment's rule as the editor shows it: contacts that match all (or any) of a list of
// conditions, one row each. Rules with nested groups (written with kizuna-cli) cannot be shown
// as rows: setRule() then says so and the editor stays read-only for them.
class SegmentRuleEditor final : public QWidget {
    Q_OBJECT

public:
    explicit SegmentRuleEditor(Storage::Database &db, QWidget *parent = nullptr);

    // Shows a rule; false (and the editor disabled, with a note) when it has nested groups.
    bool setRule(const Segments::SegmentRule &rule);
    // An empty rule: all contacts.
    void clear();
    // The rule of the rows, checked; the first error names the condition.
    Result<Segments::SegmentRule> rule() const;
    bool isEditable() const { return m_editable; }

    SegmentConditionRow *addCondition();
    const QList<SegmentConditionRow *> &rows() const { return m_rows; }
    QComboBox *matchBox() const { return m_match; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void changed();

private:
    void removeRow(SegmentConditionRow *row);
    void setEditable(bool editable);

    Storage::Database &m_db;
    QComboBox *m_match = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QList<SegmentConditionRow *> m_rows;
    QPushButton *m_add = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_empty = nullptr;
    bool m_editable = true;
};

} // namespace Kizuna::Ui
