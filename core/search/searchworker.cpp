// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/searchworker.h"

#include "core/search/searchengine.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

namespace Kizuna::Search {

SearchWorker::SearchWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(std::move(databasePath)), m_latest(std::move(latest))
{}

SearchWorker::~SearchWorker() = default;

void SearchWorker::run(quint64 generation, const QString &query, int limit)
{
    if (generation < m_latest->load())
        return; // overtaken by a newer keystroke
    if (!m_db) {
        Storage::OpenOptions options;
        options.create = false;
        auto db = Storage::DatabaseOpener::open(m_path, options);
        if (!db.ok()) {
            Q_EMIT finished(generation, query, {}, db.error().message);
            return;
        }
        m_db = std::move(*db);
    }
    SearchEngine engine(*m_db);
    auto hits = engine.search(query, limit);
    if (hits.ok())
        Q_EMIT finished(generation, query, *hits, {});
    else
        Q_EMIT finished(generation, query, {}, hits.error().message);
}

void SearchWorker::close()
{
    m_db.reset();
}

} // namespace Kizuna::Search
