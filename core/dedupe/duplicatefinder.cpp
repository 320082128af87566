// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dedupe/duplicatefinder.h"

#include "core/dedupe/contactkeys.h"
#include "core/dedupe/dedupetr.h"
#include "core/dedupe/newcontactpairs.h"
#include "core/model/personname.h"
#include "core/storage/database.h"

#include <QHash>

#include <algorithm>

namespace Kizuna::Dedupe {

namespace {

struct Contact
{
    QString id;
    QString name;
    bool recent = false; // rowid above DuplicateOptions::involvingRowidAbove
};

// Contacts by key (ContactKeys: a hash of the key with its reason in the top byte).
using Blocks = QHash<quint64, QList<int>>;

void addKey(Blocks &blocks, quint64 key, int contact)
{
    QList<int> &members = blocks[key];
    if (members.isEmpty() || members.constLast() != contact)
        members.append(contact);
}

// Emails and phones of the contact points, as keys of the contact they belong to.
Status addPointKeys(Storage::Database &db, const QHash<QString, int> &index, Blocks &blocks)
{
    auto select = db.prepare(QStringLiteral("SELECT contact_id, kind, value FROM contact_points "
                                            "WHERE kind IN ('email', 'phone') AND deleted_at IS NULL"));
    if (!select.ok())
        return select.error();
    return select->forEachRow([&] {
        const auto contact = index.constFind(select->columnText(0));
        quint64 key = 0;
        if (contact != index.cend() && ContactKeys::pointKey(select->columnText(1), select->columnText(2), key))
            addKey(blocks, key, *contact);
    });
}

} // namespace

Result<std::int64_t> DuplicateFinder::newestContactRowid(Storage::Database &db)
{
    return db.queryInt(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM contacts"));
}

Result<qint64> DuplicateFinder::countPairsInvolvingRowidAbove(Storage::Database &db, qint64 rowid,
                                                              const std::atomic<bool> *cancel)
{
    DuplicateOptions options;
    options.involvingRowidAbove = rowid;
    return NewContactPairs::count(db, options, cancel);
}

Result<DuplicateResult> DuplicateFinder::find(Storage::Database &db, const DuplicateOptions &options,
                                              const std::atomic<bool> *cancel)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT id, family_name, given_name, family_name_reading, given_name_reading, email, phone, mobile, "
        "company_id, rowid FROM contacts WHERE deleted_at IS NULL ORDER BY created_at, rowid"));
    if (!select.ok())
        return select.error();
    QList<Contact> contacts;
    QHash<QString, int> index;
    Blocks blocks;
    KIZUNA_TRY(select->forEachRow([&] {
        const int n = int(contacts.size());
        const ContactKeyFields fields{select->columnText(1), select->columnText(2), select->columnText(3),
                                      select->columnText(4), select->columnText(5), select->columnText(6),
                                      select->columnText(7), select->columnText(8)};
        contacts.append({select->columnText(0), Model::displayName(fields.familyName, fields.givenName),
                         select->columnInt64(9) > options.involvingRowidAbove});
        index.insert(contacts.constLast().id, n);
        ContactKeys::forEachKey(fields, [&](quint64 key) { addKey(blocks, key, n); });
    }));
    KIZUNA_TRY(addPointKeys(db, index, blocks));
    if (cancel && cancel->load())
        return Error::cancelled(Tr::tr("duplicate search cancelled"));

    DuplicateResult result;
    result.contacts = contacts.size();
    QHash<quint64, quint8> pairs; // (first << 32 | second) → reasons
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        QList<int> members = it.value();
        if (members.size() < 2)
            continue;
        if (members.size() > options.maxBlock) {
            ++result.commonKeysSkipped;
            continue;
        }
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
        const quint8 reason = ContactKeys::reasonOf(it.key());
        for (qsizetype i = 0; i < members.size(); ++i) {
            for (qsizetype j = i + 1; j < members.size(); ++j)
                pairs[(quint64(members.at(i)) << 32) | quint64(members.at(j))] |= reason;
        }
    }
    result.candidatePairs = pairs.size();
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const int s = ContactKeys::score(it.value());
        if (s < options.minScore)
            continue;
        const Contact &first = contacts.at(int(it.key() >> 32));
        const Contact &second = contacts.at(int(it.key() & 0xffffffffu));
        if (!first.recent && !second.recent)
            continue;
        result.pairs.append({first.id, second.id, first.name, second.name, s, ContactKeys::reasonTexts(it.value())});
    }
    std::sort(result.pairs.begin(), result.pairs.end(), [](const DuplicatePair &a, const DuplicatePair &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return std::tie(a.firstId, a.secondId) < std::tie(b.firstId, b.secondId);
    });
    result.pairsFound = result.pairs.size();
    if (options.limit > 0 && result.pairs.size() > options.limit)
        result.pairs.resize(options.limit);
    return result;
}

} // namespace Kizuna::Dedupe
