// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/companies/companyrow.h"

#include <QAbstractTableModel>

namespace Kizuna::Ui {

// The companies not in the Trash in reading order, loaded in keyset batches as the view scrolls.
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

    void reload();
    const CompanyRow &row(int index) const { return m_rows.at(index); }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Storage::Database &m_db;
    QList<CompanyRow> m_rows;
    bool m_atEnd = false;
};

} // namespace Kizuna::Ui
