// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/result.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace Kizuna::Storage {

// A cancel flag shared between the thread that asks and the worker that checks it.
using CancelFlag = std::shared_ptr<std::atomic<bool>>;

inline CancelFlag makeCancelFlag()
{
    return std::make_shared<std::atomic<bool>>(false);
}

// Runs `work` on Qt's thread pool with a connection of its own to the database file (opened and
// closed on the worker thread, never shared), so slow queries, analytics and imports keep the UI
// thread free. Watch the future with a QFutureWatcher; set the flag to ask the work to stop.
template<typename T>
QFuture<Result<T>> runInBackground(const QString &databasePath, CancelFlag cancel,
                                   std::function<Result<T>(Database &, const std::atomic<bool> &)> work)
{
    return QtConcurrent::run([databasePath, cancel = std::move(cancel), work = std::move(work)]() -> Result<T> {
        OpenOptions options;
        options.create = false;
        auto db = DatabaseOpener::open(databasePath, options);
        if (!db.ok())
            return db.error();
        if (cancel->load())
            return Error::cancelled(QStringLiteral("cancelled"));
        return work(**db, *cancel);
    });
}

} // namespace Kizuna::Storage
