// SPDX-License-Identifier: GPL-3.0-or-later
// BG/NBD and Gamma-Gamma against the estimates published for the CDNOW sample:
// Fader, Hardie & Lee (2005), "Counting your customers the easy way: an alternative to the
// Pareto/NBD model", Marketing Science 24(2): r = 0.243, α = 4.414, a = 0.793, b = 2.426,
// LL = −9582.4; Fader & Hardie (2013), "The Gamma-Gamma model of monetary value":
// p = 6.25, q = 3.74, γ = 15.44 (946 customers with repeat purchases).
#include "core/analytics/bgnbdmodel.h"
#include "core/analytics/gammagammamodel.h"
#include "core/analytics/maximumlikelihood.h"
#include "core/analytics/specialfunctions.h"

#include <QFile>
#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <optional>
#include <thread>
#include <vector>

using namespace Kizuna::Analytics;

namespace {

struct Cdnow
{
    std::vector<BtydSummary> customers;
    double actualHoldout = 0; // repeat purchases in weeks 40–78
};

// cdnowSummary_cbs.csv: "id","x","t.x","T.cal","x.star","m.x"
Cdnow loadCdnow()
{
    Cdnow data;
    QFile file(QStringLiteral(KIZUNA_SHARED_DATA "/cdnow/cdnowSummary_cbs.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() < 6)
            continue;
        data.customers.push_back({f[1].toDouble(), f[2].toDouble(), f[3].toDouble(), f[5].toDouble()});
        data.actualHoldout += f[4].toDouble();
    }
    return data;
}

} // namespace

class tst_Btyd : public QObject
{
    Q_OBJECT

private:
    Cdnow m_data;
    BgNbdFit m_bgnbd;

private Q_SLOTS:
    void initTestCase()
    {
        m_data = loadCdnow();
        QCOMPARE(m_data.customers.size(), size_t{2357});
    }

    void hypergeometricMatchesClosedForm()
    {
        // 2F1(1, 1; 2; z) = −ln(1 − z) / z
        for (double z : {0.01, 0.3, 0.5, 0.9}) {
            const double expected = -std::log(1 - z) / z;
            QVERIFY(std::fabs(hypergeometric2F1(1, 1, 2, z) - expected) < 1e-12);
        }
        QVERIFY(std::isnan(hypergeometric2F1(1, 1, 2, 1.0)));
    }

    void bgnbdReproducesPublishedEstimates()
    {
        auto fit = BgNbdModel::fit(m_data.customers);
        QVERIFY(fit.ok());
        m_bgnbd = *fit;
        const BgNbdParams &p = fit->params;
        qInfo("BG/NBD r=%.4f alpha=%.4f a=%.4f b=%.4f LL=%.3f (%d evaluations)", p.r, p.alpha, p.a,
              p.b, fit->logLikelihood, fit->evaluations);
        QCOMPARE(std::round(p.r * 1000) / 1000, 0.243);
        QCOMPARE(std::round(p.alpha * 1000) / 1000, 4.414);
        QCOMPARE(std::round(p.a * 1000) / 1000, 0.793);
        QCOMPARE(std::round(p.b * 1000) / 1000, 2.426);
        QCOMPARE(std::round(fit->logLikelihood * 10) / 10, -9582.4);
    }

    void gammaGammaReproducesPublishedEstimates()
    {
        auto fit = GammaGammaModel::fit(m_data.customers);
        QVERIFY(fit.ok());
        const GammaGammaParams &g = fit->params;
        qInfo("Gamma-Gamma p=%.4f q=%.4f gamma=%.4f LL=%.3f", g.p, g.q, g.gamma, fit->logLikelihood);
        QCOMPARE(fit->customers, 946);
        QCOMPARE(std::round(g.p * 100) / 100, 6.25);
        QCOMPARE(std::round(g.q * 100) / 100, 3.74);
        QCOMPARE(std::round(g.gamma * 100) / 100, 15.44);
    }

    void calibrationPeriodIsReproduced()
    {
        // The population curve E[X(T)] summed over customers must give back the repeat
        // purchases of the calibration period, which the model was fitted to.
        double expected = 0;
        double actual = 0;
        for (const BtydSummary &c : m_data.customers) {
            expected += BgNbdModel::expectedPurchasesNew(m_bgnbd.params, c.age);
            actual += c.frequency;
        }
        qInfo("calibration weeks 1-39: expected %.1f, actual %.0f repeat purchases", expected, actual);
        QVERIFY(std::fabs(expected - actual) / actual < 0.02);
        // A customer seen an instant ago is a new customer: conditional = unconditional.
        QVERIFY(std::fabs(BgNbdModel::expectedPurchases(m_bgnbd.params, {0, 0, 1e-9, 0}, 39)
                          - BgNbdModel::expectedPurchasesNew(m_bgnbd.params, 39)) < 1e-6);
    }

    void holdoutPredictionIsClose()
    {
        double predicted = 0;
        for (const BtydSummary &c : m_data.customers)
            predicted += BgNbdModel::expectedPurchases(m_bgnbd.params, c, 39.0);
        qInfo("hold-out weeks 40-78: predicted %.1f, actual %.0f repeat purchases", predicted,
              m_data.actualHoldout);
        QVERIFY(std::fabs(predicted - m_data.actualHoldout) / m_data.actualHoldout < 0.15);
    }

    void probabilityAliveBehaves()
    {
        const BgNbdParams &p = m_bgnbd.params;
        QCOMPARE(BgNbdModel::probabilityAlive(p, {0, 0, 30, 0}), 1.0); // never repeated: alive by the model
        const double recent = BgNbdModel::probabilityAlive(p, {5, 38, 39, 0});
        const double lapsed = BgNbdModel::probabilityAlive(p, {5, 5, 39, 0});
        QVERIFY(recent > 0.85);
        QVERIFY(lapsed < 0.3);
        // The same customer is expected to buy more when their last purchase was recent.
        QVERIFY(BgNbdModel::expectedPurchases(p, {5, 38, 39, 0}, 39) > BgNbdModel::expectedPurchases(p, {5, 5, 39, 0}, 39));
    }

    void expectedAverageValueShrinksTowardsPopulation()
    {
        const GammaGammaParams g{6.25, 3.74, 15.44};
        const double population = GammaGammaModel::populationAverageValue(g);
        QVERIFY(std::fabs(population - 6.25 * 15.44 / 2.74) < 1e-9);
        // One repeat purchase of 100: between the population mean and 100; more purchases → closer to 100.
        const double one = GammaGammaModel::expectedAverageValue(g, {1, 10, 39, 100});
        const double ten = GammaGammaModel::expectedAverageValue(g, {10, 30, 39, 100});
        QVERIFY(one > population && one < 100);
        QVERIFY(ten > one && ten < 100);
    }

    void refusesUnusableData()
    {
        const std::vector<BtydSummary> noRepeats{{0, 0, 10, 0}, {0, 0, 20, 0}};
        QVERIFY(!BgNbdModel::fit(noRepeats).ok());
        const std::vector<BtydSummary> badRecency{{2, 30, 20, 5}};
        auto fit = BgNbdModel::fit(badRecency);
        QVERIFY(!fit.ok());
        QVERIFY(fit.error().message.contains("t_x"));
    }

    void optimiserStopsWhenTheCheckSaysSo()
    {
        // A concave log-likelihood with its maximum at (2, 3) on the natural scale.
        int evaluations = 0;
        const LogLikelihood ll = [&evaluations](std::span<const double> x, std::span<double> gradient) {
            ++evaluations;
            const double a = x[0] - std::log(2.0), b = x[1] - std::log(3.0);
            gradient[0] = -2 * a;
            gradient[1] = -2 * b;
            return -(a * a + b * b);
        };
        auto free = maximizeLikelihood(ll, {1.0, 1.0});
        QVERIFY(free.ok());
        QVERIFY(std::fabs(free->params[0] - 2) < 1e-4 && std::fabs(free->params[1] - 3) < 1e-4);
        QVERIFY(evaluations > 3);

        evaluations = 0;
        int checks = 0;
        auto stopped = maximizeLikelihood(ll, {1.0, 1.0}, [&checks] { return ++checks > 3; });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().kind, Kizuna::ErrorKind::Cancelled);
        QCOMPARE(evaluations, 3); // not one evaluation after the check said stop
    }

    void bgnbdFitCancelledFromAnotherThread()
    {
        // CDNOW 20 times over, each copy a little older so that no two customers share a
        // likelihood term: a fit of about half a second.
        std::vector<BtydSummary> many;
        for (int copy = 0; copy < 20; ++copy) {
            for (const BtydSummary &c : m_data.customers)
                many.push_back({c.frequency, c.recency, c.age + copy * 1e-3, c.monetary});
        }
        using Clock = std::chrono::steady_clock;
        std::atomic<bool> cancel{false};
        std::atomic<Clock::rep> cancelledAt{0};
        std::atomic<int> checks{0};
        QSemaphore optimising;
        std::optional<Kizuna::ErrorKind> kind;
        Clock::duration latency{};
        std::thread worker([&] {
            auto fit = BgNbdModel::fit(many, [&] {
                if (checks.fetch_add(1) == 0)
                    optimising.release(); // the optimiser asks before its first evaluation
                return cancel.load();
            });
            latency = Clock::now() - Clock::time_point(Clock::duration(cancelledAt.load()));
            if (!fit.ok())
                kind = fit.error().kind;
        });
        const bool started = optimising.tryAcquire(1, 30000);
        QTest::qSleep(50); // a few evaluations in
        cancelledAt = Clock::now().time_since_epoch().count();
        cancel = true;
        worker.join();
        QVERIFY(started);
        QVERIFY(kind.has_value()); // not finished before the cancel
        QCOMPARE(*kind, Kizuna::ErrorKind::Cancelled);
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(latency).count();
        qInfo("BG/NBD fit on %d customers returned %lld ms after the cancel (%d evaluations)", int(many.size()),
              qint64(ms), checks.load() - 1);
        QVERIFY2(ms < 100, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(tst_Btyd)
#include "tst_btyd.moc"
