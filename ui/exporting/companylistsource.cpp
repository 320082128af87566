// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exporting/companylistsource.h"

#include "core/storage/database.h"
#include "ui/companies/companylistmodel.h"

namespace Kizuna::Ui {

CompanyListSource::CompanyListSource(CompanyListOrder order, ListColumns columns)
    : m_order(order)
    , m_columns(std::move(columns))
{
}

QStringList CompanyListSource::rowTexts(const CompanyRow &row, const QList<int> &columns)
{
    QStringList texts;
    texts.reserve(columns.size());
    for (const int column : columns) {
        texts << (column == CompanyListModel::ContactsColumn ? QString::number(row.contacts)
                                                             : CompanyListModel::displayText(row, column));
    }
    return texts;
}

Result<qint64> CompanyListSource::count(Storage::Database &db)
{
    // The rows CompanyPageQuery reads: every company not in the Trash.
    auto count = db.queryInt(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL"));
    if (!count.ok())
        return count.error();
    return static_cast<qint64>(*count);
}

Result<QList<QStringList>> CompanyListSource::nextPage(Storage::Database &db, int limit)
{
    auto page = CompanyPageQuery::page(db, m_order, m_last ? &*m_last : nullptr, limit);
    if (!page.ok())
        return page.error();
    QList<QStringList> rows;
    rows.reserve(page->size());
    for (const CompanyRow &row : std::as_const(*page))
        rows << rowTexts(row, m_columns.logical);
    if (!page->isEmpty())
        m_last = page->constLast();
    return rows;
}

} // namespace Kizuna::Ui
