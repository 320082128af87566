// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/columnmapping.h"
#include "core/io/recordimport.h"
#include "core/storage/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Io {

// The column mapping of a record import (companies, activities): suggested from the headers
// its targets list, "Header=field" overrides, and the mapping remembered per file layout in the
// settings table under "import_mapping/<entity>/<layout key>" — the scheme of ContactColumns,
// whose key is "import_mapping/contact/…", so each entity remembers its own.
class RecordColumns final
{
public:
    RecordColumns(QString entity, const QList<ImportTarget> &targets);

    const QStringList &targetNames() const { return m_targets; }
    bool isTarget(const QString &name) const { return m_targets.contains(name); }

    // The target a header suggests (folded as ContactColumns::foldHeader does); empty if none.
    QString suggestField(QStringView header) const;
    ColumnMapping suggest(const QStringList &headers) const;
    // A header by its name (exact or folded) or 1-based number; an empty field, "-" or
    // "ignore" ignores the column. The error names the override and lists headers or targets.
    Status applyOverrides(ColumnMapping &mapping, const QStringList &overrides) const;

    // The mapping remembered for this layout; an empty mapping when none.
    Result<ColumnMapping> remembered(Storage::Database &db, const QStringList &headers) const;
    Status remember(Storage::Database &db, const ColumnMapping &mapping) const;

private:
    QString settingsKey(const QStringList &headers) const;

    QString m_entity;
    QStringList m_targets;
    QHash<QString, QString> m_dictionary; // folded header → target
};

// The header of the (first) column mapped to `target`; empty when none is.
QString headerFor(const ColumnMapping &mapping, const QString &target);

} // namespace Kizuna::Io
