// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/pipelineboard.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// The deal cards of one stage of the pipeline board, in board order, loaded in keyset pages as
// the list scrolls (canFetchMore/fetchMore). Cards can be dragged out as the mime type
// MimeType (the deal ids, one per line) and dropped in: a drop only announces dealsDropped(),
// the board makes the move (through the undo stack) and reloads the columns.
class StageCardModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, RottingRole };
    static constexpr int PageSize = 50;
    static QString mimeType();

    StageCardModel(Storage::Database &db, const QString &stageId, QObject *parent = nullptr);

    const QString &stageId() const { return m_stageId; }
    // Starts again at the top with this filter and "now" (which decides what is rotting).
    void reload(const Sales::BoardFilter &filter, const QDateTime &now);
    const Sales::DealCard &card(int row) const { return m_cards.at(row); }
    // The row of a loaded card, -1 when it is not loaded.
    int rowOf(const QString &dealId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void dealsDropped(const QStringList &dealIds, const QString &stageId);
    void errorOccurred(const QString &message);

private:
    QString cardText(const Sales::DealCard &card) const;

    Storage::Database &m_db;
    QString m_stageId;
    Sales::BoardFilter m_filter;
    QDateTime m_now;
    QList<Sales::DealCard> m_cards;
    Sales::BoardCursor m_next;
    bool m_atEnd = true;
};

} // namespace Kizuna::Ui
