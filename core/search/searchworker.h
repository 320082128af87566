// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/searchhit.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Search {

// Runs searches on the thread it lives in, with a connection it opens there on first use.
// A request whose generation is older than the latest one asked for is skipped.
class SearchWorker final : public QObject
{
    Q_OBJECT

public:
    SearchWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest);
    ~SearchWorker() override;

    void run(quint64 generation, const QString &query, int limit);
    // Closes the connection; called on the worker thread before it ends.
    void close();

Q_SIGNALS:
    void finished(quint64 generation, const QString &query, const Kizuna::Search::SearchHits &hits,
                  const QString &error);

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Storage::Database> m_db;
};

} // namespace Kizuna::Search
