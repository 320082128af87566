// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/contactinsights.h"
#include "core/analytics/rfm.h"
#include "core/storage/databaseopener.h"
#include "tests/core/insightsfixture.h"
#include "ui/insights/contactinsightsview.h"

#include <QSignalSpy>
#include <QTemporaryDir>
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
