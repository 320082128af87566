// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migrations/stalerefresh.h"

#include "core/storage/database.h"
#include "core/storage/transaction.h"

namespace Kizuna::Storage {

Status refreshIfStale(Database &db, const char *staleTable, const char *refreshScript)
{
    auto stale = db.queryInt(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(QLatin1String(staleTable)));
    if (!stale.ok())
        return stale.error();
    if (*stale == 0)
        return {};
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.beginError();
    KIZUNA_TRY(db.exec(QString::fromUtf8(refreshScript)));
    return transaction.commit();
}

} // namespace Kizuna::Storage
