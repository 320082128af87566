// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segments/segmenttable.h"

#include "core/storage/database.h"

#include <utility>

namespace Kizuna::Segments {

SegmentTable::SegmentTable(Storage::Database &db, QString name, qint64 size)
    : m_db(&db), m_name(std::move(name)), m_size(size)
{
}

SegmentTable::~SegmentTable()
{
    drop();
}

SegmentTable::SegmentTable(SegmentTable &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_name(std::move(other.m_name)), m_size(other.m_size)
{
}

SegmentTable &SegmentTable::operator=(SegmentTable &&other) noexcept
{
    if (this != &other) {
        drop();
        m_db = std::exchange(other.m_db, nullptr);
        m_name = std::move(other.m_name);
        m_size = other.m_size;
    }
    return *this;
}

void SegmentTable::drop()
{
    if (m_db)
        (void)m_db->exec(u"DROP TABLE IF EXISTS " + m_name);
    m_db = nullptr;
}

} // namespace Kizuna::Segments
