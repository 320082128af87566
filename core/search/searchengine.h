// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/searchhit.h"
#include "core/storage/result.h"

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Search {

// Finds contacts, companies, deals and activities by any part of their names, readings (typed
// in hiragana or katakana), emails, phone numbers (digits compared, any format) and activity
// text. Ranked: names that start with the query first, then other name matches, then other
// fields; contacts before companies, deals and activities. Not thread-safe: use one engine
// per connection (per thread).
class SearchEngine final
{
public:
    explicit SearchEngine(Storage::Database &db) : m_db(db) {}

    // At most `limit` hits, best first. Any input is accepted; an empty query finds nothing.
    Result<SearchHits> search(const QString &query, int limit = 20);

    // Candidates read from the index before ranking (bounds the time of very common queries).
    static constexpr int CandidateLimit = 300;

private:
    Status describe(SearchHits &hits);

    Storage::Database &m_db;
};

} // namespace Kizuna::Search
