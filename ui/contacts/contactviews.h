// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"
#include "ui/contacts/contactpagequery.h"

#include <QStringList>

#include <optional>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// A saved view of the contact list: its quick filters and its order.
struct SavedContactView
{
    ContactListFilter filter;
    ContactListOrder order;
};

// The saved views of a database file, kept as JSON in its settings table (key
// "contacts.saved_views"), so they travel with the file. Names are unique; saving a name again
// replaces the view.
namespace ContactViews {

QStringList names(Storage::Database &db);
std::optional<SavedContactView> load(Storage::Database &db, const QString &name);
Status save(Storage::Database &db, const QString &name, const SavedContactView &view);
Status remove(Storage::Database &db, const QString &name);

} // namespace ContactViews

} // namespace Kizuna::Ui
