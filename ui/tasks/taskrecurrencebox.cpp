// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/taskrecurrencebox.h"

#include "core/model/taskrecurrence.h"

namespace Kizuna::Ui {

TaskRecurrenceBox::TaskRecurrenceBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("taskRecurrence"));
    setToolTip(tr("How the task repeats: when it is done, the next one is created"));
    addItem(tr("Does not repeat"), QString());
    addItem(tr("Daily"), QStringLiteral("daily"));
    addItem(tr("Every weekday"), QStringLiteral("weekly:mon,tue,wed,thu,fri"));
    addItem(tr("Weekly"), QStringLiteral("weekly"));
    addItem(tr("Every 2 weeks"), QStringLiteral("every:2:weeks"));
    addItem(tr("Monthly"), QStringLiteral("monthly"));
    addItem(tr("Monthly on the last day"), QStringLiteral("monthly:last"));
    addItem(tr("Yearly"), QStringLiteral("yearly"));
}

void TaskRecurrenceBox::setRule(const QString &rule)
{
    auto parsed = Model::Recurrence::parse(rule);
    const QString canonical = parsed.ok() ? parsed->format() : rule.trimmed();
    int index = findData(canonical.isNull() ? QString() : canonical);
    if (canonical.isEmpty())
        index = 0;
    if (index < 0) {
        addItem(parsed.ok() ? parsed->describe() : canonical, canonical);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

QString TaskRecurrenceBox::rule(QDate due) const
{
    const QString chosen = currentData().toString();
    if (chosen.isEmpty())
        return {};
    auto parsed = Model::Recurrence::parse(chosen);
    if (!parsed.ok())
        return chosen; // an unknown stored rule is written back untouched
    return parsed->anchoredTo(due).format();
}

} // namespace Kizuna::Ui
