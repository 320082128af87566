// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/contactinsights.h"
#include "core/analytics/rfm.h"
#include "core/storage/databaseopener.h"
#include "tests/core/insightsfixture.h"
#include "ui/insights/contactinsightsview.h"
#include "ui/insights/insightswarmer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>

using namespace Kizuna;

class tst_InsightsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    Analytics::InsightsOptions options() const
    {
        Analytics::InsightsOptions o;
        o.asOf = QDate(2025, 6, 30);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("view.kizuna"));
        auto db = Storage::DatabaseOpener::open(m_path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY((*db)->exec(QString::fromUtf8(InsightsFixture::Sql)).ok());
    }

    void showsRfmClassAndSuggestions()
    {
        Ui::ContactInsightsView view(m_path);
        view.setOptions(options());
        view.resize(800, 600);
        view.show();
        QSignalSpy shown(&view, &Ui::ContactInsightsView::insightsShown);
        view.setContact(QStringLiteral("c01"));
        QVERIFY(view.isComputing());
        QCOMPARE(view.statusText(), Ui::ContactInsightsView::tr("Computing…"));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 15000);
        QVERIFY(!view.isComputing());
        // c01 is R5 F3 M4 (worked out in tst_contactinsights).
        QCOMPARE(view.rfmClassText(), Analytics::rfmClassName(Analytics::RfmClass::PotentialLoyalist));
        const QStringList items = view.crossSellItems();
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first(), QStringLiteral("Cup"));
        QVERIFY(!items.contains(QStringLiteral("Tea")));
        QVERIFY(view.churnRiskText().contains(u'%'));
    }

    void switchingQuicklyShowsOnlyTheLast()
    {
        Ui::ContactInsightsView view(m_path);
        view.setOptions(options());
        QSignalSpy shown(&view, &Ui::ContactInsightsView::insightsShown);
        view.setContact(QStringLiteral("c01"));
        view.setContact(QStringLiteral("c10"));
        view.setContact(QStringLiteral("c02"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isComputing(), 15000);
        QTest::qWait(200); // let any earlier worker finish too: its result must be dropped
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toString(), QStringLiteral("c02"));
        QCOMPARE(view.shownContactId(), QStringLiteral("c02"));
        // c02: 1 day (R5), 4 orders (F5), 8000 (M5) → Champions; it owns Tea and Cup already.
        QCOMPARE(view.rfmClassText(), Analytics::rfmClassName(Analytics::RfmClass::Champions));
        QVERIFY(view.crossSellItems().isEmpty());
    }

    void churnTileShowsTheRiskClass()
    {
        Ui::ContactInsightsView view(m_path);
        view.setOptions(options());
        QSignalSpy shown(&view, &Ui::ContactInsightsView::insightsShown);
        view.setContact(QStringLiteral("c10")); // one purchase a year ago: silent longer than every repeat gap
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 15000);
        QCOMPARE(view.churnRiskText(), QStringLiteral("100 %"));
    }

    void warmerComputesTodaysModelOnce()
    {
        auto db = Storage::DatabaseOpener::open(m_path);
        QVERIFY(db.ok());
        const QString key = QString::fromLatin1(Analytics::PopulationModel::SettingsKey);
        QVERIFY((*db)->exec(QStringLiteral("DELETE FROM settings WHERE key = '%1'").arg(key)).ok());
        Analytics::clearPopulationModelMemoryCache();
        const int builds = Analytics::populationModelBuilds();

        Ui::InsightsWarmer warmer(m_path);
        QSignalSpy warmed(&warmer, &Ui::InsightsWarmer::warmed);
        warmer.start(10);
        QVERIFY(warmer.isPending()); // nothing runs before the delay
        QVERIFY(!warmer.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(warmed.count(), 1, 15000);
        QCOMPARE(Analytics::populationModelBuilds(), builds + 1);
        auto json = (*db)->queryText(QStringLiteral("SELECT value FROM settings WHERE key = '%1'").arg(key));
        QVERIFY(json.ok());
        QCOMPARE(QJsonDocument::fromJson(json->toUtf8()).object().value(QStringLiteral("as_of")).toString(),
                 QDate::currentDate().toString(Qt::ISODate));

        // Cached now: a second warm-up (and a contact opened today) builds nothing.
        warmer.start(0);
        QTRY_COMPARE_WITH_TIMEOUT(warmed.count(), 2, 15000);
        QCOMPARE(Analytics::populationModelBuilds(), builds + 1);
    }

    void warmerCancelledStoresNothing()
    {
        // 20,000 customers' orders: computing the model takes seconds, so cancel() arrives first.
        const QString large = m_dir.filePath(QStringLiteral("large.kizuna"));
        auto db = Storage::DatabaseOpener::open(large);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        QVERIFY((*db)->exec(QString::fromUtf8(InsightsFixture::LargeOrdersSql)).ok());
        const QString key = QString::fromLatin1(Analytics::PopulationModel::SettingsKey);
        const int builds = Analytics::populationModelBuilds();

        auto warmer = std::make_unique<Ui::InsightsWarmer>(large);
        QSignalSpy failed(warmer.get(), &Ui::InsightsWarmer::failed);
        warmer->start(0);
        QVERIFY(warmer->isRunning());
        warmer->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QVERIFY(!warmer->isRunning());
        QCOMPARE(Analytics::populationModelBuilds(), builds);
        auto rows = (*db)->queryInt(QStringLiteral("SELECT count(*) FROM settings WHERE key = '%1'").arg(key));
        QVERIFY(rows.ok());
        QCOMPARE(*rows, std::int64_t{0});

        // Destroyed while running (the window closing): nothing waits for the worker, which
        // stops at its next check instead of finishing the model.
        warmer->start(0);
        QVERIFY(warmer->isRunning());
        QTest::qWait(200); // well into the computation
        QElapsedTimer stopping;
        stopping.start();
        warmer.reset();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
        qInfo("the worker stopped %lld ms after the warmer was destroyed", stopping.elapsed());
        QCOMPARE(Analytics::populationModelBuilds(), builds);
    }

    void leadShowsScoreWithoutPurchases()
    {
        Ui::ContactInsightsView view(m_path);
        view.setOptions(options());
        QSignalSpy shown(&view, &Ui::ContactInsightsView::insightsShown);
        view.setContact(QStringLiteral("L1"));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 15000);
        QVERIFY(view.rfmClassText().isEmpty());
        QVERIFY(!view.statusText().isEmpty());
    }
};

QTEST_MAIN(tst_InsightsView)
#include "tst_insightsview.moc"
