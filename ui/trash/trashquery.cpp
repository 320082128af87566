// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trash/trashquery.h"

#include "core/model/personname.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Kizuna::Ui {

Result<QList<TrashItem>> TrashQuery::items(Storage::Database &db, int limit)
{
    auto statement = db.prepare(QStringLiteral(
        "SELECT 'contact', id, family_name, given_name, deleted_at FROM contacts WHERE deleted_at IS NOT NULL "
        "UNION ALL SELECT 'company', id, name, NULL, deleted_at FROM companies WHERE deleted_at IS NOT NULL "
        "UNION ALL SELECT 'deal', id, title, NULL, deleted_at FROM deals WHERE deleted_at IS NOT NULL "
        "ORDER BY 5 DESC, 2 LIMIT ?1"));
    if (!statement.ok())
        return statement.error();
    Storage::Statement &s = *statement;
    s.bind(1, limit);
    QList<TrashItem> items;
    KIZUNA_TRY(s.forEachRow([&] {
        TrashItem item;
        item.entity = s.columnText(0);
        item.id = s.columnText(1);
        item.name = item.entity == u"contact" ? Model::displayName(s.columnText(2), s.columnText(3))
                                              : s.columnText(2);
        item.deletedAt = s.columnText(4);
        items << item;
    }));
    return items;
}

} // namespace Kizuna::Ui
