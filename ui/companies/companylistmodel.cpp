// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/companies/companylistmodel.h"

#include <QHash>
#include <QLocale>

#include <optional>

namespace Kizuna::Ui {

CompanyListModel::CompanyListModel(Storage::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pages(this, db.path(), [this](Result<QList<CompanyRow>> page, bool replace) {
        applyPage(std::move(page), replace);
    })
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
    return displayText(company, index.column());
}

QString CompanyListModel::displayText(const CompanyRow &company, int column)
{
    switch (column) {
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
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole) // most contacts first
        return section == ContactsColumn ? Qt::DescendingOrder : Qt::AscendingOrder;
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
    requestPage(false);
}

void CompanyListModel::requestPage(bool replace)
{
    std::optional<CompanyRow> after;
    if (!replace && !m_rows.isEmpty())
        after = m_rows.constLast();
    m_pages.request(
        [order = m_order](Storage::Database &db, const CompanyRow *last, int limit) {
            return CompanyPageQuery::page(db, order, last, limit);
        },
        std::move(after), BatchSize, replace);
}

void CompanyListModel::applyPage(Result<QList<CompanyRow>> page, bool replace)
{
    if (!page.ok()) {
        m_atEnd = true; // do not retry on every scroll step
        Q_EMIT errorOccurred(tr("Cannot read the companies: %1").arg(page.error().message));
        return;
    }
    m_atEnd = page->size() < BatchSize;
    if (replace) {
        beginResetModel();
        m_rows = std::move(*page);
        endResetModel();
    } else if (!page->isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
        m_rows.append(std::move(*page));
        endInsertRows();
    }
    Q_EMIT pageLoaded();
}

void CompanyListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, CompanySortKey> keys = {
        {NameColumn, CompanySortKey::Name},         {ReadingColumn, CompanySortKey::Name},
        {ContactsColumn, CompanySortKey::Contacts}, {PhoneColumn, CompanySortKey::Phone},
        {PrefectureColumn, CompanySortKey::Place},  {CityColumn, CompanySortKey::Place},
        {IndustryColumn, CompanySortKey::Industry}};
    if (!keys.contains(column))
        return;
    const CompanyListOrder wanted {keys.value(column), order};
    if (wanted == m_order)
        return;
    m_order = wanted;
    reload();
}

int CompanyListModel::columnFor(CompanySortKey key)
{
    switch (key) {
    case CompanySortKey::Contacts:
        return ContactsColumn;
    case CompanySortKey::Phone:
        return PhoneColumn;
    case CompanySortKey::Place:
        return PrefectureColumn;
    case CompanySortKey::Industry:
        return IndustryColumn;
    case CompanySortKey::Name:
        break;
    }
    return NameColumn;
}

void CompanyListModel::reload()
{
    // The rows on screen stay until the first page of the new reading replaces them.
    m_pages.startOver();
    m_atEnd = false;
    requestPage(true);
}

} // namespace Kizuna::Ui
