// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/deallistquery.h"

#include "core/model/personname.h"
#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/storage/database.h"

#include <QHash>

namespace Kizuna::Sales {

namespace {

// The sort key of a column over deals d, stages s, users u, contacts c and companies co (never
// NULL, so that the keyset order is total), and which joins it needs beyond s.
struct SortKey
{
    QString expression;
    bool needsUser = false;
    bool needsCustomer = false;
    bool inverted = false; // more days in the stage = entered it earlier
};

SortKey sortKey(DealListColumn column)
{
    switch (column) {
    case DealListColumn::Title:
        return {QStringLiteral("lower(coalesce(d.title, ''))")};
    case DealListColumn::Customer:
        return {QStringLiteral("lower(coalesce(co.name, '') || ' ' || coalesce(c.family_name, '') || ' ' || "
                               "coalesce(c.given_name, ''))"),
                false, true};
    case DealListColumn::Stage:
        return {QStringLiteral("coalesce(s.position, 0)")};
    case DealListColumn::Amount:
        return {QStringLiteral("coalesce(d.amount, 0)")};
    case DealListColumn::Probability:
        return {QStringLiteral("coalesce(d.probability, s.probability, 0)")};
    case DealListColumn::Weighted:
        return {QStringLiteral("coalesce(d.amount, 0) * coalesce(d.probability, s.probability, 0)")};
    case DealListColumn::ExpectedClose:
        return {QStringLiteral("coalesce(d.expected_close_date, '')")};
    case DealListColumn::Owner:
        return {QStringLiteral("lower(coalesce(u.name, ''))"), true};
    case DealListColumn::DaysInStage:
        return {QStringLiteral("coalesce(d.stage_entered_at, d.created_at)"), false, false, true};
    }
    return {QStringLiteral("d.id")};
}

const QString Joins = QStringLiteral(" LEFT JOIN pipeline_stages s ON s.id = d.stage_id");
const QString UserJoin = QStringLiteral(" LEFT JOIN users u ON u.id = d.owner_id");
const QString CustomerJoins = QStringLiteral(" LEFT JOIN contacts c ON c.id = d.contact_id "
                                             "LEFT JOIN companies co ON co.id = d.company_id");

DealListRow readRow(const Storage::Statement &row, const QDateTime &now)
{
    DealListRow result;
    DealCard &card = result.card;
    card.id = row.columnText(0);
    card.title = row.columnText(1);
    card.contactId = row.columnText(2);
    card.contactName = Model::displayName(row.columnText(3), row.columnText(4));
    card.companyId = row.columnText(5);
    card.companyName = row.columnText(6);
    card.amount = row.columnDouble(7);
    card.currency = row.columnText(8);
    if (!row.isNull(9))
        card.probability = row.columnDouble(9);
    card.expectedCloseDate = Support::toDate(row.columnText(10));
    card.ownerId = row.columnText(11);
    card.ownerName = row.columnText(12);
    card.stageEnteredAt = Support::toDateTime(row.columnText(13));
    result.stageId = row.columnText(14);
    result.stageName = row.columnText(15);
    result.stagePosition = row.columnInt(16);
    card.effectiveProbability = card.probability.value_or(row.columnDouble(17));
    const std::optional<int> rottingDays =
        row.isNull(18) ? std::nullopt : std::optional<int>(row.columnInt(18));
    Support::setStageTime(card, now, rottingDays);
    result.weighted = Support::roundMoney(card.amount * card.effectiveProbability);
    return result;
}

} // namespace

Result<QStringList> DealListQuery::orderedIds(const DealListFilter &filter, const DealListSort &sort,
                                              const std::atomic<bool> *cancel)
{
    const SortKey key = sortKey(sort.column);
    const bool descending = sort.descending != key.inverted;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QList<QVariant> values{filter.pipelineId};
    const QString conditions = Support::boardFilterSql(filter.board, values);
    QString joins = Joins;
    if (key.needsUser)
        joins += UserJoin;
    if (key.needsCustomer)
        joins += CustomerJoins;
    auto select = Support::prepareWith(
        m_db,
        QStringLiteral("SELECT d.id FROM deals d%1 WHERE d.deleted_at IS NULL AND d.status = 'open' "
                       "AND d.pipeline_id = ?%2 ORDER BY %3%4, d.id%4")
            .arg(joins, conditions, key.expression, direction),
        values);
    if (!select.ok())
        return select.error();
    QStringList ids;
    KIZUNA_TRY(select->forEachRow([&]() -> Status {
        if (cancel && (ids.size() & 1023) == 0 && cancel->load())
            return Error::cancelled(Tr::tr("the deal list was no longer needed"));
        ids << select->columnText(0);
        return {};
    }));
    return ids;
}

Result<QList<DealListRow>> DealListQuery::rows(const QStringList &ids, const QDateTime &now)
{
    if (ids.isEmpty())
        return QList<DealListRow>();
    QStringList marks;
    QList<QVariant> values;
    for (const QString &id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto select = Support::prepareWith(
        m_db,
        QStringLiteral("SELECT d.id, d.title, d.contact_id, c.family_name, c.given_name, d.company_id, co.name, "
                       "d.amount, d.currency, d.probability, d.expected_close_date, d.owner_id, u.name, "
                       "coalesce(d.stage_entered_at, d.created_at), d.stage_id, s.name, s.position, "
                       "s.probability, s.rotting_days FROM deals d%1%2%3 "
                       "WHERE d.deleted_at IS NULL AND d.id IN (%4)")
            .arg(Joins, UserJoin, CustomerJoins, marks.join(u',')),
        values);
    if (!select.ok())
        return select.error();
    QHash<QString, DealListRow> byId;
    KIZUNA_TRY(select->forEachRow([&] {
        DealListRow row = readRow(*select, now);
        byId.insert(row.card.id, row);
    }));
    QList<DealListRow> result;
    result.reserve(byId.size());
    for (const QString &id : ids) {
        const auto found = byId.constFind(id);
        if (found != byId.cend())
            result.append(*found);
    }
    return result;
}

} // namespace Kizuna::Sales
