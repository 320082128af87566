// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/pipelineboardquery.h"

#include "core/model/personname.h"
#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/sales/stagereader.h"
#include "core/storage/clock.h"
#include "core/storage/database.h"

#include <algorithm>

namespace Kizuna::Sales {

namespace {

constexpr qint64 MsPerDay = 24 * 60 * 60 * 1000;

// The index deals_board is on this expression; keep the text identical.
const QString EnteredAt = QStringLiteral("coalesce(d.stage_entered_at, d.created_at)");

// Deals that entered the stage before this stamp are rotting (NULL: the stage has no limit).
QVariant rottingThreshold(const PipelineStage &stage, const QDateTime &now)
{
    if (!stage.rottingDays)
        return {};
    return Storage::toStoredTimestamp(now.addMSecs(-qint64(*stage.rottingDays) * MsPerDay));
}

} // namespace

Result<QList<BoardColumn>> PipelineBoardQuery::columns(const QString &pipelineId, const BoardFilter &filter,
                                                       const QDateTime &now)
{
    auto stages = Support::stagesOf(m_db, pipelineId);
    if (!stages.ok())
        return stages.error();
    QList<BoardColumn> result;
    for (const PipelineStage &stage : *stages) {
        BoardColumn column;
        column.stage = stage;
        KIZUNA_TRY(addTotals(column, filter));
        KIZUNA_TRY(addRottingCount(column, filter, now));
        result.append(column);
    }
    return result;
}

// Count, total and weighted total of a column's open deals (answered from deals_board alone).
Status PipelineBoardQuery::addTotals(BoardColumn &column, const BoardFilter &filter)
{
    QList<QVariant> values{column.stage.probability, column.stage.id};
    const QString conditions = Support::boardFilterSql(filter, values, true);
    auto select = Support::prepareWith(
        m_db,
        QStringLiteral("SELECT count(*), coalesce(sum(d.amount), 0), "
                       "coalesce(sum(d.amount * coalesce(d.probability, ?)), 0) FROM deals d "
                       "WHERE d.deleted_at IS NULL AND d.stage_id = ? AND d.status = 'open'%1")
            .arg(conditions),
        values);
    if (!select.ok())
        return select.error();
    auto row = select->step();
    if (!row.ok())
        return row.error();
    column.count = select->columnInt64(0);
    column.total = Support::roundMoney(select->columnDouble(1));
    column.weightedTotal = Support::roundMoney(select->columnDouble(2));
    return {};
}

// Open deals that entered the stage before now − rotting_days: one range of deals_board.
Status PipelineBoardQuery::addRottingCount(BoardColumn &column, const BoardFilter &filter, const QDateTime &now)
{
    const QVariant threshold = rottingThreshold(column.stage, now);
    if (threshold.isNull())
        return {};
    QList<QVariant> values{column.stage.id, threshold};
    const QString conditions = Support::boardFilterSql(filter, values, true);
    auto select = Support::prepareWith(
        m_db,
        QStringLiteral("SELECT count(*) FROM deals d WHERE d.deleted_at IS NULL AND d.stage_id = ? "
                       "AND d.status = 'open' AND %1 < ?%2")
            .arg(EnteredAt, conditions),
        values);
    if (!select.ok())
        return select.error();
    auto row = select->step();
    if (!row.ok())
        return row.error();
    column.rottingCount = select->columnInt64(0);
    return {};
}

Result<BoardPage> PipelineBoardQuery::cards(const QString &stageId, const BoardFilter &filter,
                                            const BoardCursor &after, int limit, const QDateTime &now)
{
    if (limit < 1)
        return Error::badInput(Tr::tr("a page of cards needs a limit of 1 or more (got %1)").arg(limit));
    QList<QVariant> values;
    QString conditions = Support::boardFilterSql(filter, values, true);
    if (!after.atStart()) {
        // Not a row value: SQLite seeks the index only with a plain range on the expression.
        conditions += QStringLiteral(" AND %1 >= ? AND (%1 > ? OR d.id > ?)").arg(EnteredAt);
        values << after.enteredAt << after.enteredAt << after.id;
    }
    auto cards = readCards(stageId, conditions, values, limit + 1, now);
    if (!cards.ok())
        return cards.error();
    BoardPage page;
    page.atEnd = cards->size() <= limit;
    if (!page.atEnd)
        cards->removeLast();
    page.cards = *cards;
    if (!page.cards.isEmpty())
        page.next = {page.cards.constLast().enteredAtStamp, page.cards.constLast().id};
    return page;
}

Result<std::optional<DealCard>> PipelineBoardQuery::card(const QString &stageId, const QString &dealId,
                                                         const BoardFilter &filter, const QDateTime &now)
{
    QList<QVariant> values;
    QString conditions = Support::boardFilterSql(filter, values, true);
    conditions += QStringLiteral(" AND d.id = ?");
    values << dealId;
    auto cards = readCards(stageId, conditions, values, 1, now);
    if (!cards.ok())
        return cards.error();
    if (cards->isEmpty())
        return std::optional<DealCard>();
    return std::optional<DealCard>(cards->constFirst());
}

Result<QList<DealCard>> PipelineBoardQuery::readCards(const QString &stageId, const QString &conditions,
                                                      QList<QVariant> values, int limit, const QDateTime &now)
{
    auto stage = Support::stageById(m_db, stageId);
    if (!stage.ok())
        return stage.error();
    values.prepend(stageId);
    values << limit;
    auto select = Support::prepareWith(
        m_db,
        QStringLiteral("SELECT d.id, d.title, d.contact_id, c.family_name, c.given_name, d.company_id, "
                       "co.name, d.amount, d.currency, d.probability, d.expected_close_date, d.owner_id, "
                       "u.name, %1 FROM deals d "
                       "LEFT JOIN contacts c ON c.id = d.contact_id "
                       "LEFT JOIN companies co ON co.id = d.company_id "
                       "LEFT JOIN users u ON u.id = d.owner_id "
                       "WHERE d.deleted_at IS NULL AND d.stage_id = ? AND d.status = 'open'%2 "
                       "ORDER BY %1, d.id LIMIT ?")
            .arg(EnteredAt, conditions),
        values);
    if (!select.ok())
        return select.error();
    QList<DealCard> cards;
    KIZUNA_TRY(select->forEachRow([&] {
        DealCard card;
        card.id = select->columnText(0);
        card.title = select->columnText(1);
        card.contactId = select->columnText(2);
        card.contactName = Model::displayName(select->columnText(3), select->columnText(4));
        card.companyId = select->columnText(5);
        card.companyName = select->columnText(6);
        card.amount = select->columnDouble(7);
        card.currency = select->columnText(8);
        if (!select->isNull(9))
            card.probability = select->columnDouble(9);
        card.effectiveProbability = card.probability.value_or(stage->probability);
        card.expectedCloseDate = Support::toDate(select->columnText(10));
        card.ownerId = select->columnText(11);
        card.ownerName = select->columnText(12);
        card.enteredAtStamp = select->columnText(13);
        card.stageEnteredAt = Support::toDateTime(card.enteredAtStamp);
        Support::setStageTime(card, now, stage->rottingDays);
        cards.append(card);
    }));
    return cards;
}

} // namespace Kizuna::Sales
