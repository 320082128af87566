// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/readerthread.h"
#include "core/storage/result.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Kizuna::Ui {

// Reads the pages of a keyset-paged list model on a reader thread (one connection of its own,
// kept open) and hands each page back on the model's thread. At most one page is on its way;
// startOver() makes every page asked for before it stale: a stale page is skipped on the reader
// if it has not started yet and dropped when it arrives, so after a quick series of sorts or
// filter changes only the last one's page reaches the model.
template<typename Row>
class PageReader final
{
public:
    // Reads up to `limit` rows after `after` (nullptr: from the start) on the reader's connection.
    using Query = std::function<Result<QList<Row>>(Storage::Database &, const Row *after, int limit)>;
    // Called on the model's thread with the page and whether it was asked for with `replace`.
    using Receiver = std::function<void(Result<QList<Row>> page, bool replace)>;

    PageReader(QObject *context, const QString &databasePath, Receiver receiver)
        : m_context(context)
        , m_reader(new Storage::ReaderThread(databasePath, context))
        , m_receiver(std::move(receiver))
    {
    }

    // The same on a reader thread shared with other readers (a board's columns): `reader` must
    // outlive this; its jobs run one after the other in the order they were asked for.
    PageReader(QObject *context, Storage::ReaderThread *reader, Receiver receiver)
        : m_context(context)
        , m_reader(reader)
        , m_receiver(std::move(receiver))
    {
    }

    bool inFlight() const { return m_inFlight; }

    // Forgets the page on its way (its answer will be dropped).
    void startOver()
    {
        ++*m_generation;
        m_inFlight = false;
    }

    // Asks for the page after `after` (std::nullopt: the first page); `replace` is handed back to
    // the receiver with it. Does nothing while a page is on its way.
    void request(Query query, std::optional<Row> after, int limit, bool replace)
    {
        if (m_inFlight)
            return;
        m_inFlight = true;
        const quint64 generation = m_generation->load();
        using Watcher = QFutureWatcher<Result<QList<Row>>>;
        auto *watcher = new Watcher(m_context);
        QObject::connect(watcher, &Watcher::finished, m_context, [this, watcher, generation, replace] {
            watcher->deleteLater();
            if (generation != m_generation->load() || watcher->future().resultCount() == 0)
                return; // overtaken by startOver(), or dropped with the reader
            m_inFlight = false;
            m_receiver(watcher->result(), replace);
        });
        watcher->setFuture(m_reader->read<QList<Row>>(
            [query = std::move(query), after = std::move(after), limit, current = m_generation,
             generation](Storage::Database &db) -> Result<QList<Row>> {
                if (current->load() != generation) // asked again meanwhile: do not read it at all
                    return Error::cancelled(QStringLiteral("stale page"));
                return query(db, after ? &*after : nullptr, limit);
            }));
    }

private:
    QObject *m_context;
    Storage::ReaderThread *m_reader; // owned by m_context, or shared
    Receiver m_receiver;
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    bool m_inFlight = false;
};

} // namespace Kizuna::Ui
