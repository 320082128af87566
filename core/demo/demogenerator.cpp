// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"

#include "core/demo/bulkloadsession.h"
#include "core/demo/contactgenerator.h"
#include "core/demo/demotr.h"
#include "core/demo/demoworld.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <algorithm>

namespace Kizuna::Demo {

namespace {

constexpr qint64 MaxContacts = 100'000'000;
constexpr qint64 ProgressEvery = 1000;

Status checkEmpty(Storage::Database &db)
{
    auto contacts = db.queryInt(QStringLiteral("SELECT count(*) FROM contacts"));
    if (!contacts.ok())
        return contacts.error();
    if (*contacts > 0)
        return Error::badInput(Tr::tr("%1 already has %2 contacts: demo data goes into a new, empty "
                                      "database only")
                                   .arg(db.path())
                                   .arg(*contacts));
    return {};
}

class Run final
{
public:
    Run(Storage::Database &db, const DemoOptions &options, QDate asOf, const DemoProgress &progress)
        : m_db(db), m_world(options, asOf), m_progress(progress), m_contacts(options.contacts)
    {}

    Result<DemoSummary> execute(BulkLoadSession &session)
    {
        KIZUNA_TRY(session.prepareTables());
        const qint64 finishUnit = std::max<qint64>(1, m_contacts / 100);
        m_total = m_contacts + finishUnit * session.finishSteps();
        KIZUNA_TRY(writeReferenceData(m_db, m_world, m_summary));
        KIZUNA_TRY(writeContacts());
        KIZUNA_TRY(session.finishTables([&](int i) { return report(m_contacts + finishUnit * (i + 1)); }));
        return m_summary;
    }

private:
    Status writeContacts()
    {
        ContactGenerator generator(m_db, m_world, m_summary);
        KIZUNA_TRY(generator.prepare());
        const qint64 fullBlocks = m_contacts / 10;
        int dealPosition = -1;
        for (qint64 i = 0; i < m_contacts; ++i) {
            const qint64 block = i / 10;
            if (i % 10 == 0) {
                Random random(m_world.seed, StreamDealBlocks, static_cast<std::uint64_t>(block));
                dealPosition = block < fullBlocks ? static_cast<int>(random.below(10)) : -1;
            }
            KIZUNA_TRY(generator.generate(i, i % 10 == dealPosition));
            if ((i + 1) % ProgressEvery == 0 || i + 1 == m_contacts)
                KIZUNA_TRY(report(i + 1));
        }
        return {};
    }

    Status report(qint64 done)
    {
        if (m_progress && !m_progress(done, m_total))
            return Error::cancelled(Tr::tr("Demo data generation cancelled: %1 is unchanged").arg(m_db.path()));
        return {};
    }

    Storage::Database &m_db;
    World m_world;
    const DemoProgress &m_progress;
    qint64 m_contacts;
    qint64 m_total = 0;
    DemoSummary m_summary;
};

} // namespace

Result<DemoSummary> generateDemo(Storage::Database &db, const DemoOptions &options, const DemoProgress &progress)
{
    if (options.contacts < 0 || options.contacts > MaxContacts)
        return Error::badInput(Tr::tr("the number of demo contacts must be between 0 and %1, not %2")
                                   .arg(MaxContacts)
                                   .arg(options.contacts));
    if (db.isReadOnly())
        return Error::badInput(Tr::tr("%1 is open read-only: demo data cannot be written").arg(db.path()));
    KIZUNA_TRY(checkEmpty(db));
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();

    const int cacheMiB = static_cast<int>(std::clamp<qint64>(64 + options.contacts / 1000, 64, 1536));
    BulkLoadSession session(db, cacheMiB);
    Storage::Transaction transaction(db);
    if (!transaction.begun())
        return transaction.beginError();
    Run run(db, options, asOf, progress);
    auto summary = run.execute(session);
    if (!summary.ok())
        return summary.error();
    KIZUNA_TRY(transaction.commit());
    return summary;
}

} // namespace Kizuna::Demo
