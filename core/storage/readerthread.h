// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"
#include "core/storage/result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace Kizuna::Storage {

class ReaderConnection;

// A thread of its own with one connection to the database file, kept open between reads, that
// runs read jobs one after the other in the order they were asked for. A screen that reads page
// after page while the user scrolls or sorts (the contact list, the company list) hands the
// reads to it and keeps its UI thread free; the connection's page cache stays warm from one page
// to the next, which a fresh connection per job (runInBackground) would throw away.
//
// Jobs still waiting when the reader is destroyed are dropped: their futures finish cancelled,
// without a result. Destroying the reader waits for the job that is running.
class ReaderThread final : public QObject
{
    Q_OBJECT

public:
    explicit ReaderThread(QString databasePath, QObject *parent = nullptr);
    ~ReaderThread() override;

    // Queues `work` and returns its future; watch it with a QFutureWatcher. The connection is
    // opened by the first job; if it cannot be opened every job gets that error.
    template<typename T>
    QFuture<Result<T>> read(std::function<Result<T>(Database &)> work)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        post([promise, work = std::move(work)](Database *db, const Error &openError) {
            promise->addResult(db ? work(*db) : Result<T>(openError));
            promise->finish();
        });
        return future;
    }

    const QString &databasePath() const { return m_path; }

private:
    using Job = std::function<void(Database *db, const Error &openError)>;
    void post(Job job);

    QString m_path;
    QThread m_thread;
    ReaderConnection *m_connection = nullptr; // lives in m_thread
};

} // namespace Kizuna::Storage
