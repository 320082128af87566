// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/backgroundjob.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Kizuna;
using namespace Kizuna::Storage;

class tst_BackgroundJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("bg.kizuna"));
        auto db = DatabaseOpener::open(m_path);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO settings VALUES ('answer', '42')")).ok());
    }

    void runsOnAnotherThreadWithItsOwnConnection()
    {
        QThread *caller = QThread::currentThread();
        QFutureWatcher<Result<QString>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(runInBackground<QString>(m_path, makeCancelFlag(), [caller](Database &db, const std::atomic<bool> &) -> Result<QString> {
            if (QThread::currentThread() == caller)
                return Error::storage(QStringLiteral("ran on the calling thread"));
            return db.queryText(QStringLiteral("SELECT value FROM settings WHERE key = 'answer'"));
        }));
        QVERIFY(finished.wait(5000));
        const Result<QString> result = watcher.result();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(*result, QStringLiteral("42"));
    }

    void cancelReachesTheWork()
    {
        CancelFlag cancel = makeCancelFlag();
        QFutureWatcher<Result<int>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(runInBackground<int>(m_path, cancel, [](Database &, const std::atomic<bool> &stop) -> Result<int> {
            for (int i = 0; i < 500; ++i) {
                if (stop.load())
                    return Error::cancelled(QStringLiteral("stopped at %1").arg(i));
                QThread::msleep(10);
            }
            return 500;
        }));
        QTest::qWait(50);
        cancel->store(true);
        QVERIFY(finished.wait(5000));
        QCOMPARE(watcher.result().error().kind, ErrorKind::Cancelled);
    }

    void missingFileIsReported()
    {
        QFutureWatcher<Result<int>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        const QString missing = m_dir.filePath(QStringLiteral("missing.kizuna"));
        watcher.setFuture(runInBackground<int>(missing, makeCancelFlag(), [](Database &, const std::atomic<bool> &) -> Result<int> { return 1; }));
        QVERIFY(finished.wait(5000));
        QVERIFY(watcher.result().error().message.contains(missing));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(tst_BackgroundJob)
#include "tst_backgroundjob.moc"
