// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exporting/contactlistsource.h"

#include "ui/contacts/contactlistmodel.h"

namespace Kizuna::Ui {

ContactListSource::ContactListSource(ContactListOrder order, ContactListFilter filter, ListColumns columns,
                                     qint64 knownCount)
    : m_order(order)
    , m_filter(std::move(filter))
    , m_columns(std::move(columns))
    , m_knownCount(knownCount)
{
}

QStringList ContactListSource::rowTexts(const ContactRow &row, const QList<int> &columns)
{
    QStringList texts;
    texts.reserve(columns.size());
    for (const int column : columns)
        texts << ContactListModel::displayText(row, column);
    return texts;
}

Result<qint64> ContactListSource::count(Storage::Database &db)
{
    if (m_knownCount >= 0)
        return m_knownCount;
    return ContactPageQuery::count(db, m_filter);
}

Result<QList<QStringList>> ContactListSource::nextPage(Storage::Database &db, int limit)
{
    auto page = ContactPageQuery::page(db, m_order, m_filter, m_last ? &*m_last : nullptr, limit);
    if (!page.ok())
        return page.error();
    QList<QStringList> rows;
    rows.reserve(page->size());
    for (const ContactRow &row : std::as_const(*page))
        rows << rowTexts(row, m_columns.logical);
    if (!page->isEmpty())
        m_last = page->constLast();
    return rows;
}

} // namespace Kizuna::Ui
