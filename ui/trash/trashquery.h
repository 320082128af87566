// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QList>
#include <QString>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// A record in the Trash.
struct TrashItem
{
    QString entity; // "contact", "company", "deal"
    QString id;
    QString name;   // display name (family name first for Japanese), company name, deal title
    QString deletedAt; // UTC ISO-8601
};

// Reads what is in the Trash, most recently deleted first. No widgets: the Trash view runs it
// on a worker thread (finding the few deleted rows among a million scans the tables).
class TrashQuery final
{
public:
    static Result<QList<TrashItem>> items(Storage::Database &db, int limit);
};

} // namespace Kizuna::Ui
