// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/listsource.h"
#include "ui/contacts/contactpagequery.h"
#include "ui/exporting/listcolumns.h"

#include <optional>

namespace Kizuna::Ui {

// The contact list for an export: the same keyset pages as the list on screen
// (ContactPageQuery with the list's filter and order, so the file has the rows in the order the
// user sees), the visible columns with the texts the list shows (ContactListModel::displayText:
// family-first names, translated kind and stage labels).
class ContactListSource final : public Io::ListSource
{
public:
    // `knownCount`: the list's count when it is known (saves counting again), -1 otherwise.
    ContactListSource(ContactListOrder order, ContactListFilter filter, ListColumns columns,
                      qint64 knownCount = -1);

    // The texts of one row in the given columns.
    static QStringList rowTexts(const ContactRow &row, const QList<int> &columns);

    QStringList headers() const override { return m_columns.headers; }
    Result<qint64> count(Storage::Database &db) override;
    Result<QList<QStringList>> nextPage(Storage::Database &db, int limit) override;

private:
    ContactListOrder m_order;
    ContactListFilter m_filter;
    ListColumns m_columns;
    qint64 m_knownCount;
    std::optional<ContactRow> m_last;
};

} // namespace Kizuna::Ui
