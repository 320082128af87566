// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Kizuna::Ui {

// Item data roles of the task model.
enum TaskRole : int {
    TaskIdRole = Qt::UserRole + 1, // QString: the task's id (empty on a section row)
    TaskBucketRole,                // int: Model::TaskBucket of the row or section
    TaskDueRole,                   // QDateTime (local time), invalid when there is none
    TaskIsSectionRole,             // bool: a section header row (Overdue, Today …)
};

} // namespace Kizuna::Ui
