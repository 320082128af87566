// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dedupe/duplicatefinder.h"

#include "core/dedupe/dedupetr.h"
#include "core/io/importvalues.h"
#include "core/model/personname.h"
#include "core/storage/database.h"
#include "core/text/textfold.h"

#include <QHash>

#include <algorithm>

namespace Kizuna::Dedupe {

namespace {

enum Reason : quint8 { Email = 1, Phone = 2, NameCompany = 4, ReadingCompany = 8, Name = 16, Reading = 32 };

struct Weight
{
    Reason reason;
    int weight;
    const char *text;
};

const Weight Weights[] = {
    {Email, 90, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same email")},
    {Phone, 70, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same phone")},
    {NameCompany, 85, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same name and company")},
    {ReadingCompany, 75, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same reading and company")},
    {Name, 50, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same name")},
    {Reading, 40, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same reading")},
};

constexpr size_t Seed = 0x6b697a756e61;

struct Contact
{
    QString id;
    QString name;
    bool recent = false; // rowid above DuplicateOptions::involvingRowidAbove
};

// Contacts by key: a 64-bit hash of the reason and the key text.
using Blocks = QHash<quint64, QList<int>>;

void addKey(Blocks &blocks, Reason reason, const QString &key, int contact)
{
    if (key.isEmpty())
        return;
    constexpr quint64 HashBits = (quint64(1) << 56) - 1; // the top byte holds the reason
    QList<int> &members = blocks[(quint64(qHash(key, Seed)) & HashBits) | (quint64(reason) << 56)];
    if (members.isEmpty() || members.constLast() != contact)
        members.append(contact);
}

QString folded(const QString &a, const QString &b)
{
    QString text = Text::foldForSearch(QString(a + b));
    text.remove(u' ');
    return text;
}

int score(quint8 reasons)
{
    double missing = 1.0;
    for (const Weight &w : Weights) {
        if (reasons & w.reason)
            missing *= 1.0 - w.weight / 100.0;
    }
    return int(std::lround(100.0 * (1.0 - missing)));
}

QStringList reasonTexts(quint8 reasons)
{
    QStringList texts;
    for (const Weight &w : Weights) {
        if (reasons & w.reason)
            texts << Tr::tr(w.text);
    }
    return texts;
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
        if (contact == index.cend())
            return;
        if (select->columnText(1) == u"email")
            addKey(blocks, Email, Io::emailKey(select->columnText(2)), *contact);
        else
            addKey(blocks, Phone, Io::phoneKey(select->columnText(2)), *contact);
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
    options.limit = 1; // only the count is wanted
    auto found = find(db, options, cancel);
    if (!found.ok())
        return found.error();
    return found->pairsFound;
}

Result<DuplicateResult> DuplicateFinder::find(Storage::Database &db, const DuplicateOptions &options,
                                              const std::atomic<bool> *cancel)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT id, family_name, given_name, family_name_reading, given_name_reading, email, phone, mobile, "
        "company_id, rowid FROM contacts WHERE deleted_at IS NULL ORDER BY created_at, id"));
    if (!select.ok())
        return select.error();
    QList<Contact> contacts;
    QHash<QString, int> index;
    Blocks blocks;
    KIZUNA_TRY(select->forEachRow([&] {
        const int n = int(contacts.size());
        const QString family = select->columnText(1), given = select->columnText(2);
        const QString company = select->columnText(8);
        contacts.append({select->columnText(0), Model::displayName(family, given),
                         select->columnInt64(9) > options.involvingRowidAbove});
        index.insert(contacts.constLast().id, n);
        addKey(blocks, Email, Io::emailKey(select->columnText(5)), n);
        addKey(blocks, Phone, Io::phoneKey(select->columnText(6)), n);
        addKey(blocks, Phone, Io::phoneKey(select->columnText(7)), n);
        const QString name = folded(family, given);
        const QString reading = folded(select->columnText(3), select->columnText(4));
        if (name.size() >= 2) {
            addKey(blocks, Name, name, n);
            if (!company.isEmpty())
                addKey(blocks, NameCompany, name + u'|' + company, n);
        }
        if (reading.size() >= 2) {
            addKey(blocks, Reading, reading, n);
            if (!company.isEmpty())
                addKey(blocks, ReadingCompany, reading + u'|' + company, n);
        }
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
        const quint8 reason = quint8(it.key() >> 56);
        for (qsizetype i = 0; i < members.size(); ++i) {
            for (qsizetype j = i + 1; j < members.size(); ++j)
                pairs[(quint64(members.at(i)) << 32) | quint64(members.at(j))] |= reason;
        }
    }
    result.candidatePairs = pairs.size();
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const int s = score(it.value());
        if (s < options.minScore)
            continue;
        const Contact &first = contacts.at(int(it.key() >> 32));
        const Contact &second = contacts.at(int(it.key() & 0xffffffffu));
        if (!first.recent && !second.recent)
            continue;
        result.pairs.append({first.id, second.id, first.name, second.name, s, reasonTexts(it.value())});
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
