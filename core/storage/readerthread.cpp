// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/readerthread.h"

#include "core/storage/databaseopener.h"

namespace Kizuna::Storage {

// The connection of a ReaderThread; created, used and deleted on that thread only.
class ReaderConnection final : public QObject
{
public:
    explicit ReaderConnection(QString path)
        : m_path(std::move(path))
    {
    }

    void run(const std::function<void(Database *, const Error &)> &job)
    {
        if (!m_db && !m_openError) {
            OpenOptions options;
            options.create = false;
            auto db = DatabaseOpener::open(m_path, options);
            if (db.ok())
                m_db = std::move(*db);
            else
                m_openError = std::make_unique<Error>(db.error());
        }
        job(m_db.get(), m_openError ? *m_openError : Error {});
    }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Error> m_openError;
};

ReaderThread::ReaderThread(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_connection(new ReaderConnection(m_path))
{
    m_thread.setObjectName(QStringLiteral("kizuna-reader"));
    m_connection->moveToThread(&m_thread);
    // Deleted on its own thread once the loop has stopped, with the jobs still queued for it.
    connect(&m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    m_thread.start();
}

ReaderThread::~ReaderThread()
{
    m_thread.quit();
    m_thread.wait();
}

void ReaderThread::post(Job job)
{
    QMetaObject::invokeMethod(
        m_connection, [connection = m_connection, job = std::move(job)] { connection->run(job); },
        Qt::QueuedConnection);
}

} // namespace Kizuna::Storage
