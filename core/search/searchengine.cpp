// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/searchengine.h"

#include "core/model/personname.h"
#include "core/search/searchquery.h"
#include "core/storage/database.h"

#include <QHash>

#include <algorithm>

namespace Kizuna::Search {

namespace {

int entityRank(const QString &entity)
{
    if (entity == u"contact")
        return 0;
    if (entity == u"company")
        return 1;
    if (entity == u"deal")
        return 2;
    return 3;
}

// Where the query sits in the indexed body: at the start of the first line (a name that
// starts with it), elsewhere in the first lines (names), or in other fields.
int matchRank(const QString &body, const QString &folded, const QString &entity)
{
    const qsizetype at = body.indexOf(folded);
    if (at < 0)
        return 3; // short-index hit on the reading etc.
    const qsizetype lineStart = at == 0 ? 0 : body.lastIndexOf(u'\n', at - 1) + 1;
    const qsizetype line = body.left(at).count(u'\n');
    const int nameLines = entity == u"contact" ? 3 : (entity == u"company" ? 2 : 1);
    if (line < nameLines)
        return at == lineStart ? 0 : 1;
    return 2;
}

// The display columns of each kind of record, selected by id.
const char *describeSql(const QString &entity)
{
    if (entity == u"contact")
        return "SELECT c.id, c.family_name, c.given_name, c.family_name_reading, "
               "c.given_name_reading, c.email, co.name FROM contacts c "
               "LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = ?1";
    if (entity == u"company")
        return "SELECT id, name, name_reading, domain FROM companies WHERE id = ?1";
    if (entity == u"deal")
        return "SELECT d.id, d.title, d.status, co.name FROM deals d "
               "LEFT JOIN companies co ON co.id = d.company_id WHERE d.id = ?1";
    return "SELECT a.id, a.subject, a.type, a.occurred_at, c.family_name, c.given_name "
           "FROM activities a LEFT JOIN contacts c ON c.id = a.contact_id WHERE a.id = ?1";
}

void fill(SearchHit &hit, const Storage::Statement &s)
{
    const auto joined = [](const QStringList &parts) {
        QStringList present;
        for (const QString &p : parts) {
            if (!p.isEmpty())
                present << p;
        }
        return present.join(QStringLiteral(" · "));
    };
    if (hit.entity == u"contact") {
        hit.title = Model::displayName(s.columnText(1), s.columnText(2));
        hit.subtitle = joined({Model::displayName(s.columnText(3), s.columnText(4)), s.columnText(5),
                               s.columnText(6)});
    } else if (hit.entity == u"company") {
        hit.title = s.columnText(1);
        hit.subtitle = joined({s.columnText(2), s.columnText(3)});
    } else if (hit.entity == u"deal") {
        hit.title = s.columnText(1);
        hit.subtitle = joined({s.columnText(3), s.columnText(2)});
    } else {
        hit.title = s.columnText(1);
        hit.subtitle = joined({Model::displayName(s.columnText(4), s.columnText(5)),
                               s.columnText(3).left(10)});
    }
}

} // namespace

Result<SearchHits> SearchEngine::search(const QString &text, int limit)
{
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isEmpty() || limit <= 0)
        return SearchHits{};

    auto select = query.index == SearchQuery::Index::Trigram
                      ? m_db.cached("SELECT d.entity, d.record_id, d.body FROM search_fts f "
                                    "JOIN search_docs d ON d.id = f.rowid "
                                    "WHERE search_fts MATCH ?1 LIMIT ?2")
                      : m_db.cached("SELECT d.entity, d.record_id, d.body FROM search_short f "
                                    "JOIN search_docs d ON d.id = f.rowid "
                                    "WHERE search_short MATCH ?1 LIMIT ?2");
    if (!select.ok())
        return select.error();
    Storage::Statement &s = **select;
    s.bind(1, query.ftsPhrase);
    s.bind(2, CandidateLimit);
    SearchHits hits;
    KIZUNA_TRY(s.forEachRow([&] {
        SearchHit hit;
        hit.entity = s.columnText(0);
        hit.recordId = s.columnText(1);
        hit.score = entityRank(hit.entity) * 10 + matchRank(s.columnText(2), query.folded, hit.entity);
        hits << hit;
    }));
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score < b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    KIZUNA_TRY(describe(hits));
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.score != b.score ? a.score < b.score : a.title < b.title;
    });
    return hits;
}

Status SearchEngine::describe(SearchHits &hits)
{
    for (SearchHit &hit : hits) {
        auto select = m_db.cached(describeSql(hit.entity));
        if (!select.ok())
            return select.error();
        Storage::Statement &s = **select;
        s.bind(1, hit.recordId);
        auto row = s.step();
        if (!row.ok())
            return row.error();
        if (*row)
            fill(hit, s);
        s.reset();
    }
    return {};
}

} // namespace Kizuna::Search
