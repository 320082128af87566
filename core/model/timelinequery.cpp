// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/timelinequery.h"

#include "core/model/entities.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Kizuna::Model {

namespace {

// The rows of each source that belong to the scope; ?1 is the scope's id. For a company the
// contacts' rows are included through contacts.company_id (indexed).
QString scopeFilter(TimelineScope::Kind scope, const char *contactColumn, const char *companyColumn,
                    const char *dealColumn)
{
    const QString contact = QString::fromLatin1(contactColumn);
    switch (scope) {
    case TimelineScope::Kind::Contact:
        return contact + u" = ?1";
    case TimelineScope::Kind::Company: {
        QString filter = contact + u" IN (SELECT id FROM contacts WHERE company_id = ?1)";
        if (companyColumn)
            filter = u'(' + filter + u" OR " + QString::fromLatin1(companyColumn) + u" = ?1)";
        return filter;
    }
    case TimelineScope::Kind::Deal:
        return dealColumn ? QString::fromLatin1(dealColumn) + u" = ?1" : QStringLiteral("0");
    }
    return QStringLiteral("0");
}

QString timelineSql(TimelineScope::Kind scope)
{
    const QString activities
        = u"SELECT 'activity' AS source, a.type AS kind, a.id AS id, a.occurred_at AS at, "
          u"a.subject AS title, a.body AS detail, NULL AS detail2, NULL AS amount "
          u"FROM activities a WHERE a.deleted_at IS NULL AND "
        + scopeFilter(scope, "a.contact_id", "a.company_id", "a.deal_id");
    const QString orders
        = u"SELECT 'order', 'order', o.id, o.ordered_at, o.order_number, o.channel, NULL, o.total "
          u"FROM orders o WHERE o.deleted_at IS NULL AND "
        + scopeFilter(scope, "o.contact_id", nullptr, nullptr);
    const QString stages
        = u"SELECT 'deal_stage', 'deal_stage', h.id, h.changed_at, d.title, fs.name, ts.name, d.amount "
          u"FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id "
          u"LEFT JOIN pipeline_stages fs ON fs.id = h.from_stage_id "
          u"LEFT JOIN pipeline_stages ts ON ts.id = h.to_stage_id "
          u"WHERE h.deleted_at IS NULL AND d.deleted_at IS NULL AND "
        + scopeFilter(scope, "d.contact_id", "d.company_id", "d.id");
    const QString tasks
        = u"SELECT 'task', 'task', t.id, COALESCE(t.done_at, t.created_at), t.title, t.due_at, "
          u"CASE WHEN t.done_at IS NOT NULL THEN 'done' END, NULL "
          u"FROM tasks t WHERE t.deleted_at IS NULL AND "
        + scopeFilter(scope, "t.contact_id", "t.company_id", "t.deal_id");
    const QString campaigns
        = u"SELECT 'campaign', 'campaign', m.id, "
          u"COALESCE(m.converted_at, m.clicked_at, m.opened_at, m.delivered_at, m.sent_at, m.created_at), "
          u"c.name, m.status, NULL, NULL FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id "
          u"WHERE m.deleted_at IS NULL AND "
        + scopeFilter(scope, "m.contact_id", nullptr, nullptr);
    return u"SELECT source, kind, id, at, title, detail, detail2, amount FROM (" + activities
        + u" UNION ALL " + orders + u" UNION ALL " + stages + u" UNION ALL " + tasks + u" UNION ALL "
        + campaigns
        + u") WHERE (?2 IS NULL OR at < ?2 OR (at = ?2 AND id < ?3)) "
          u"AND (?4 = '' OR instr(?4, ',' || kind || ',') > 0) "
          u"ORDER BY at DESC, id DESC LIMIT ?5";
}

} // namespace

QStringList TimelineQuery::allKinds()
{
    return Choices::activityTypes()
        + QStringList {QStringLiteral("order"), QStringLiteral("deal_stage"), QStringLiteral("task"),
                       QStringLiteral("campaign")};
}

Result<QList<TimelineEntry>> TimelineQuery::page(Storage::Database &db, const TimelineScope &scope,
                                                 const QStringList &kinds, const TimelineEntry *after,
                                                 int limit)
{
    auto statement = db.prepare(timelineSql(scope.kind));
    if (!statement.ok())
        return statement.error();
    Storage::Statement &s = *statement;
    s.bind(1, scope.id);
    s.bind(2, after ? after->at : QString());
    s.bind(3, after ? after->id : QString());
    s.bind(4, kinds.isEmpty() ? QStringLiteral("") : u',' + kinds.join(u',') + u',');
    s.bind(5, limit);
    QList<TimelineEntry> entries;
    KIZUNA_TRY(s.forEachRow([&] {
        TimelineEntry entry;
        entry.source = s.columnText(0);
        entry.kind = s.columnText(1);
        entry.id = s.columnText(2);
        entry.at = s.columnText(3);
        entry.title = s.columnText(4);
        entry.detail = s.columnText(5);
        entry.detail2 = s.columnText(6);
        if (!s.isNull(7))
            entry.amount = s.columnDouble(7);
        entries << entry;
    }));
    return entries;
}

} // namespace Kizuna::Model
