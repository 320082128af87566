// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/segments/segmentrule.h"
#include "core/storage/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Kizuna::Model {
class RecordStore;
}
namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Segments {

// A saved segment as stored; its rule is parsed on demand, so one broken rule (written by a
// newer version, or by hand) never hides the list.
struct Segment
{
    QString id;
    QString name;
    QByteArray ruleJson;
    QString createdAt;
    QString updatedAt;

    // The parsed rule; errors start with the segment's name.
    Result<SegmentRule> rule() const;
};

// Saves segments through the record store, so every change is in the change log (history,
// undo, sync) like any other edit. Names are unique among segments not in the Trash. The
// static readers need no change context (read-only connections, workers).
class SegmentRepository final
{
public:
    explicit SegmentRepository(Model::RecordStore &store) : m_store(store) {}

    Result<QString> create(const QString &name, const SegmentRule &rule);
    Status update(const QString &id, const QString &name, const SegmentRule &rule);
    Status remove(const QString &id); // to the Trash

    // Segments not in the Trash, by name.
    static Result<QList<Segment>> list(Storage::Database &db);
    // A segment not in the Trash by id, else by exact name; NotFound when there is none.
    static Result<Segment> find(Storage::Database &db, const QString &idOrName);

private:
    Status checkName(const QString &name, const QString &exceptId);

    Model::RecordStore &m_store;
};

} // namespace Kizuna::Segments
