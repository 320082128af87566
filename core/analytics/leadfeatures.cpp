// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/leadfeatures.h"

#include "core/analytics/analyticstr.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"

namespace Kizuna::Analytics {

Result<LeadFeatures> leadFeatures(Storage::Database &db, const QString &contactId, QDate asOf)
{
    auto statement = db.cached(
        "SELECT coalesce(c.source, ''), c.lifecycle_stage, c.company_id IS NOT NULL, c.marketing_opt_in, "
        " (SELECT count(*) FROM activities a WHERE a.contact_id = c.id AND a.deleted_at IS NULL "
        "   AND a.occurred_at >= ?2 AND a.occurred_at < ?3), "
        " (SELECT julianday(?3) - julianday(max(a.occurred_at)) FROM activities a WHERE a.contact_id = c.id "
        "   AND a.deleted_at IS NULL AND a.occurred_at < ?3), "
        " (SELECT count(*) FROM campaign_members m WHERE m.contact_id = c.id AND m.deleted_at IS NULL "
        "   AND (m.opened_at IS NOT NULL OR m.clicked_at IS NOT NULL) AND coalesce(m.opened_at, m.clicked_at) < ?3), "
        " (SELECT count(*) FROM campaign_members m WHERE m.contact_id = c.id AND m.deleted_at IS NULL "
        "   AND m.clicked_at IS NOT NULL AND m.clicked_at < ?3) "
        "FROM contacts c WHERE c.id = ?1");
    if (!statement.ok())
        return statement.error();
    Storage::Statement &s = **statement;
    const QDate end = asOf.addDays(1);
    s.bind(1, contactId);
    s.bind(2, Storage::toStoredTimestamp(end.addDays(-90).startOfDay()));
    s.bind(3, Storage::toStoredTimestamp(end.startOfDay()));
    auto row = s.step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error::notFound(Tr::tr("no contact with id %1").arg(contactId));
    LeadFeatures f;
    f.contactId = contactId;
    f.source = s.columnText(0);
    f.lifecycleStage = s.columnText(1);
    f.hasCompany = s.columnInt(2) != 0;
    f.marketingOptIn = s.columnInt(3) != 0;
    f.activities90 = s.columnInt(4);
    f.daysSinceActivity = s.isNull(5) ? -1 : static_cast<int>(s.columnDouble(5));
    f.emailsOpened = s.columnInt(6);
    f.emailsClicked = s.columnInt(7);
    s.reset();
    return f;
}

} // namespace Kizuna::Analytics
