// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Kizuna::Ui {

// Item data roles of the contact models, beyond Qt's own. Values are raw (not translated):
// keys as stored in the database.
enum ContactRole : int {
    IdRole = Qt::UserRole + 1, // QString: the contact's UUID
    FamilyNameRole, // QString
    GivenNameRole, // QString
    FamilyNameReadingRole, // QString (katakana or hiragana reading; may be empty)
    GivenNameReadingRole, // QString
    CompanyIdRole, // QString: the company's UUID, empty if none
    KindKeyRole, // QString: "lead", "customer", "partner", "other"
    LifecycleStageKeyRole // QString: "subscriber", "lead", …, "churned"
};

} // namespace Kizuna::Ui
