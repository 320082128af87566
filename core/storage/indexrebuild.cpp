// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/indexrebuild.h"

namespace Kizuna::Storage {

Status IndexRebuild::drop(const QString &table, const QStringList &keepLeading)
{
    auto select = m_db.prepare(QStringLiteral(
        "SELECT s.name, s.sql, ifnull((SELECT i.name FROM pragma_index_info(s.name) i WHERE i.seqno = 0), '') "
        "FROM sqlite_schema s WHERE s.type = 'index' AND s.sql IS NOT NULL AND (?1 = '' OR s.tbl_name = ?1) "
        "ORDER BY s.name"));
    if (!select.ok())
        return select.error();
    select->bind(1, table.isNull() ? QStringLiteral("") : table);
    QStringList names;
    KIZUNA_TRY(select->forEachRow([&] {
        if (keepLeading.contains(select->columnText(2)))
            return;
        names << select->columnText(0);
        m_sql << select->columnText(1);
    }));
    for (const QString &name : std::as_const(names))
        KIZUNA_TRY(m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(QString(name).replace(u'"', QStringLiteral("\"\"")))));
    return {};
}

} // namespace Kizuna::Storage
