// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dedupe/newcontactpairs.h"

#include "core/dedupe/contactkeys.h"
#include "core/dedupe/dedupetr.h"
#include "core/dedupe/runsorter.h"
#include "core/storage/database.h"

#include <QList>

#include <algorithm>

namespace Kizuna::Dedupe {

namespace {

constexpr int CheckCancelEvery = 4096;

using Rowid = std::int64_t;

class Counter final
{
public:
    Counter(Storage::Database &db, const DuplicateOptions &options, const std::atomic<bool> *cancel)
        : m_db(db), m_options(options), m_cancel(cancel)
    {}

    Result<qint64> run()
    {
        KIZUNA_TRY(collectKeys());
        KIZUNA_TRY(collectPairs());
        return countPairs();
    }

private:
    Status checkCancel()
    {
        if (m_rows++ % CheckCancelEvery == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed))
            return Error::cancelled(Tr::tr("duplicate search cancelled"));
        return {};
    }

    // Every key of every contact not in the Trash, numbered in the order find() collects them
    // (contacts by creation (ties in insertion order), then their contact points), so a block lists its members the same way.
    Status collectKeys()
    {
        auto contacts = m_db.prepare(QStringLiteral(
            "SELECT rowid, family_name, given_name, family_name_reading, given_name_reading, email, phone, "
            "mobile, company_id FROM contacts WHERE deleted_at IS NULL ORDER BY created_at, rowid"));
        if (!contacts.ok())
            return contacts.error();
        qint64 sequence = 0;
        const Status scanned = contacts->forEachRow([&]() -> Status {
            KIZUNA_TRY(checkCancel());
            const Rowid contact = contacts->columnInt64(0);
            const ContactKeyFields fields{contacts->columnText(1), contacts->columnText(2), contacts->columnText(3),
                                          contacts->columnText(4), contacts->columnText(5), contacts->columnText(6),
                                          contacts->columnText(7), contacts->columnText(8)};
            Status status;
            ContactKeys::forEachKey(fields, [&](quint64 block) {
                if (status.ok())
                    status = m_keys.add({block, sequence++, contact});
            });
            return status;
        });
        if (!scanned.ok())
            return scanned;
        auto points = m_db.prepare(QStringLiteral(
            "SELECT c.rowid, p.kind, p.value FROM contact_points p JOIN contacts c ON c.id = p.contact_id "
            "WHERE p.kind IN ('email', 'phone') AND p.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY p.rowid"));
        if (!points.ok())
            return points.error();
        return points->forEachRow([&]() -> Status {
            KIZUNA_TRY(checkCancel());
            quint64 block = 0;
            if (!ContactKeys::pointKey(points->columnText(1), points->columnText(2), block))
                return {};
            return m_keys.add({block, sequence++, points->columnInt64(0)});
        });
    }

    // One block's pairs with a new contact; a block of more than maxBlock entries (a shared
    // switchboard number) tells nobody apart and is left out, as find() does.
    Status flushBlock(quint64 block, QList<Rowid> &members, qint64 entries)
    {
        if (entries < 2 || entries > m_options.maxBlock)
            return {};
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
        const qint64 reason = ContactKeys::reasonOf(block);
        for (qsizetype j = 1; j < members.size(); ++j) {
            if (members.at(j) <= m_options.involvingRowidAbove)
                continue; // sorted: members before j are older too
            for (qsizetype i = 0; i < j; ++i)
                KIZUNA_TRY(m_pairs.add({quint64(members.at(i)), members.at(j), reason}));
        }
        return {};
    }

    // The keys by block, each block's members in the order they were added; a member added
    // twice in a row counts once towards the block's size (as in find()).
    Status collectPairs()
    {
        quint64 current = 0;
        bool any = false;
        QList<Rowid> members;
        qint64 entries = 0;
        Rowid last = -1;
        SortRecord key;
        for (;;) {
            auto more = m_keys.next(key);
            if (!more.ok())
                return more.error();
            if (!*more)
                break;
            KIZUNA_TRY(checkCancel());
            if (!any || key.key != current) {
                if (any)
                    KIZUNA_TRY(flushBlock(current, members, entries));
                any = true;
                current = key.key;
                members.clear();
                entries = 0;
                last = -1;
            }
            if (key.value == last)
                continue;
            last = key.value;
            if (++entries <= m_options.maxBlock)
                members.append(key.value);
        }
        return any ? flushBlock(current, members, entries) : Status();
    }

    // The pairs in order, so that all the blocks a pair shares come together: their reasons
    // combined give its score.
    Result<qint64> countPairs()
    {
        qint64 found = 0;
        quint64 first = 0;
        Rowid second = -1;
        quint8 reasons = 0;
        const auto close = [&] {
            if (second >= 0 && ContactKeys::score(reasons) >= m_options.minScore)
                ++found;
        };
        SortRecord pair;
        for (;;) {
            auto more = m_pairs.next(pair);
            if (!more.ok())
                return more.error();
            if (!*more)
                break;
            KIZUNA_TRY(checkCancel());
            if (pair.key != first || pair.order != second) {
                close();
                first = pair.key;
                second = pair.order;
                reasons = 0;
            }
            reasons |= quint8(pair.value);
        }
        close();
        return found;
    }

    Storage::Database &m_db;
    const DuplicateOptions m_options;
    const std::atomic<bool> *m_cancel = nullptr;
    RunSorter m_keys;  // (block, sequence) → contact
    RunSorter m_pairs; // (first, second) → reason
    qint64 m_rows = 0;
};

} // namespace

Result<qint64> NewContactPairs::count(Storage::Database &db, const DuplicateOptions &options,
                                      const std::atomic<bool> *cancel)
{
    return Counter(db, options, cancel).run();
}

} // namespace Kizuna::Dedupe
