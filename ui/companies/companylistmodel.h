// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/pagereader.h"
#include "ui/companies/companyrow.h"

#include <QAbstractTableModel>

namespace Kizuna::Ui {

// The companies not in the Trash in name order (the reading, else the name: 五十音順, Latin A–Z)
// or sorted by any other column, loaded in keyset batches as the view scrolls, each read on a
// reader thread (see PageReader): rows arrive after fetchMore() returns. A sort drops the pages
// still on their way for the old order.
class CompanyListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ReadingColumn, ContactsColumn, PhoneColumn, PrefectureColumn, CityColumn,
                  IndustryColumn, ColumnCount };
    static constexpr int BatchSize = 200;

    explicit CompanyListModel(Storage::Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorts by a column (every column can be sorted; Reading sorts as Name, City as Prefecture)
    // and reloads.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    const CompanyListOrder &order() const { return m_order; }
    // The column whose header shows an order.
    static int columnFor(CompanySortKey key);

    // Reads the first page again; the rows on screen stay until it replaces them.
    void reload();
    // A page is on its way.
    bool isLoading() const { return m_pages.inFlight(); }
    const CompanyRow &row(int index) const { return m_rows.at(index); }
    // The text a column shows for a row (for exports: the same text as on screen).
    static QString displayText(const CompanyRow &row, int column);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A page has arrived.
    void pageLoaded();

private:
    void requestPage(bool replace);
    void applyPage(Result<QList<CompanyRow>> page, bool replace);

    PageReader<CompanyRow> m_pages;
    QList<CompanyRow> m_rows;
    CompanyListOrder m_order;
    bool m_atEnd = false;
};

} // namespace Kizuna::Ui
