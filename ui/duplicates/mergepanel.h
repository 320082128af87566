// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QTableWidget;

namespace Kizuna::Ui {

// The two contacts of a pair side by side: one row per field where they differ, with a radio
// button on each value choosing the one the kept contact ends up with.
class MergePanel final : public QWidget
{
    Q_OBJECT

public:
    enum Side { Kept = 0, Merged = 1 };
    enum Column { FieldColumn, KeptColumn, MergedColumn };

    explicit MergePanel(QWidget *parent = nullptr);

    // Shows the pair; the choices start as ContactMerger::suggestedChoices picks them.
    void setContacts(const Model::Record &kept, const Model::Record &merged);
    void clear();

    QTableWidget *table() const { return m_table; }
    QStringList fields() const { return m_fields; }
    // Chooses the value of one side for a field (false when the field is not listed).
    bool choose(const QString &field, Side side);
    Side chosen(const QString &field) const;

    // The merged contact's values chosen over the kept one's.
    Model::FieldValues choices() const;
    const Model::Record &kept() const { return m_kept; }
    const Model::Record &merged() const { return m_merged; }

private:
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QList<QButtonGroup *> m_groups;
    QStringList m_fields;
    Model::Record m_kept;
    Model::Record m_merged;
};

} // namespace Kizuna::Ui
