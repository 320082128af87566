// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Dedupe {

// Two contacts that may be the same person.
struct DuplicatePair
{
    QString firstId;   // the older contact (created first): the natural one to keep
    QString secondId;
    QString firstName; // display names, for lists
    QString secondName;
    int score = 0;       // 0–100
    QStringList reasons; // "same email", "same phone", "same name and company", …
};

struct DuplicateOptions
{
    int minScore = 50;
    int limit = 1000;    // pairs returned at most (the best first); <= 0: all
    int maxBlock = 50;   // a key shared by more contacts (a company's switchboard) is too common to tell
                         // people apart and is left out
    // Only pairs in which at least one contact has a rowid above this — the contacts an import
    // has just added (contacts get increasing rowids); -1: every pair.
    qint64 involvingRowidAbove = -1;
};

struct DuplicateResult
{
    QList<DuplicatePair> pairs; // best first
    qint64 contacts = 0;        // contacts looked at
    qint64 candidatePairs = 0;  // pairs that shared a key (before --min-score)
    qint64 pairsFound = 0;      // pairs with at least minScore, before the limit
    qint64 commonKeysSkipped = 0;
};

// Finds duplicate candidates among the contacts not in the Trash by blocking: every contact
// gets keys — its emails (the contact's and its contact points', case and width folded as the
// import does: Io::emailKey), its phone numbers (Io::phoneKey: digits in national form), its
// name with its company, its name, its reading with its company and its reading (kana and width
// folded: Text::foldForSearch) — and only contacts that share a key are compared, so the work
// grows with the contacts, not with their square. Each reason has a weight (email 90, phone 70,
// name and company 85, reading and company 75, name 50, reading 40); a pair's score combines
// them as independent evidence: 100 × (1 − Π(1 − w/100)).
class DuplicateFinder final
{
public:
    // The highest contact rowid now (0 for none): taken before an import, it is the
    // involvingRowidAbove that finds the pairs the import made.
    static Result<std::int64_t> newestContactRowid(Storage::Database &db);

    // The number of candidate pairs (default options) with a contact newer than `rowid`: what an
    // import that started at newestContactRowid() added. Counted with bounded memory
    // (NewContactPairs): the same number as find()'s pairsFound, without holding every key.
    static Result<qint64> countPairsInvolvingRowidAbove(Storage::Database &db, qint64 rowid,
                                                        const std::atomic<bool> *cancel = nullptr);

    static Result<DuplicateResult> find(Storage::Database &db, const DuplicateOptions &options,
                                        const std::atomic<bool> *cancel = nullptr);
};

} // namespace Kizuna::Dedupe
