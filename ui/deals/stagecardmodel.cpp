// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/stagecardmodel.h"

#include "core/sales/pipelineboardquery.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QMimeData>

namespace Kizuna::Ui {

QString StageCardModel::mimeType()
{
    return QStringLiteral("application/x-kizuna-deal-ids");
}

StageCardModel::StageCardModel(Storage::ReaderThread *reader, const QString &stageId, QObject *parent)
    : QAbstractListModel(parent)
    , m_stageId(stageId)
    , m_pages(this, reader, [this](Result<QList<Sales::DealCard>> page, bool replace) {
        receive(std::move(page), replace);
    })
{
}

StageCardModel::~StageCardModel()
{
    m_pages.startOver(); // pages still queued on the shared reader are not read at all
}

void StageCardModel::reload(const Sales::BoardFilter &filter, const QDateTime &now)
{
    m_filter = filter;
    m_now = now;
    m_pages.startOver();
    request(true);
}

void StageCardModel::request(bool replace)
{
    std::optional<Sales::DealCard> after;
    if (!replace && !m_cards.isEmpty()) {
        after = m_cards.constLast();
        if (after->id == m_pinned && m_cards.size() > 1) // the pinned card is on top, out of order
            after = m_cards.at(m_cards.size() - 2);
        else if (after->id == m_pinned)
            after.reset();
    }
    const QString pinned = replace ? m_pinned : QString();
    m_pages.request(
        [stageId = m_stageId, boardFilter = m_filter, at = m_now, pinned](
            Storage::Database &db, const Sales::DealCard *last, int limit) -> Result<QList<Sales::DealCard>> {
            Sales::PipelineBoardQuery query(db);
            Sales::BoardCursor cursor;
            if (last)
                cursor = {last->enteredAtStamp, last->id};
            auto page = query.cards(stageId, boardFilter, cursor, limit, at);
            if (!page.ok())
                return page.error();
            QList<Sales::DealCard> cards = page->cards;
            if (!pinned.isEmpty()) {
                auto card = query.card(stageId, pinned, boardFilter, at);
                if (!card.ok())
                    return card.error();
                cards.removeIf([&pinned](const Sales::DealCard &c) { return c.id == pinned; });
                if (*card)
                    cards.prepend(**card);
            }
            return cards;
        },
        after, PageSize, replace);
}

void StageCardModel::receive(Result<QList<Sales::DealCard>> page, bool replace)
{
    if (!page.ok()) {
        m_atEnd = true;
        Q_EMIT errorOccurred(page.error().message);
        Q_EMIT pageLoaded();
        return;
    }
    QList<Sales::DealCard> cards = std::move(*page);
    const bool pinnedOnTop = replace && !m_pinned.isEmpty() && !cards.isEmpty() && cards.constFirst().id == m_pinned;
    m_atEnd = cards.size() - (pinnedOnTop ? 1 : 0) < PageSize;
    if (!replace && !m_pinned.isEmpty() && rowOf(m_pinned) >= 0) // shown on top already
        cards.removeIf([this](const Sales::DealCard &c) { return c.id == m_pinned; });
    if (replace) {
        beginResetModel();
        m_cards = std::move(cards);
        endResetModel();
    } else if (!cards.isEmpty()) {
        const int first = static_cast<int>(m_cards.size());
        beginInsertRows({}, first, first + static_cast<int>(cards.size()) - 1);
        m_cards.append(cards);
        endInsertRows();
    }
    Q_EMIT pageLoaded();
}

int StageCardModel::rowOf(const QString &dealId) const
{
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).id == dealId)
            return row;
    }
    return -1;
}

int StageCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

// Always four lines (title; contact · company; amount; expected close · idle days), some of them
// empty, so every card has the same height and the list lays out thousands of them at once
// (uniform item sizes) instead of measuring each card again whenever a page arrives.
QString StageCardModel::cardText(const Sales::DealCard &card) const
{
    const QLocale locale;
    QStringList who;
    if (!card.contactName.isEmpty())
        who << card.contactName;
    if (!card.companyName.isEmpty())
        who << card.companyName;
    QStringList when;
    if (card.expectedCloseDate.isValid())
        when << tr("Expected close %1").arg(locale.toString(card.expectedCloseDate, QLocale::ShortFormat));
    if (card.rotting)
        when << tr("Idle for %n day(s)", nullptr, card.daysInStage);
    const QString separator = QStringLiteral(" · ");
    return QStringList {card.title, who.join(separator), locale.toCurrencyString(card.amount, QStringLiteral("¥"), 0),
                        when.join(separator)}
        .join(QLatin1Char('\n'));
}

QVariant StageCardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const Sales::DealCard &card = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cardText(card);
    case Qt::ToolTipRole:
        return card.ownerName.isEmpty() ? card.title : tr("%1 — owner %2").arg(card.title, card.ownerName);
    case Qt::BackgroundRole:
        return card.rotting ? QVariant(QBrush(QColor(255, 228, 196))) : QVariant();
    case Qt::ForegroundRole:
        return card.rotting ? QVariant(QBrush(QColor(140, 40, 0))) : QVariant();
    case IdRole:
        return card.id;
    case RottingRole:
        return card.rotting;
    default:
        return {};
    }
}

Qt::ItemFlags StageCardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

bool StageCardModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void StageCardModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    request(false); // does nothing while a page is on its way
}

QStringList StageCardModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *StageCardModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.row() < m_cards.size())
            ids << m_cards.at(index.row()).id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

Qt::DropActions StageCardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions StageCardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool StageCardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &) const
{
    return data && data->hasFormat(mimeType()) && (action == Qt::MoveAction || action == Qt::CopyAction);
}

bool StageCardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QStringList ids = QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Cards already in this stage stay where they are.
    ids.removeIf([this](const QString &id) { return rowOf(id) >= 0; });
    if (ids.isEmpty())
        return false;
    // The cards are not removed from the source by the view (removeRows is not implemented):
    // the board reloads both columns once the move is done.
    Q_EMIT dealsDropped(ids, m_stageId);
    return true;
}

} // namespace Kizuna::Ui
