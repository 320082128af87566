// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/listsource.h"

namespace Kizuna::Ui {

// Rows already read, as the list shows them (the user's selection): exported as they are.
class FixedRowsSource final : public Io::ListSource
{
public:
    FixedRowsSource(QStringList headers, QList<QStringList> rows);

    QStringList headers() const override { return m_headers; }
    Result<qint64> count(Storage::Database &db) override;
    Result<QList<QStringList>> nextPage(Storage::Database &db, int limit) override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    qsizetype m_next = 0;
};

} // namespace Kizuna::Ui
