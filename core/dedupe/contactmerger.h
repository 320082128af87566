// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dedupe/mergerecord.h"
#include "core/model/recordstore.h"
#include "core/storage/result.h"

namespace Kizuna::Dedupe {

// Merges one contact into another and undoes it, in one transaction each, every change through
// RecordStore (so it is in the change log, the history view and sync).
class ContactMerger final
{
public:
    explicit ContactMerger(Model::RecordStore &store);

    // The values a merge keeps by default: the kept contact's, and the merged contact's where
    // the kept one has none. Only the fields that would change are returned.
    static Model::FieldValues suggestedChoices(const Model::Record &kept, const Model::Record &merged);

    // Merges `mergedId` into `keptId`: the kept contact takes `choices` (field → value: the
    // caller's pick per field, e.g. suggestedChoices()); the merged contact's activities, orders,
    // deals, tasks, campaign memberships, survey answers, contact points and tags move to the kept
    // one (a tag or campaign it has already is not doubled: the merged one's goes to the Trash);
    // then the merged contact goes to the Trash. Both must exist and not be in the Trash.
    Result<MergeRecord> merge(const QString &keptId, const QString &mergedId, const Model::FieldValues &choices);

    // Puts everything back as it was before merge(): the merged contact out of the Trash, every
    // moved row back on it, the rows put in (or taken out of) the Trash back, the kept contact's
    // fields as they were.
    Status undoMerge(const MergeRecord &record);

private:
    Status moveRows(MergeRecord &record);
    Status moveRow(MergeRecord &record, const QString &entity, const QString &id, const QString &uniqueColumn,
                   const QString &uniqueValue);

    Model::RecordStore &m_store;
};

} // namespace Kizuna::Dedupe
