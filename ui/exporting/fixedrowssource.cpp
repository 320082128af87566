// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exporting/fixedrowssource.h"

namespace Kizuna::Ui {

FixedRowsSource::FixedRowsSource(QStringList headers, QList<QStringList> rows)
    : m_headers(std::move(headers))
    , m_rows(std::move(rows))
{
}

Result<qint64> FixedRowsSource::count(Storage::Database &)
{
    return static_cast<qint64>(m_rows.size());
}

Result<QList<QStringList>> FixedRowsSource::nextPage(Storage::Database &, int limit)
{
    const qsizetype first = m_next;
    m_next = qMin(m_rows.size(), m_next + qMax(0, limit));
    return m_rows.mid(first, m_next - first);
}

} // namespace Kizuna::Ui
