// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kizuna::Search {

// A user's query turned into what the index understands. Whatever the user typed — quotes,
// '*', ':', '-', parentheses, AND/OR/NEAR — becomes a quoted FTS5 phrase, so no input is ever
// taken as FTS syntax and none can make the query fail.
struct SearchQuery
{
    enum class Index { None, Trigram, Short };

    QString folded;       // the folded query (Text::foldForSearch), or the digits of a phone query
    bool phone = false;   // searched as phone digits
    Index index = Index::None;
    QString ftsPhrase;    // the MATCH argument

    static SearchQuery parse(const QString &input);
    bool isEmpty() const { return index == Index::None; }
};

} // namespace Kizuna::Search
