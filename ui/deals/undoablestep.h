// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"
#include "ui/common/editsession.h"

#include <functional>
#include <memory>
#include <optional>

namespace Kizuna::Ui {

// Runs a sales service operation as one undo step of the edit session. `first` does it and
// returns what it did (a StatusChange, a DealLineEdit …); redo replays that record exactly and
// undo reverses it, so the ids and times written the first time are written again on redo.
// Returns what `first` did, or its error (nothing is pushed then).
template<typename Done>
Result<Done> performRecorded(EditSession &session, const QString &description, const QString &entity,
                             const QString &id, std::function<Result<Done>()> first,
                             std::function<Status(const Done &)> redo,
                             std::function<Status(const Done &)> undo)
{
    auto done = std::make_shared<std::optional<Done>>();
    auto apply = [done, first = std::move(first), redo = std::move(redo)]() -> Status {
        if (done->has_value())
            return redo(**done);
        auto result = first();
        if (!result.ok())
            return result.error();
        *done = *result;
        return {};
    };
    auto revert = [done, undo = std::move(undo)]() -> Status { return undo(**done); };
    const Status status = session.perform(description, entity, id, std::move(apply), std::move(revert));
    if (!status.ok())
        return status.error();
    return **done;
}

} // namespace Kizuna::Ui
