// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/search/searchservice.h"
#include "core/storage/databaseopener.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Kizuna;
using namespace Kizuna::Search;

class tst_SearchService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("s.kizuna"));
        auto db = Storage::DatabaseOpener::open(m_path);
        QVERIFY(db.ok());
        Model::RecordStore store(**db, *Model::changeContextFor(**db));
        for (const auto &[family, given] : {std::pair{"山田", "太郎"}, {"山本", "花子"}, {"田中", "一郎"}})
            QVERIFY(store.insert(Model::entity(u"contact"), {{"family_name", family}, {"given_name", given}}).ok());
    }

    void deliversResultsFromAnotherThread()
    {
        SearchService service(m_path);
        QSignalSpy spy(&service, &SearchService::results);
        service.search(QStringLiteral("田中"));
        QVERIFY(spy.wait(5000));
        const auto hits = spy.first().at(1).value<SearchHits>();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().title, QStringLiteral("田中 一郎"));
    }

    void onlyTheLatestQueryIsDelivered()
    {
        SearchService service(m_path);
        QSignalSpy spy(&service, &SearchService::results);
        // Keystrokes typed faster than the worker answers.
        for (const char *typed : {"山", "山田", "山田太", "山田太郎"})
            service.search(QString::fromUtf8(typed));
        QVERIFY(spy.wait(5000));
        QTest::qWait(200); // anything stale would arrive now
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("山田太郎"));
        QCOMPARE(spy.first().at(1).value<SearchHits>().first().title, QStringLiteral("山田 太郎"));
    }

    void reportsAMissingDatabase()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nope.kizuna"));
        SearchService service(missing);
        QSignalSpy spy(&service, &SearchService::failed);
        service.search(QStringLiteral("山田"));
        QVERIFY(spy.wait(5000));
        QVERIFY(spy.first().at(1).toString().contains(missing));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(tst_SearchService)
#include "tst_searchservice.moc"
