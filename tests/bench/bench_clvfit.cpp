// SPDX-License-Identifier: GPL-3.0-or-later
// BG/NBD + Gamma-Gamma fit time on N customers (PRODUCT.md: < 2 s for 100,000). The customers
// are drawn from the models themselves with the CDNOW estimates (r 0.243, α 4.414, a 0.793,
// b 2.426; p 6.25, q 3.74, γ 15.44) over a 39-week calibration with staggered first purchases,
// so the fit must also recover those parameters — printed beside the time. Times are in days, as
// in an order history.
//
//   bench_clvfit [N]
#include "core/analytics/bgnbdmodel.h"
#include "core/analytics/gammagammamodel.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace Kizuna::Analytics;

int main(int argc, char **argv)
{
    const long n = argc > 1 ? std::atol(argv[1]) : 100000;
    std::mt19937_64 rng(42);
    std::gamma_distribution<double> lambdaDist(0.243, 1.0 / 4.414);
    std::gamma_distribution<double> betaA(0.793, 1.0), betaB(2.426, 1.0);
    std::gamma_distribution<double> nuDist(3.74, 1.0 / 15.44);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<BtydSummary> customers;
    customers.reserve(static_cast<size_t>(n));
    for (long i = 0; i < n; ++i) {
        const double T = 39.0 - 12.0 * unit(rng); // first purchase in the first 12 weeks
        const double lambda = lambdaDist(rng);
        const double a = betaA(rng), b = betaB(rng);
        const double p = a / (a + b);
        std::gamma_distribution<double> spend(6.25, 1.0 / nuDist(rng));
        double t = 0, last = 0, x = 0, total = 0;
        for (;;) {
            t += -std::log(1.0 - unit(rng)) / lambda;
            if (t > T)
                break;
            x += 1;
            last = t;
            total += spend(rng);
            if (unit(rng) < p)
                break; // drops out after this purchase
        }
        // Purchases are recorded by day, as in a real order history.
        const auto days = [](double weeks) { return std::floor(weeks * 7.0) / 7.0; };
        customers.push_back({x, days(last), days(T), x > 0 ? total / x : 0});
    }
    const auto start = std::chrono::steady_clock::now();
    auto bgnbd = BgNbdModel::fit(customers);
    const auto middle = std::chrono::steady_clock::now();
    auto gg = GammaGammaModel::fit(customers);
    const auto end = std::chrono::steady_clock::now();
    if (!bgnbd.ok() || !gg.ok()) {
        std::fprintf(stderr, "bench_clvfit: fit failed\n");
        return 3;
    }
    const double s1 = std::chrono::duration<double>(middle - start).count();
    const double s2 = std::chrono::duration<double>(end - middle).count();
    std::printf("evaluations: BG/NBD %d, Gamma-Gamma %d\n", bgnbd->evaluations, gg->evaluations);
    std::printf("clv fit %ld customers: BG/NBD %.2f s (r %.3f alpha %.3f a %.3f b %.3f) + Gamma-Gamma %.2f s "
                "(p %.2f q %.2f gamma %.2f) = %.2f s (bar: < 2 s)\n",
                n, s1, bgnbd->params.r, bgnbd->params.alpha, bgnbd->params.a, bgnbd->params.b, s2,
                gg->params.p, gg->params.q, gg->params.gamma, s1 + s2);
    return 0;
}
