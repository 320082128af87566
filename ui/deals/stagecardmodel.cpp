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

StageCardModel::StageCardModel(Storage::Database &db, const QString &stageId, QObject *parent)
    : QAbstractListModel(parent), m_db(db), m_stageId(stageId)
{
}

void StageCardModel::reload(const Sales::BoardFilter &filter, const QDateTime &now)
{
    beginResetModel();
    m_filter = filter;
    m_now = now;
    m_cards.clear();
    m_next = {};
    m_atEnd = false;
    endResetModel();
    fetchMore({});
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

QString StageCardModel::cardText(const Sales::DealCard &card) const
{
    const QLocale locale;
    QStringList who;
    if (!card.contactName.isEmpty())
        who << card.contactName;
    if (!card.companyName.isEmpty())
        who << card.companyName;
    QStringList lines {card.title};
    if (!who.isEmpty())
        lines << who.join(QStringLiteral(" · "));
    lines << locale.toCurrencyString(card.amount, QStringLiteral("¥"), 0);
    if (card.expectedCloseDate.isValid())
        lines << tr("Expected close %1").arg(locale.toString(card.expectedCloseDate, QLocale::ShortFormat));
    if (card.rotting)
        lines << tr("Idle for %n day(s)", nullptr, card.daysInStage);
    return lines.join(QLatin1Char('\n'));
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
    auto page = Sales::PipelineBoardQuery(m_db).cards(m_stageId, m_filter, m_next, PageSize, m_now);
    if (!page.ok()) {
        m_atEnd = true;
        Q_EMIT errorOccurred(page.error().message);
        return;
    }
    m_atEnd = page->atEnd;
    m_next = page->next;
    if (page->cards.isEmpty())
        return;
    const int first = static_cast<int>(m_cards.size());
    beginInsertRows({}, first, first + static_cast<int>(page->cards.size()) - 1);
    m_cards.append(page->cards);
    endInsertRows();
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
