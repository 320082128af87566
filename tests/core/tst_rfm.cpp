// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/rfm.h"
#include "core/storage/clock.h"
#include "core/storage/databaseopener.h"
#include "core/storage/transaction.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace Kizuna;
using namespace Kizuna::Analytics;

class tst_Rfm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quintilesWithoutTies()
    {
        const std::vector<double> values{10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        QCOMPARE(quintileScores(values, true), (std::vector<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
        QCOMPARE(quintileScores(values, false), (std::vector<int>{5, 5, 4, 4, 3, 3, 2, 2, 1, 1}));
    }

    void tiesShareTheScoreOfTheirMeanRank()
    {
        // Six customers bought once (ranks 1–6, mean 3.5 → ceil(5 × 3 / 10) = 2), then 2, 2 (mean 7.5
        // → 4), 3 and 7 (ranks 9, 10 → 5).
        const std::vector<double> orders{1, 1, 1, 1, 1, 1, 2, 2, 3, 7};
        QCOMPARE(quintileScores(orders, true), (std::vector<int>{2, 2, 2, 2, 2, 2, 4, 4, 5, 5}));
        // All equal: everyone in the middle.
        QCOMPARE(quintileScores(std::vector<double>{4, 4, 4}, true), (std::vector<int>{3, 3, 3}));
        QVERIFY(quintileScores(std::vector<double>{}, true).empty());
    }

    void classesPartitionAllScores_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<int>("m");
        QTest::addColumn<QString>("expected");
        QTest::newRow("top") << 5 << 5 << 5 << "champions";
        QTest::newRow("frequent recent small spender") << 5 << 4 << 2 << "loyal";
        QTest::newRow("frequent, recency 3") << 3 << 5 << 5 << "loyal";
        QTest::newRow("recent, some orders") << 4 << 3 << 1 << "potential_loyalist";
        QTest::newRow("first order just now") << 5 << 1 << 3 << "new";
        QTest::newRow("first order recently") << 4 << 1 << 1 << "promising";
        QTest::newRow("middle") << 3 << 2 << 3 << "need_attention";
        QTest::newRow("fading one-timer") << 3 << 1 << 5 << "about_to_sleep";
        QTest::newRow("best customers gone quiet") << 1 << 5 << 4 << "cant_lose_them";
        QTest::newRow("frequent, gone quiet, small") << 2 << 4 << 2 << "at_risk";
        QTest::newRow("some orders, gone quiet") << 1 << 3 << 3 << "at_risk";
        QTest::newRow("long ago, few") << 2 << 2 << 5 << "hibernating";
        QTest::newRow("longest ago, few") << 1 << 1 << 1 << "lost";
    }
    void classesPartitionAllScores()
    {
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(int, m);
        QFETCH(QString, expected);
        QCOMPARE(rfmClassKey(classifyRfm(r, f, m)), expected);
    }

    void everyScoreHasAClass()
    {
        QSet<QString> seen;
        for (int r = 1; r <= 5; ++r)
            for (int f = 1; f <= 5; ++f)
                for (int m = 1; m <= 5; ++m)
                    seen << rfmClassKey(classifyRfm(r, f, m));
        QCOMPARE(seen.size(), int(rfmClasses().size()));
    }

    // The orders of the R package rfm's sample shop (../shared/data/rfm), as of 2007-01-01 like
    // the package's vignette; every customer's R, F and M checked against the CSV itself.
    void shopData()
    {
        QFile csv(QStringLiteral(KIZUNA_SHARED_DATA "/rfm/rfm_data_orders.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        csv.readLine();
        struct Expected { QDate last; int orders = 0; double revenue = 0; };
        QHash<QString, Expected> expected;
        QTemporaryDir dir;
        auto db = Storage::DatabaseOpener::open(dir.filePath(QStringLiteral("rfm.kizuna")));
        QVERIFY(db.ok());
        {
            Storage::Transaction transaction(**db);
            auto contact = (*db)->prepare(QStringLiteral("INSERT OR IGNORE INTO contacts(id, created_at, updated_at) VALUES (?1, 'x', 'x')"));
            auto order = (*db)->prepare(QStringLiteral("INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, 'x', 'x')"));
            int line = 1;
            while (!csv.atEnd()) {
                const QList<QByteArray> f = csv.readLine().trimmed().split(',');
                ++line;
                const QString customer = QString::fromUtf8(f[0]).remove(u'"');
                const QDate date = QDate::fromString(QString::fromUtf8(f[1]).remove(u'"'), Qt::ISODate);
                const double revenue = f[2].toDouble();
                QVERIFY(date.isValid());
                contact->bind(1, customer);
                QVERIFY(contact->run().ok());
                order->bind(1, QStringLiteral("o%1").arg(line));
                order->bind(2, customer);
                order->bind(3, Storage::toStoredTimestamp(date.startOfDay()));
                order->bind(4, revenue);
                QVERIFY(order->run().ok());
                Expected &e = expected[customer];
                e.last = std::max(e.last, date);
                e.orders += 1;
                e.revenue += revenue;
            }
            QVERIFY(transaction.commit().ok());
        }
        const QDate asOf(2007, 1, 1);
        auto rfm = computeRfm(**db, asOf);
        QVERIFY(rfm.ok());
        QCOMPARE(int(rfm->size()), 995);
        QCOMPARE(int(expected.size()), 995);

        QMap<int, int> rCounts, mCounts;
        QMap<QString, int> classes;
        for (const RfmCustomer &c : *rfm) {
            const Expected e = expected.value(c.contactId);
            QCOMPARE(c.recencyDays, double(e.last.daysTo(asOf)));
            QCOMPARE(c.frequency, double(e.orders));
            QVERIFY(qFuzzyCompare(c.monetary, e.revenue));
            rCounts[c.r]++;
            mCounts[c.m]++;
            classes[rfmClassKey(c.rfmClass)]++;
        }
        // Quintiles: five scores, each about a fifth of the customers.
        QCOMPARE(rCounts.size(), 5);
        for (int n : std::as_const(mCounts))
            QVERIFY2(n >= 180 && n <= 220, qPrintable(QString::number(n)));
        // Scores follow the values: fewer days since the last order never scores lower.
        for (const RfmCustomer &a : *rfm)
            for (const RfmCustomer &b : *rfm)
                if (a.recencyDays < b.recencyDays)
                    QVERIFY(a.r >= b.r);
        qInfo() << "classes" << classes;
        QVERIFY(classes.value(QStringLiteral("champions")) > 0);
        QVERIFY(classes.value(QStringLiteral("lost")) > 0);
    }
};

QTEST_GUILESS_MAIN(tst_Rfm)
#include "tst_rfm.moc"
