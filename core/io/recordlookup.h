// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"
#include "core/storage/statement.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

// Finds the existing record an imported row refers to — a contact by email, phone or name, a
// company by name, a deal by title — by keys of its stored values. A key is "<kind>:<text>"
// (one letter of kind: "e:taro@example.jp"). Holds a 64-bit hash of each key with the record's
// rowid (about 20 bytes a key, whatever the table's size) and confirms a hit against the
// record's stored values, so a hash collision never links the wrong record.
class RecordLookup final
{
public:
    // The keys of one record from the values of `columns` (in that order).
    using KeyFunction = std::function<QStringList(const QList<QVariant> &values)>;

    struct Match
    {
        enum class State { None, One, Several };
        State state = State::None;
        QString id;
        QList<QVariant> values; // the record's values of `columns`
    };

    RecordLookup(QString table, QStringList columns, KeyFunction keys);

    // Reads the keys of the given kinds ("en": email and name keys) of every record not in the
    // Trash. A key two records share is remembered as ambiguous.
    Status load(Storage::Database &db, const QString &kinds);
    bool isLoaded() const { return m_loaded; }

    Result<Match> find(const QString &key);

private:
    QString m_table;
    QStringList m_columns;
    KeyFunction m_keys;
    bool m_loaded = false;
    QHash<quint64, qint64> m_rowids; // key hash → rowid, -1: several records
    Storage::Statement m_byRowid;
};

} // namespace Kizuna::Io
