// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/searchhit.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Kizuna::Search {

class SearchWorker;

// Search as you type, off the calling thread: search() returns at once; the query runs on a
// worker thread with its own connection to the database file, and results() reports the hits
// of the LATEST query only — queries overtaken by newer keystrokes are skipped or their results
// dropped, so the list never flickers back to stale results.
class SearchService final : public QObject
{
    Q_OBJECT

public:
    explicit SearchService(const QString &databasePath, QObject *parent = nullptr);
    ~SearchService() override;

    void search(const QString &query, int limit = 20);
    // The most recent query passed to search().
    QString currentQuery() const { return m_query; }

Q_SIGNALS:
    void results(const QString &query, const Kizuna::Search::SearchHits &hits);
    void failed(const QString &query, const QString &message);

private:
    void deliver(quint64 generation, const QString &query, const Kizuna::Search::SearchHits &hits,
                 const QString &error);

    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    QString m_query;
    QThread *m_thread = nullptr;
    SearchWorker *m_worker = nullptr;
};

} // namespace Kizuna::Search
