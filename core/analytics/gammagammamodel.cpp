// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/gammagammamodel.h"

#include "core/analytics/analyticstr.h"
#include "core/analytics/maximumlikelihood.h"

#include <boost/math/special_functions/digamma.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Kizuna::Analytics {

namespace {

// Terms that depend on the parameters and x only: computed once per distinct x per evaluation.
struct FrequencyTerms
{
    double logGammas; // lnΓ(px+q) − lnΓ(px) − lnΓ(q)
    double psiSum;    // ψ(px+q)
    double psiPx;     // ψ(px)
};

FrequencyTerms frequencyTerms(const GammaGammaParams &g, double x)
{
    using boost::math::digamma;
    const double px = g.p * x;
    return {std::lgamma(px + g.q) - std::lgamma(px) - std::lgamma(g.q), digamma(px + g.q), digamma(px)};
}

// A customer with the logs that do not depend on the parameters precomputed.
struct SpendCustomer
{
    double x, m, logM, logX;
};

// log f(m̄ | p, q, γ; x), with the gradient on the natural scale added to grad when not null.
double customerLogLikelihood(const GammaGammaParams &g, const FrequencyTerms &f, const SpendCustomer &c,
                             double logGamma, double psiQ, double *grad)
{
    const double px = g.p * c.x;
    const double logGammaMx = std::log(g.gamma + c.m * c.x);
    if (grad) {
        grad[0] += c.x * (f.psiSum - f.psiPx + c.logM + c.logX - logGammaMx);
        grad[1] += f.psiSum - psiQ + logGamma - logGammaMx;
        grad[2] += g.q / g.gamma - (px + g.q) / (g.gamma + c.m * c.x);
    }
    return f.logGammas + g.q * logGamma + (px - 1) * c.logM + px * c.logX - (px + g.q) * logGammaMx;
}

double dataLogLikelihood(const GammaGammaParams &g, const std::vector<SpendCustomer> &customers, double *grad)
{
    const double logGamma = std::log(g.gamma);
    const double psiQ = boost::math::digamma(g.q);
    double total = 0;
    double currentX = -1;
    FrequencyTerms terms{};
    for (const SpendCustomer &c : customers) {
        if (c.x != currentX) {
            currentX = c.x;
            terms = frequencyTerms(g, c.x);
        }
        total += customerLogLikelihood(g, terms, c, logGamma, psiQ, grad);
    }
    return total;
}

std::vector<SpendCustomer> prepare(std::span<const BtydSummary> customers)
{
    std::vector<SpendCustomer> out;
    for (const BtydSummary &c : customers)
        out.push_back({c.frequency, c.monetary, std::log(c.monetary), std::log(c.frequency)});
    std::sort(out.begin(), out.end(), [](const SpendCustomer &a, const SpendCustomer &b) { return a.x < b.x; });
    return out;
}

} // namespace

double GammaGammaModel::logLikelihood(const GammaGammaParams &params, const BtydSummary &c)
{
    const std::vector<SpendCustomer> one = prepare({&c, 1});
    return dataLogLikelihood(params, one, nullptr);
}

Result<GammaGammaFit> GammaGammaModel::fit(std::span<const BtydSummary> customers, const std::atomic<bool> *cancel)
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

    const std::vector<SpendCustomer> prepared = prepare(repeat);
    const LogLikelihood objective = [&prepared](std::span<const double> logParams, std::span<double> gradient) {
        const GammaGammaParams g{std::exp(logParams[0]), std::exp(logParams[1]), std::exp(logParams[2])};
        double grad[3] = {0, 0, 0};
        const double total = dataLogLikelihood(g, prepared, grad);
        const double natural[3] = {g.p, g.q, g.gamma};
        for (int i = 0; i < 3; ++i)
            gradient[static_cast<size_t>(i)] = grad[i] * natural[i];
        return total;
    };
    auto optimum = maximizeLikelihood(objective, {1.0, 1.0, meanSpend},
                                      [cancel] { return cancel && cancel->load(std::memory_order_relaxed); });
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
