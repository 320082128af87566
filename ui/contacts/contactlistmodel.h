// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/pagereader.h"
#include "ui/contacts/contactpagequery.h"
#include "ui/contacts/contactrow.h"

#include <QAbstractTableModel>
#include <QList>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// The contacts not in the Trash, in reading order (五十音順 for Japanese readings) or sorted by
// another column, optionally filtered, loaded in batches as the view scrolls (canFetchMore/
// fetchMore with keyset pages): opening a list of a million contacts reads one batch, never the
// whole table. Pages are read on a reader thread with its own connection to the same file, so
// the UI thread never waits for the disk: fetchMore() asks for the next page and returns; the
// rows arrive a moment later (rowsInserted, then pageLoaded). A reload, sort or filter change
// drops the pages still on their way for the old order.
class ContactListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ReadingColumn,
        CompanyColumn,
        EmailColumn,
        PhoneColumn,
        PrefectureColumn,
        KindColumn,
        StageColumn,
        ColumnCount
    };

    static constexpr int DefaultBatchSize = 200;

    explicit ContactListModel(Storage::Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Sorts by a column (the company column cannot be sorted: it is left as it is) and reloads.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column) { return column != CompanyColumn; }
    // The column whose header shows an order.
    static int columnFor(ContactSortKey key);
    void fetchMore(const QModelIndex &parent) override;

    // Forgets the loaded rows, recounts and loads the first batch again.
    void reload();
    // Shows only the contacts that pass the filter (reloads when it changes).
    void setFilter(const ContactListFilter &filter);
    const ContactListFilter &filter() const { return m_filter; }
    const ContactListOrder &order() const { return m_order; }

    // Contacts not in the Trash, loaded or not; -1 while a worker is still counting them (or
    // the count failed).
    qint64 totalCount() const { return m_totalCount; }
    // No contact at all (known as soon as the first page is read).
    bool isEmpty() const { return m_rows.isEmpty() && m_atEnd; }
    // A page is on its way (after a reload, sort or filter change the old rows stay until the
    // first page of the new reading replaces them).
    bool isLoading() const { return m_pages.inFlight(); }
    int batchSize() const { return m_batchSize; }
    void setBatchSize(int rows);
    const ContactRow &row(int index) const { return m_rows.at(index); }
    // The text a column shows for a row (for exports: the same text as on screen).
    static QString displayText(const ContactRow &row, int column);

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    // A page has arrived (possibly empty: then the list is complete).
    void pageLoaded();
    // A query failed; the message names the database file where it can.
    void errorOccurred(const QString &message);

private:
    QVariant display(const ContactRow &row, int column) const;
    QVariant roleData(const ContactRow &row, int role) const;
    void reloadRows();
    // The next page, or with `replace` the first page that replaces every row.
    void requestPage(bool replace);
    void applyPage(Result<QList<ContactRow>> page, bool replace);
    void startCount();
    void setTotalCount(qint64 count);

    Storage::Database &m_db;
    PageReader<ContactRow> m_pages;
    QList<ContactRow> m_rows;
    ContactListOrder m_order;
    ContactListFilter m_filter;
    qint64 m_totalCount = -1;
    quint64 m_countGeneration = 0;
    quint64 m_dataVersion = 0; // reloads after a change of the data (see ContactPageQuery)
    int m_batchSize = DefaultBatchSize;
    bool m_atEnd = false;
};

} // namespace Kizuna::Ui
