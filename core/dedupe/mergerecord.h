// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"

#include <QList>
#include <QString>

namespace Kizuna::Dedupe {

// A row of another table, by entity name ("activity") and id.
struct RowRef
{
    QString entity;
    QString id;

    friend bool operator==(const RowRef &, const RowRef &) = default;
};

// Everything a merge of contact `mergedId` into `keptId` changed, so undoMerge() can put it back.
struct MergeRecord
{
    QString keptId;
    QString mergedId;
    Model::FieldValues keptBefore; // the kept contact's values of the fields the merge changed
    Model::FieldValues keptAfter;  // … and what they became
    QList<RowRef> moved;           // rows re-pointed from the merged contact to the kept one
    QList<RowRef> removed;         // rows of the merged contact put in the Trash (a tag or campaign
                                   // membership the kept contact had already)
    QList<RowRef> restored;        // rows of the kept contact taken out of the Trash for that reason
};

} // namespace Kizuna::Dedupe
