// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Kizuna::Ui {

// Item data roles of the insights screens' models.
enum InsightsRole : int {
    ContactIdRole = Qt::UserRole + 1, // QString: the contact of the row
    SortRole,                         // the column's value as a number (or folded text) to sort by
    ChurnRiskClassRole,               // int: Analytics::ChurnRiskClass of the row
    RevenueRole,                      // double: historic revenue of the row
};

} // namespace Kizuna::Ui
