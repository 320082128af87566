// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Kizuna::Search {

// One record found by a search, ready to show in a result list.
struct SearchHit
{
    QString entity;   // "contact", "company", "deal", "activity"
    QString recordId;
    QString title;    // display name, company name, deal title, activity subject
    QString subtitle; // reading, email, company … whatever helps to tell records apart
    int score = 0;    // lower is better
};

using SearchHits = QList<SearchHit>;

} // namespace Kizuna::Search

Q_DECLARE_METATYPE(Kizuna::Search::SearchHits)
