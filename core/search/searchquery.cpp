// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/searchquery.h"

#include "core/text/phonedigits.h"
#include "core/text/textfold.h"

namespace Kizuna::Search {

namespace {

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// The characters that the short index keeps as tokens (unicode61 drops the rest).
bool isTokenChar(char32_t c)
{
    const auto category = QChar::category(c);
    return QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing
           || category == QChar::Mark_SpacingCombining;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    if (Text::looksLikePhoneQuery(input)) {
        query.phone = true;
        query.folded = Text::phoneDigits(input);
    } else {
        query.folded = Text::foldForSearch(input);
    }
    const QList<uint> codePoints = query.folded.toUcs4();
    const qsizetype length = codePoints.size();
    if (length == 0)
        return query;
    if (length >= 3) {
        query.index = Index::Trigram;
        query.ftsPhrase = quoted(query.folded);
        return query;
    }
    // One or two characters: a phrase of single-character tokens.
    QString spaced;
    for (const uint c : codePoints) {
        if (!isTokenChar(c))
            continue;
        if (!spaced.isEmpty())
            spaced += u' ';
        spaced += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    }
    if (spaced.isEmpty())
        return query;
    query.index = Index::Short;
    query.ftsPhrase = quoted(spaced);
    return query;
}

} // namespace Kizuna::Search
