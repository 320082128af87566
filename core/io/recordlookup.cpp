// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/recordlookup.h"

#include "core/storage/database.h"

namespace Kizuna::Io {

namespace {

constexpr size_t LookupSeed = 0x6c696e6b;
constexpr qint64 Several = -1;

quint64 lookupHash(const QString &key)
{
    return quint64(qHash(key, LookupSeed));
}

} // namespace

RecordLookup::RecordLookup(QString table, QStringList columns, KeyFunction keys)
    : m_table(std::move(table)), m_columns(std::move(columns)), m_keys(std::move(keys))
{}

Status RecordLookup::load(Storage::Database &db, const QString &kinds)
{
    auto select = db.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE deleted_at IS NULL")
                                 .arg(m_columns.join(u','), m_table));
    if (!select.ok())
        return select.error();
    auto byRowid = db.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE rowid = ?1 AND deleted_at IS NULL")
                                  .arg(m_columns.join(u','), m_table));
    if (!byRowid.ok())
        return byRowid.error();
    m_byRowid = std::move(*byRowid);
    m_rowids.clear();
    QList<QVariant> values(m_columns.size());
    KIZUNA_TRY(select->forEachRow([&] {
        const qint64 rowid = select->columnInt64(0);
        for (qsizetype i = 0; i < values.size(); ++i)
            values[i] = select->columnVariant(int(i) + 1);
        for (const QString &key : m_keys(values)) {
            if (key.size() < 3 || !kinds.contains(key.at(0)))
                continue;
            const quint64 hash = lookupHash(key);
            const auto it = m_rowids.find(hash);
            if (it == m_rowids.end())
                m_rowids.insert(hash, rowid);
            else if (*it != rowid)
                *it = Several;
        }
    }));
    m_loaded = true;
    return {};
}

Result<RecordLookup::Match> RecordLookup::find(const QString &key)
{
    Match match;
    const auto found = m_rowids.constFind(lookupHash(key));
    if (found == m_rowids.cend())
        return match;
    if (*found == Several) {
        match.state = Match::State::Several;
        return match;
    }
    Storage::Statement &s = m_byRowid;
    s.bind(1, std::int64_t(*found));
    auto row = s.step();
    if (!row.ok())
        return row.error();
    if (*row) {
        match.id = s.columnText(0);
        for (int i = 1; i < s.columnCount(); ++i)
            match.values << s.columnVariant(i);
    }
    s.reset();
    if (!match.id.isEmpty() && m_keys(match.values).contains(key))
        match.state = Match::State::One;
    return match;
}

} // namespace Kizuna::Io
