// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/searchservice.h"

#include "core/search/searchworker.h"

#include <QMetaObject>
#include <QThread>

namespace Kizuna::Search {

SearchService::SearchService(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_thread(new QThread(this))
    , m_worker(new SearchWorker(databasePath, m_latest))
{
    qRegisterMetaType<Kizuna::Search::SearchHits>();
    m_thread->setObjectName(QStringLiteral("kizuna-search"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &SearchService::deliver, Qt::QueuedConnection);
    m_thread->start();
}

SearchService::~SearchService()
{
    m_latest->store(~quint64{0}); // skip whatever is still queued
    QMetaObject::invokeMethod(m_worker, &SearchWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SearchService::search(const QString &query, int limit)
{
    m_query = query;
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, query, limit] {
        worker->run(generation, query, limit);
    }, Qt::QueuedConnection);
}

void SearchService::deliver(quint64 generation, const QString &query, const SearchHits &hits,
                            const QString &error)
{
    if (generation != m_generation)
        return; // a newer query is on its way
    if (error.isEmpty())
        Q_EMIT results(query, hits);
    else
        Q_EMIT failed(query, error);
}

} // namespace Kizuna::Search
