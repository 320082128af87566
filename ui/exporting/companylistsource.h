// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/listsource.h"
#include "ui/companies/companyrow.h"
#include "ui/exporting/listcolumns.h"

#include <optional>

namespace Kizuna::Ui {

// The company list for an export: the same keyset pages as the list on screen (CompanyPageQuery
// with the list's order — the column and direction the user sorted by — the Trash left out, so
// the file has the rows in the order the user sees; the company list has no filter), the visible
// columns with the texts the list shows — except the number of contacts, written as plain digits
// ("1234", not "1,234") so a spreadsheet reads a number.
class CompanyListSource final : public Io::ListSource
{
public:
    CompanyListSource(CompanyListOrder order, ListColumns columns);

    static QStringList rowTexts(const CompanyRow &row, const QList<int> &columns);

    QStringList headers() const override { return m_columns.headers; }
    Result<qint64> count(Storage::Database &db) override;
    Result<QList<QStringList>> nextPage(Storage::Database &db, int limit) override;

private:
    CompanyListOrder m_order;
    ListColumns m_columns;
    std::optional<CompanyRow> m_last;
};

} // namespace Kizuna::Ui
