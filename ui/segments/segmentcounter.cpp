// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segmentcounter.h"

#include "core/segments/segmentmembers.h"
#include "core/storage/readerthread.h"

#include <QFutureWatcher>

namespace Kizuna::Ui {

SegmentCounter::SegmentCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_reader(new Storage::ReaderThread(databasePath, this))
{
}

SegmentCounter::~SegmentCounter()
{
    m_cancel->store(true); // the reader (a child) then waits for a running count to stop
}

void SegmentCounter::cancel()
{
    m_cancel->store(true);
    m_cancel = Storage::makeCancelFlag();
    ++*m_generation;
    m_counting = false;
}

void SegmentCounter::count(const Segments::SegmentRule &rule)
{
    cancel();
    m_counting = true;
    const quint64 generation = m_generation->load();
    using Watcher = QFutureWatcher<Result<qint64>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation->load() || watcher->future().resultCount() == 0)
            return; // overtaken by a newer rule, or dropped with the reader
        m_counting = false;
        const Result<qint64> result = watcher->result();
        if (result.ok())
            Q_EMIT counted(*result);
        else if (result.error().kind != ErrorKind::Cancelled)
            Q_EMIT failed(result.error().message);
    });
    watcher->setFuture(m_reader->read<qint64>(
        [rule, current = m_generation, generation, cancel = m_cancel](Storage::Database &db) -> Result<qint64> {
            if (current->load() != generation) // edited again meanwhile: do not count at all
                return Error::cancelled(QStringLiteral("stale count"));
            // Recency, RFM class, orders and revenue as of today, as the contact list uses them.
            return Segments::SegmentMembers(db).count(rule, cancel.get());
        }));
}

} // namespace Kizuna::Ui
