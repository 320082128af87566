// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/pipelineboard.h"
#include "ui/common/pagereader.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <optional>

namespace Kizuna::Storage {
class ReaderThread;
}

namespace Kizuna::Ui {

// The deal cards of one stage of the pipeline board, in board order, loaded in keyset pages as
// the list scrolls (canFetchMore/fetchMore). The pages are read on the board's reader thread
// (PageReader): the UI thread only inserts the rows that arrive, and a reload keeps the cards on
// screen until its first page is there; pages of an earlier reload are dropped.
// A pinned card (the board pins a card it has just moved into this stage by keyboard) is shown on
// top, before the first page, so it stays selected even when its place is pages down.
// Cards can be dragged out as the mime type MimeType (the deal ids, one per line) and dropped in:
// a drop only announces dealsDropped(), the board makes the move (through the undo stack) and
// reloads the columns.
class StageCardModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, RottingRole };
    static constexpr int PageSize = 50;
    static QString mimeType();

    StageCardModel(Storage::ReaderThread *reader, const QString &stageId, QObject *parent = nullptr);
    ~StageCardModel() override;

    const QString &stageId() const { return m_stageId; }
    // Starts again at the top with this filter and "now" (which decides what is rotting).
    void reload(const Sales::BoardFilter &filter, const QDateTime &now);
    // Shows this deal on top from the next reload on (empty: none).
    void setPinnedDeal(const QString &dealId) { m_pinned = dealId; }
    const QString &pinnedDeal() const { return m_pinned; }
    // True while a page is being read.
    bool isLoading() const { return m_pages.inFlight(); }
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
    // A page arrived (the first one after a reload replaces the cards).
    void pageLoaded();
    void dealsDropped(const QStringList &dealIds, const QString &stageId);
    void errorOccurred(const QString &message);

private:
    QString cardText(const Sales::DealCard &card) const;
    void request(bool replace);
    void receive(Result<QList<Sales::DealCard>> page, bool replace);

    QString m_stageId;
    Sales::BoardFilter m_filter;
    QDateTime m_now;
    QString m_pinned;
    QList<Sales::DealCard> m_cards;
    bool m_atEnd = true;
    PageReader<Sales::DealCard> m_pages;
};

} // namespace Kizuna::Ui
