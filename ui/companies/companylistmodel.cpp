// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/companies/companylistmodel.h"

#include <QLocale>

namespace Kizuna::Ui {

CompanyListModel::CompanyListModel(Storage::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

int CompanyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CompanyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompanyRow &company = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == ContactsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return company.name;
    case ReadingColumn:
        return company.nameReading;
    case ContactsColumn:
        return QLocale().toString(company.contacts);
    case PhoneColumn:
        return company.phone;
    case PrefectureColumn:
        return company.prefecture;
    case CityColumn:
        return company.city;
    case IndustryColumn:
        return company.industry;
    default:
        return {};
    }
}

QVariant CompanyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Company");
    case ReadingColumn:
        return tr("Reading");
    case ContactsColumn:
        return tr("Contacts");
    case PhoneColumn:
        return tr("Phone");
    case PrefectureColumn:
        return tr("Prefecture");
    case CityColumn:
        return tr("City");
    case IndustryColumn:
        return tr("Industry");
    default:
        return {};
    }
}

bool CompanyListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CompanyListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto page = CompanyPageQuery::page(m_db, m_rows.isEmpty() ? nullptr : &m_rows.constLast(), BatchSize);
    if (!page.ok()) {
        m_atEnd = true;
        Q_EMIT errorOccurred(tr("Cannot read the companies: %1").arg(page.error().message));
        return;
    }
    m_atEnd = page->size() < BatchSize;
    if (page->isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows += *page;
    endInsertRows();
}

void CompanyListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
    fetchMore({});
}

} // namespace Kizuna::Ui
