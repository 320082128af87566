// SPDX-License-Identifier: GPL-3.0-or-later
// CLV from orders in the database, on the CDNOW sample's event log: the per-customer summaries
// must equal those of the BTYD package (cdnowSummary_cbs.csv), the weekly cumulative repeat
// purchases its tracking data (cdnowSummary_cu_tracking.csv), and the fit the published one.
#include "core/analytics/clvanalysis.h"
#include "core/storage/clock.h"
#include "core/storage/databaseopener.h"
#include "core/storage/transaction.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Kizuna;
using namespace Kizuna::Analytics;

namespace {
QList<QList<QByteArray>> readCsv(const char *name)
{
    QFile file(QStringLiteral(KIZUNA_SHARED_DATA "/cdnow/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    file.readLine();
    QList<QList<QByteArray>> rows;
    while (!file.atEnd()) {
        QByteArray line = file.readLine().trimmed();
        line.replace('"', "");
        if (!line.isEmpty())
            rows << line.split(',');
    }
    return rows;
}
} // namespace

class tst_ClvAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    const ClvOptions m_options{QDate(1997, 9, 30), QDate(1998, 6, 30), 52, 0.01};

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QStringLiteral("cdnow.kizuna")));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        Storage::Transaction transaction(*m_db);
        auto contact = m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO contacts(id, created_at, updated_at) VALUES (?1, 'x', 'x')"));
        auto order = m_db->prepare(QStringLiteral("INSERT INTO orders(id, contact_id, ordered_at, total, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, 'x', 'x')"));
        int n = 0;
        for (const auto &row : readCsv("cdnowElog.csv")) { // masterid,sampleid,date,cds,sales
            const QString customer = QString::fromLatin1(row[1]);
            contact->bind(1, customer);
            QVERIFY(contact->run().ok());
            order->bind(1, QStringLiteral("o%1").arg(++n));
            order->bind(2, customer);
            order->bind(3, Storage::toStoredTimestamp(QDate::fromString(QString::fromLatin1(row[2]), QStringLiteral("yyyyMMdd")).startOfDay()));
            order->bind(4, row[4].toDouble());
            QVERIFY(order->run().ok());
        }
        QCOMPARE(n, 6919);
        QVERIFY(transaction.commit().ok());
    }
    void cleanupTestCase() { m_db.reset(); }

    void summariesEqualTheBtydPackage()
    {
        auto histories = loadCustomerHistories(*m_db, m_options.calibrationEnd, m_options.holdoutEnd);
        QVERIFY(histories.ok());
        QCOMPARE(int(histories->size()), 2357);
        QHash<QString, const CustomerHistory *> byId;
        for (const CustomerHistory &h : *histories)
            byId.insert(h.contactId, &h);
        for (const auto &row : readCsv("cdnowSummary_cbs.csv")) { // id,x,t.x,T.cal,x.star,m.x
            const CustomerHistory *h = byId.value(QString::fromLatin1(row[0]));
            QVERIFY(h);
            QCOMPARE(h->calibration.frequency, row[1].toDouble());
            QVERIFY(std::fabs(h->calibration.recency - row[2].toDouble()) < 1e-9);
            QVERIFY(std::fabs(h->calibration.age - row[3].toDouble()) < 1e-9);
            QCOMPARE(h->holdoutRepeats, row[4].toDouble());
            QVERIFY2(std::fabs(h->calibration.monetary - row[5].toDouble()) < 1e-6, row[0].constData());
        }
    }

    void fitValidationAndTracking()
    {
        auto report = analyseClv(*m_db, m_options);
        QVERIFY(report.ok());
        const BgNbdParams &p = report->bgnbd.params;
        QCOMPARE(std::round(p.r * 1000) / 1000, 0.243);
        QCOMPARE(std::round(p.alpha * 1000) / 1000, 4.414);
        QCOMPARE(std::round(p.a * 1000) / 1000, 0.793);
        QCOMPARE(std::round(p.b * 1000) / 1000, 2.426);
        QVERIFY(report->gammaGamma.has_value());
        QCOMPARE(std::round(report->gammaGamma->params.p * 100) / 100, 6.25);

        QCOMPARE(*report->holdoutActual, 1882.0);
        qInfo("hold-out: predicted %.1f, actual %.0f", *report->holdoutPredicted, *report->holdoutActual);

        // Weekly cumulative repeat purchases: equal to the BTYD tracking data for all 78 weeks.
        const auto expected = readCsv("cdnowSummary_cu_tracking.csv");
        QCOMPARE(int(report->tracking.size()), 78);
        for (const auto &row : expected) {
            const int week = row[0].toInt();
            QCOMPARE(report->tracking[size_t(week - 1)].actual, row[1].toDouble());
        }
        // The model's curve follows it: within 3 % at the end of calibration, 10 % at week 78.
        const TrackingPoint &w39 = report->tracking[38];
        const TrackingPoint &w78 = report->tracking[77];
        qInfo("tracking week 39: %.0f vs %.0f; week 78: %.0f vs %.0f", w39.predicted, w39.actual, w78.predicted, w78.actual);
        QVERIFY(std::fabs(w39.predicted - w39.actual) / w39.actual < 0.03);
        QVERIFY(std::fabs(w78.predicted - w78.actual) / w78.actual < 0.10);
    }

    void perCustomerValues()
    {
        auto report = analyseClv(*m_db, m_options);
        QVERIFY(report.ok());
        double total = 0;
        for (const CustomerValue &v : report->customers) {
            QVERIFY(v.probabilityAlive > 0 && v.probabilityAlive <= 1);
            QVERIFY(v.clv >= 0);
            total += v.clv;
            // Undiscounted value is the expected purchases times the expected spend.
            QVERIFY(v.clv <= v.expectedPurchases * v.expectedAverageValue + 1e-9);
        }
        QVERIFY(total > 0);
        // A higher discount rate lowers every value.
        ClvOptions steep = m_options;
        steep.monthlyDiscountRate = 0.1;
        auto discounted = analyseClv(*m_db, steep);
        QVERIFY(discounted->customers[0].clv < report->customers[0].clv || report->customers[0].clv == 0);
    }

    void churnRiskRanksLapsedValuableCustomers()
    {
        auto report = analyseClv(*m_db, m_options);
        QVERIFY(report.ok());
        const auto atRisk = churnRiskList(*report, 0.5);
        QVERIFY(!atRisk.empty());
        QVERIFY(atRisk.size() < report->customers.size());
        for (size_t i = 0; i < atRisk.size(); ++i) {
            QVERIFY(atRisk[i].churnRisk >= 0.5);
            QVERIFY(atRisk[i].churnRisk >= 1 - atRisk[i].probabilityAlive);
            if (i > 0)
                QVERIFY(atRisk[i - 1].revenue >= atRisk[i].revenue);
        }
        // Customer 1 (x=2, last purchase in week 30 of 39): revenue 29.33 + 29.73 + 14.96.
        for (const CustomerValue &v : report->customers)
            if (v.contactId == QLatin1String("1")) {
                QVERIFY(std::fabs(v.revenue - 74.02) < 1e-9);
                QCOMPARE(v.lastPurchase, QDate(1997, 8, 2));
            }
        // One-time buyers have P(alive) = 1 in BG/NBD; recency puts the long-silent ones on the
        // list: a first purchase in January and nothing since is a longer silence than almost
        // every repeat-purchase gap.
        bool oneTimeBuyerListed = false;
        for (const CustomerValue &v : atRisk) {
            if (v.summary.frequency == 0) {
                oneTimeBuyerListed = true;
                QCOMPARE(v.probabilityAlive, 1.0);
                QVERIFY(v.recencyRisk >= 0.5);
            }
        }
        QVERIFY(oneTimeBuyerListed);
        // Recency risk grows with silence.
        const CustomerValue *recent = nullptr;
        const CustomerValue *silent = nullptr;
        for (const CustomerValue &v : report->customers) {
            if (v.lastPurchase == QDate(1997, 9, 29))
                recent = &v;
            if (v.lastPurchase == QDate(1997, 1, 5))
                silent = &v;
        }
        QVERIFY(recent && silent);
        QVERIFY(recent->recencyRisk < 0.1);
        QVERIFY(silent->recencyRisk > 0.9);
    }

    void badDates()
    {
        auto wrongOrder = analyseClv(*m_db, {QDate(1997, 9, 30), QDate(1997, 1, 1), 52, 0.01});
        QVERIFY(!wrongOrder.ok());
        QVERIFY(wrongOrder.error().message.contains("1997-01-01"));
        auto beforeData = analyseClv(*m_db, {QDate(1990, 1, 1), {}, 52, 0.01});
        QVERIFY(!beforeData.ok());
    }
};

QTEST_GUILESS_MAIN(tst_ClvAnalysis)
#include "tst_clvanalysis.moc"
