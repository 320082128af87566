// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QDate>

namespace Kizuna::Ui {

// A choice of how a task repeats: does not repeat, daily, weekdays, weekly, every two weeks,
// monthly, monthly on the last day, yearly. A stored rule that is none of these is shown as an
// extra entry with its description, so editing a task never loses its rule.
class TaskRecurrenceBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit TaskRecurrenceBox(QWidget *parent = nullptr);

    // Selects the stored rule (empty: does not repeat).
    void setRule(const QString &rule);
    // The rule to store for a task due on `due`: a plain monthly rule on the 29th–31st is pinned
    // to that day (Model::Recurrence::anchoredTo). Null when the task does not repeat.
    QString rule(QDate due = {}) const;
};

} // namespace Kizuna::Ui
