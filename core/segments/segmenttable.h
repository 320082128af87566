// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Segments {

// A segment's members materialised in a temporary table of one connection: one column
// contact_id (primary key). Queries on the same connection restrict themselves to the segment
// with "c.id IN (SELECT contact_id FROM <name()>)". The table is dropped with this object, which
// must not outlive the Database.
class SegmentTable final
{
public:
    SegmentTable() = default;
    SegmentTable(Storage::Database &db, QString name, qint64 size);
    ~SegmentTable();
    SegmentTable(const SegmentTable &) = delete;
    SegmentTable &operator=(const SegmentTable &) = delete;
    SegmentTable(SegmentTable &&other) noexcept;
    SegmentTable &operator=(SegmentTable &&other) noexcept;

    bool isValid() const { return m_db != nullptr; }
    QString name() const { return m_name; } // schema-qualified: "temp.kizuna_segment_3"
    qint64 size() const { return m_size; }  // members

private:
    void drop();

    Storage::Database *m_db = nullptr;
    QString m_name;
    qint64 m_size = 0;
};

} // namespace Kizuna::Segments
