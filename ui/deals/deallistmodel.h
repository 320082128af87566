// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/deallist.h"
#include "core/storage/result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Kizuna::Ui {

// The open deals of the Deals screen's list view: the same deals as the board (pipeline, owner,
// expected-close month), sortable by any column. Everything is read on a worker with its own
// connection: first the ids in the sort order (DealListQuery::orderedIds, which also gives the
// row count), then the rows a page of PageSize at a time when the view first asks for one of
// them (a chunked row cache: rows not read yet show "…"). A generation number drops the results
// of a query that was replaced meanwhile, and a running id read is cancelled.
class DealListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Same order as Sales::DealListColumn.
    enum Column {
        TitleColumn,
        CustomerColumn,
        StageColumn,
        AmountColumn,
        ProbabilityColumn,
        WeightedColumn,
        ExpectedCloseColumn,
        OwnerColumn,
        DaysColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, RottingRole };
    static constexpr int PageSize = 100;

    explicit DealListModel(QString databasePath, QObject *parent = nullptr);
    ~DealListModel() override;

    // Reads the list again with this filter and "now" (which decides what is rotting).
    void setQuery(const Sales::DealListFilter &filter, const QDateTime &now);
    // Reads the list again as it is set.
    void reload();
    const Sales::DealListFilter &filter() const { return m_filter; }
    const Sales::DealListSort &sortOrder() const { return m_sort; }

    // True while the ids or a page are being read.
    bool isLoading() const;
    // Rows read so far (the rest show "…" until they come into view).
    int loadedRowCount() const { return static_cast<int>(m_rows.size()); }
    QString dealId(int row) const { return m_ids.value(row); }
    // The row of a deal, -1 if it is not in the list.
    int rowOf(const QString &dealId) const { return static_cast<int>(m_ids.indexOf(dealId)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The ids are read: the row count is known (the first rows follow as pages).
    void listLoaded(int count);
    void pageLoaded();
    void errorOccurred(const QString &message);

private:
    void startIds();
    void idsFinished();
    void requestPage(int page) const;
    void startNextPage();
    void pageFinished();
    QVariant display(const Sales::DealListRow &row, int column) const;

    QString m_databasePath;
    Sales::DealListFilter m_filter;
    Sales::DealListSort m_sort;
    QDateTime m_now;
    bool m_hasQuery = false;
    quint64 m_generation = 0;
    QStringList m_ids;
    QHash<QString, Sales::DealListRow> m_rows;
    // Pages asked for by data() (const) and not read yet; the worker takes them in order.
    mutable QList<int> m_queue;
    mutable QSet<int> m_requested;
    QFutureWatcher<Result<QStringList>> m_idsWatcher;
    std::shared_ptr<std::atomic<bool>> m_idsCancel;
    quint64 m_idsGeneration = 0;
    bool m_idsPending = false;
    QFutureWatcher<Result<QList<Sales::DealListRow>>> m_pageWatcher;
    quint64 m_pageGeneration = 0;
    int m_runningPage = -1;
};

} // namespace Kizuna::Ui
