// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/gammagammamodel.h"

#include "core/analytics/analyticstr.h"
#include "core/analytics/maximumlikelihood.h"

#include <boost/math/special_functions/digamma.hpp>

#include <cmath>
#include <vector>

namespace Kizuna::Analytics {

namespace {

// log f(m̄ | p, q, γ; x), with the gradient on the natural scale added to grad when not null.
double customerLogLikelihood(const GammaGammaParams &g, double x, double m, double *grad)
{
    using boost::math::digamma;
    const double px = g.p * x;
    const double logGammaMx = std::log(g.gamma + m * x);
    if (grad) {
        const double psiSum = digamma(px + g.q);
        grad[0] += x * (psiSum - digamma(px) + std::log(m) + std::log(x) - logGammaMx);
        grad[1] += psiSum - digamma(g.q) + std::log(g.gamma) - logGammaMx;
        grad[2] += g.q / g.gamma - (px + g.q) / (g.gamma + m * x);
    }
    return std::lgamma(px + g.q) - std::lgamma(px) - std::lgamma(g.q) + g.q * std::log(g.gamma)
           + (px - 1) * std::log(m) + px * std::log(x) - (px + g.q) * logGammaMx;
}

} // namespace

double GammaGammaModel::logLikelihood(const GammaGammaParams &params, const BtydSummary &c)
{
    return customerLogLikelihood(params, c.frequency, c.monetary, nullptr);
}

Result<GammaGammaFit> GammaGammaModel::fit(std::span<const BtydSummary> customers)
{
    std::vector<BtydSummary> repeat;
    double meanSpend = 0;
    for (const BtydSummary &c : customers) {
        if (c.frequency > 0 && c.monetary > 0) {
            repeat.push_back(c);
            meanSpend += c.monetary;
        }
    }
    if (repeat.size() < 2)
        return Error::badInput(Tr::tr("the Gamma-Gamma model needs at least two customers with "
                                      "repeat purchases of positive value"));
    meanSpend /= static_cast<double>(repeat.size());

    const LogLikelihood objective = [&repeat](std::span<const double> logParams, std::span<double> gradient) {
        const GammaGammaParams g{std::exp(logParams[0]), std::exp(logParams[1]), std::exp(logParams[2])};
        double grad[3] = {0, 0, 0};
        double total = 0;
        for (const BtydSummary &c : repeat)
            total += customerLogLikelihood(g, c.frequency, c.monetary, grad);
        const double natural[3] = {g.p, g.q, g.gamma};
        for (int i = 0; i < 3; ++i)
            gradient[static_cast<size_t>(i)] = grad[i] * natural[i];
        return total;
    };
    auto optimum = maximizeLikelihood(objective, {1.0, 1.0, meanSpend});
    if (!optimum.ok())
        return optimum.error();
    GammaGammaFit fit;
    fit.params = {optimum->params[0], optimum->params[1], optimum->params[2]};
    fit.logLikelihood = optimum->logLikelihood;
    fit.customers = static_cast<int>(repeat.size());
    fit.evaluations = optimum->evaluations;
    return fit;
}

double GammaGammaModel::expectedAverageValue(const GammaGammaParams &g, const BtydSummary &c)
{
    if (c.frequency <= 0 || g.p * c.frequency + g.q <= 1)
        return populationAverageValue(g);
    return (g.gamma + c.monetary * c.frequency) * g.p / (g.p * c.frequency + g.q - 1);
}

double GammaGammaModel::populationAverageValue(const GammaGammaParams &g)
{
    return g.q > 1 ? g.p * g.gamma / (g.q - 1) : 0.0;
}

} // namespace Kizuna::Analytics
