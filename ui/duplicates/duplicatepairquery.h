// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dedupe/duplicatefinder.h"
#include "core/storage/result.h"

#include <QList>
#include <QString>

#include <atomic>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// A candidate pair as the duplicates screen lists it: the finder's pair and each contact's email
// and phone.
struct DuplicatePairRow
{
    Dedupe::DuplicatePair pair;
    QString firstEmail;
    QString firstPhone;
    QString secondEmail;
    QString secondPhone;
};

class DuplicatePairQuery final
{
public:
    // The candidate pairs (best first), for a worker thread.
    static Result<QList<DuplicatePairRow>> load(Storage::Database &db, const std::atomic<bool> &cancel);
};

} // namespace Kizuna::Ui
