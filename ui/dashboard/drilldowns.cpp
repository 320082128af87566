// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/drilldowns.h"

#include "ui/common/choicelabels.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kizuna::Ui {

namespace {

const QString OwnerCondition = QStringLiteral(" AND (:owner = '' OR %1.owner_id = :owner)");

QString ownerOf(const QString &alias)
{
    return OwnerCondition.arg(alias);
}

// The owner condition on `ownerAlias`.owner_id and the segment placeholder on the contact id
// `contactId` (see DrillDown::segmentId).
QString scopeOf(const QString &ownerAlias, const QString &contactId)
{
    return ownerOf(ownerAlias) + QStringLiteral(" {segment:%1}").arg(contactId);
}

QVariantMap ownerBinds(const DrillDownScope &scope)
{
    return { { QStringLiteral(":owner"),
               scope.ownerId.isNull() ? QString(QStringLiteral("")) : scope.ownerId } };
}

QVariantMap periodBinds(const Analytics::Period &period, const DrillDownScope &scope)
{
    QVariantMap binds = ownerBinds(scope);
    binds.insert(QStringLiteral(":s"), period.startStamp());
    binds.insert(QStringLiteral(":e"), period.endStamp());
    return binds;
}

// The scope's segment on a drill-down whose SQL has the placeholders.
DrillDown scoped(DrillDown drill, const DrillDownScope &scope)
{
    drill.segmentId = scope.segmentId;
    drill.segmentAsOf = scope.segmentAsOf;
    return drill;
}

QString localTime(const QString &column)
{
    return QStringLiteral("strftime('%Y-%m-%d %H:%M', %1, 'localtime')").arg(column);
}

QString sourceLabel(const QString &key)
{
    return ChoiceLabels::sourceChannel(key);
}

QString stageLabel(const QString &key)
{
    return ChoiceLabels::lifecycleStage(key);
}

QString dealStatusLabel(const QString &key)
{
    if (key == u"won")
        return QCoreApplication::translate("Kizuna::Ui::DrillDowns", "Won", "deal status");
    if (key == u"lost")
        return QCoreApplication::translate("Kizuna::Ui::DrillDowns", "Lost", "deal status");
    if (key == u"open")
        return QCoreApplication::translate("Kizuna::Ui::DrillDowns", "Open", "deal status");
    return key;
}

// Deal columns shared by the deal lists: title, contact (name), stage, amount, status, dates,
// reason.
const QString DealColumns = QStringLiteral(
    "SELECT d.title, c.family_name, c.given_name, s.name, d.amount, d.status, "
    "strftime('%Y-%m-%d', d.created_at, 'localtime'), strftime('%Y-%m-%d', d.closed_at, "
    "'localtime'), r.name "
    "FROM deals d LEFT JOIN contacts c ON c.id = d.contact_id LEFT JOIN pipeline_stages s ON s.id "
    "= d.stage_id "
    "LEFT JOIN lost_reasons r ON r.id = d.lost_reason_id WHERE d.deleted_at IS NULL");

DrillDown dealList(QString title, QString condition, QVariantMap binds, const DrillDownScope &scope)
{
    DrillDown drill;
    drill.title = std::move(title);
    drill.headers
        = { DrillDowns::tr("Deal"),   DrillDowns::tr("Contact"),    DrillDowns::tr("Stage"),
            DrillDowns::tr("Amount"), DrillDowns::tr("Status"),     DrillDowns::tr("Created"),
            DrillDowns::tr("Closed"), DrillDowns::tr("Lost reason") };
    drill.sql = DealColumns + condition + scopeOf(QStringLiteral("d"), QStringLiteral("d.contact_id"));
    drill.binds = std::move(binds);
    drill.nameColumn = 1;
    drill.labels = { { 4, &dealStatusLabel } };
    return scoped(std::move(drill), scope);
}

// Contact columns shared by the contact lists: name, email, lifecycle stage, source, orders,
// revenue.
const QString ContactColumns = QStringLiteral(
    "c.family_name, c.given_name, c.email, c.lifecycle_stage, c.source, "
    "(SELECT count(*) FROM orders x WHERE x.contact_id = c.id AND x.deleted_at IS NULL), "
    "(SELECT coalesce(sum(x.total), 0) FROM orders x WHERE x.contact_id = c.id AND x.deleted_at IS "
    "NULL)");

DrillDown contactList(QString title, QString sql, QVariantMap binds)
{
    DrillDown drill;
    drill.title = std::move(title);
    drill.headers
        = { DrillDowns::tr("Name"),   DrillDowns::tr("Email"),  DrillDowns::tr("Lifecycle stage"),
            DrillDowns::tr("Source"), DrillDowns::tr("Orders"), DrillDowns::tr("Revenue") };
    drill.sql = std::move(sql);
    drill.binds = std::move(binds);
    drill.nameColumn = 0;
    drill.labels = { { 2, &stageLabel }, { 3, &sourceLabel } };
    return drill;
}

} // namespace

DrillDown DrillDowns::orders(const Analytics::Period &period, const DrillDownScope &scope,
                             const QString &title)
{
    DrillDown drill;
    drill.title = title;
    drill.headers
        = { tr("Ordered at"), tr("Order number"), tr("Customer"), tr("Channel"), tr("Total") };
    drill.sql
        = QStringLiteral("SELECT ") + localTime(QStringLiteral("o.ordered_at"))
        + QStringLiteral(
              ", o.order_number, c.family_name, c.given_name, o.channel, o.total FROM orders o "
              "JOIN contacts c ON c.id = o.contact_id WHERE o.deleted_at IS NULL "
              "AND o.ordered_at >= :s AND o.ordered_at < :e")
        + scopeOf(QStringLiteral("c"), QStringLiteral("c.id"))
        + QStringLiteral(" ORDER BY o.ordered_at, o.id");
    drill.binds = periodBinds(period, scope);
    drill.nameColumn = 2;
    return scoped(std::move(drill), scope);
}

DrillDown DrillDowns::newLeads(const Analytics::Period &period, const QString &source,
                               const DrillDownScope &scope, const QString &title)
{
    QVariantMap binds = periodBinds(period, scope);
    binds.insert(QStringLiteral(":source"), source.isNull() ? QString(QStringLiteral("")) : source);
    return scoped(
        contactList(
            title,
            QStringLiteral("SELECT ") + ContactColumns
                + QStringLiteral(" FROM contacts c WHERE c.deleted_at IS NULL AND c.created_at >= :s "
                                 "AND c.created_at < :e AND c.kind IN ('lead', 'customer') "
                                 "AND coalesce(c.source, '') = :source AND NOT EXISTS (SELECT 1 FROM "
                                 "orders o WHERE o.contact_id = c.id AND o.deleted_at IS NULL AND "
                                 "o.ordered_at < c.created_at)")
                + scopeOf(QStringLiteral("c"), QStringLiteral("c.id"))
                + QStringLiteral(" ORDER BY c.created_at, c.id"),
            binds),
        scope);
}

DrillDown DrillDowns::contactsInStage(const QString &stage, const DrillDownScope &scope,
                                      const QString &title)
{
    QVariantMap binds = ownerBinds(scope);
    binds.insert(QStringLiteral(":stage"), stage);
    return scoped(
        contactList(
            title,
            QStringLiteral("SELECT ") + ContactColumns
                + QStringLiteral(
                    " FROM contacts c WHERE c.deleted_at IS NULL AND c.lifecycle_stage = :stage")
                + scopeOf(QStringLiteral("c"), QStringLiteral("c.id"))
                + QStringLiteral(" ORDER BY c.family_name_reading, c.given_name_reading, c.id"),
            binds),
        scope);
}

DrillDown DrillDowns::openDeals(const QString &stageId, const DrillDownScope &scope,
                                const QString &title)
{
    QVariantMap binds = ownerBinds(scope);
    binds.insert(QStringLiteral(":stage"), stageId);
    return dealList(title, QStringLiteral(" AND d.status = 'open' AND d.stage_id = :stage"), binds,
                    scope);
}

DrillDown DrillDowns::lostDeals(const Analytics::Period &period, const QString &reasonId,
                                const DrillDownScope &scope, const QString &title)
{
    QVariantMap binds = periodBinds(period, scope);
    binds.insert(QStringLiteral(":reason"),
                 reasonId.isNull() ? QString(QStringLiteral("")) : reasonId);
    return dealList(
        title,
        QStringLiteral(" AND d.status = 'lost' AND d.closed_at >= :s AND d.closed_at < :e "
                       "AND coalesce(r.id, '') = :reason"),
        binds, scope);
}

DrillDown DrillDowns::closedDeals(const Analytics::Period &period, const DrillDownScope &scope,
                                  const QString &title)
{
    return dealList(
        title,
        QStringLiteral(
            " AND d.status IN ('won', 'lost') AND d.closed_at >= :s AND d.closed_at < :e"),
        periodBinds(period, scope), scope);
}

DrillDown DrillDowns::surveyAnswers(const Analytics::Period &period, const DrillDownScope &scope,
                                    const QString &title)
{
    DrillDown drill;
    drill.title = title;
    drill.headers = { tr("Answered at"), tr("Contact"), tr("Score"), tr("Comment") };
    drill.sql = QStringLiteral("SELECT ") + localTime(QStringLiteral("a.answered_at"))
        + QStringLiteral(", c.family_name, c.given_name, a.score, a.comment FROM survey_answers a "
                         "JOIN contacts c ON c.id = a.contact_id WHERE a.deleted_at IS NULL "
                         "AND a.answered_at >= :s AND a.answered_at < :e")
        + scopeOf(QStringLiteral("c"), QStringLiteral("c.id"))
        + QStringLiteral(" ORDER BY a.answered_at, a.id");
    drill.binds = periodBinds(period, scope);
    drill.nameColumn = 1;
    return scoped(std::move(drill), scope);
}

DrillDown DrillDowns::cohortCustomers(QDate cohortMonth, QDate activeMonth, const QString &title)
{
    const Analytics::Period cohort { cohortMonth, cohortMonth.addMonths(1).addDays(-1) };
    const Analytics::Period active { activeMonth, activeMonth.addMonths(1).addDays(-1) };
    return contactList(
        title,
        QStringLiteral("SELECT ") + ContactColumns
            + QStringLiteral(
                " FROM (SELECT contact_id, min(ordered_at) AS first FROM orders "
                "WHERE deleted_at IS NULL GROUP BY contact_id HAVING first >= :cs "
                "AND first < :ce) f JOIN contacts c ON c.id = f.contact_id "
                "WHERE EXISTS (SELECT 1 FROM orders o WHERE o.contact_id = f.contact_id "
                "AND o.deleted_at IS NULL AND o.ordered_at >= :as AND o.ordered_at < :ae) "
                "ORDER BY f.first, c.id"),
        { { QStringLiteral(":cs"), cohort.startStamp() },
          { QStringLiteral(":ce"), cohort.endStamp() },
          { QStringLiteral(":as"), active.startStamp() },
          { QStringLiteral(":ae"), active.endStamp() } });
}

DrillDown DrillDowns::contacts(const QStringList &contactIds, const QString &title)
{
    const QString ids = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(contactIds)).toJson(QJsonDocument::Compact));
    return contactList(
        title,
        QStringLiteral("SELECT ") + ContactColumns
            + QStringLiteral(" FROM json_each(:ids) j JOIN contacts c ON c.id = j.value "
                             "ORDER BY j.key"),
        { { QStringLiteral(":ids"), ids } });
}

} // namespace Kizuna::Ui
