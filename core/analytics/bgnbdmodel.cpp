// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/bgnbdmodel.h"

#include "core/analytics/analyticstr.h"
#include "core/analytics/maximumlikelihood.h"
#include "core/analytics/specialfunctions.h"

#include <boost/math/special_functions/digamma.hpp>

#include <cmath>
#include <limits>
#include <map>
#include <tuple>
#include <vector>

namespace Kizuna::Analytics {

namespace {

// Terms that depend on the parameters and x only, computed once per distinct x per evaluation.
struct FrequencyTerms
{
    double logGammas;  // lnΓ(r+x) − lnΓ(r) + lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x)
    double dr;         // ψ(r+x) − ψ(r)
    double da;         // ψ(a+b) − ψ(a+b+x)
    double db;         // ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x)
    double logDropout; // ln a − ln(b+x−1), for x > 0
    double invBx1;     // 1 / (b+x−1), for x > 0
};

FrequencyTerms frequencyTerms(const BgNbdParams &p, double x)
{
    using boost::math::digamma;
    FrequencyTerms t;
    t.logGammas = std::lgamma(p.r + x) - std::lgamma(p.r) + std::lgamma(p.a + p.b)
                  + std::lgamma(p.b + x) - std::lgamma(p.b) - std::lgamma(p.a + p.b + x);
    t.dr = digamma(p.r + x) - digamma(p.r);
    t.da = digamma(p.a + p.b) - digamma(p.a + p.b + x);
    t.db = digamma(p.a + p.b) + digamma(p.b + x) - digamma(p.b) - digamma(p.a + p.b + x);
    t.logDropout = x > 0 ? std::log(p.a) - std::log(p.b + x - 1) : 0.0;
    t.invBx1 = x > 0 ? 1.0 / (p.b + x - 1) : 0.0;
    return t;
}

// The likelihood of one customer given its frequency terms, with the gradient (natural scale)
// added to `grad` when it is not null.
double customerLogLikelihood(const BgNbdParams &p, const FrequencyTerms &f, const BtydSummary &c,
                             double *grad)
{
    const double x = c.frequency;
    const double logAlphaT = std::log(p.alpha + c.age);
    const double log3 = -(p.r + x) * logAlphaT; // still alive at T
    double logMix = log3;
    double w4 = 0;
    double logAlphaTx = 0;
    if (x > 0) {
        logAlphaTx = std::log(p.alpha + c.recency);
        const double log4 = f.logDropout - (p.r + x) * logAlphaTx; // dropped out at t_x
        logMix = logAddExp(log3, log4);
        w4 = std::exp(log4 - logMix);
    }
    const double w3 = 1 - w4;
    if (grad) {
        grad[0] += f.dr + std::log(p.alpha) - w3 * logAlphaT - w4 * logAlphaTx;
        grad[1] += p.r / p.alpha - w3 * (p.r + x) / (p.alpha + c.age)
                   - (x > 0 ? w4 * (p.r + x) / (p.alpha + c.recency) : 0.0);
        grad[2] += f.da + (x > 0 ? w4 / p.a : 0.0);
        grad[3] += f.db - w4 * f.invBx1;
    }
    return f.logGammas + p.r * std::log(p.alpha) + logMix;
}

// Customers with the same (x, t_x, T) — common when purchases are counted in days — share one
// likelihood term; sorted by x so the terms of each frequency are computed once per evaluation.
struct WeightedCustomer
{
    BtydSummary summary;
    double weight;
};

std::vector<WeightedCustomer> compress(std::span<const BtydSummary> customers)
{
    std::map<std::tuple<double, double, double>, double> counts;
    for (const BtydSummary &c : customers)
        counts[{c.frequency, c.recency, c.age}] += 1;
    std::vector<WeightedCustomer> out;
    out.reserve(counts.size());
    for (const auto &[key, weight] : counts)
        out.push_back({{std::get<0>(key), std::get<1>(key), std::get<2>(key), 0}, weight});
    return out; // std::map order: ascending frequency first
}

double weightedLogLikelihood(const BgNbdParams &p, const std::vector<WeightedCustomer> &customers, double *grad)
{
    double total = 0;
    double currentX = -1;
    FrequencyTerms terms{};
    double local[4];
    for (const WeightedCustomer &c : customers) {
        if (c.summary.frequency != currentX) {
            currentX = c.summary.frequency;
            terms = frequencyTerms(p, currentX);
        }
        if (grad) {
            local[0] = local[1] = local[2] = local[3] = 0;
            total += c.weight * customerLogLikelihood(p, terms, c.summary, local);
            for (int i = 0; i < 4; ++i)
                grad[i] += c.weight * local[i];
        } else {
            total += c.weight * customerLogLikelihood(p, terms, c.summary, nullptr);
        }
    }
    return total;
}

double dataLogLikelihood(const BgNbdParams &p, std::span<const BtydSummary> customers, double *grad)
{
    return weightedLogLikelihood(p, compress(customers), grad);
}

BgNbdParams fromVector(std::span<const double> v)
{
    return {v[0], v[1], v[2], v[3]};
}

} // namespace

double BgNbdModel::logLikelihood(const BgNbdParams &params, const BtydSummary &customer)
{
    return customerLogLikelihood(params, frequencyTerms(params, customer.frequency), customer, nullptr);
}

double BgNbdModel::logLikelihood(const BgNbdParams &params, std::span<const BtydSummary> customers)
{
    return dataLogLikelihood(params, customers, nullptr);
}

Result<BgNbdFit> BgNbdModel::fit(std::span<const BtydSummary> customers, const std::atomic<bool> *cancel)
{
    return fit(customers, [cancel] { return cancel && cancel->load(std::memory_order_relaxed); });
}

Result<BgNbdFit> BgNbdModel::fit(std::span<const BtydSummary> customers, const CancelCheck &cancelled)
{
    bool anyRepeat = false;
    double meanAge = 0;
    for (const BtydSummary &c : customers) {
        // T = 0 (first purchase on the last day) is allowed: such a customer tells nothing yet and
        // adds 0 to the log-likelihood.
        if (c.age < 0 || c.recency < 0 || c.recency > c.age || c.frequency < 0)
            return Error::badInput(Tr::tr("invalid customer summary (x=%1, t_x=%2, T=%3): need "
                                          "0 <= t_x <= T")
                                       .arg(c.frequency)
                                       .arg(c.recency)
                                       .arg(c.age));
        anyRepeat = anyRepeat || c.frequency > 0;
        meanAge += c.age;
    }
    if (customers.empty() || !anyRepeat)
        return Error::badInput(Tr::tr("the BG/NBD model needs customers with repeat purchases"));
    meanAge /= static_cast<double>(customers.size());
    if (cancelled && cancelled())
        return Error::cancelled(Tr::tr("cancelled"));

    const std::vector<WeightedCustomer> compressed = compress(customers);
    const LogLikelihood objective = [&compressed](std::span<const double> logParams, std::span<double> gradient) {
        const BgNbdParams p{std::exp(logParams[0]), std::exp(logParams[1]), std::exp(logParams[2]),
                            std::exp(logParams[3])};
        double grad[4] = {0, 0, 0, 0};
        const double ll = weightedLogLikelihood(p, compressed, grad);
        const double natural[4] = {p.r, p.alpha, p.a, p.b};
        for (int i = 0; i < 4; ++i)
            gradient[static_cast<size_t>(i)] = grad[i] * natural[i]; // chain rule to the log scale
        return ll;
    };
    auto optimum = maximizeLikelihood(objective, {1.0, std::max(1.0, meanAge / 4), 1.0, 1.0}, cancelled);
    if (!optimum.ok())
        return optimum.error();
    BgNbdFit fit;
    fit.params = fromVector(optimum->params);
    fit.logLikelihood = optimum->logLikelihood;
    fit.customers = static_cast<int>(customers.size());
    fit.evaluations = optimum->evaluations;
    return fit;
}

double BgNbdModel::probabilityAlive(const BgNbdParams &p, const BtydSummary &c)
{
    if (c.frequency <= 0)
        return 1.0;
    const double logRatio = std::log(p.a) - std::log(p.b + c.frequency - 1)
                            + (p.r + c.frequency) * (std::log(p.alpha + c.age) - std::log(p.alpha + c.recency));
    return 1.0 / (1.0 + std::exp(logRatio));
}

double BgNbdModel::expectedPurchases(const BgNbdParams &p, const BtydSummary &c, double t)
{
    if (t <= 0)
        return 0;
    const double x = c.frequency;
    const double z = t / (p.alpha + c.age + t);
    const double f = hypergeometric2F1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    const double shrink = std::pow((p.alpha + c.age) / (p.alpha + c.age + t), p.r + x);
    const double numerator = (p.a + p.b + x - 1) / (p.a - 1) * (1 - shrink * f);
    double denominator = 1;
    if (x > 0)
        denominator += p.a / (p.b + x - 1) * std::pow((p.alpha + c.age) / (p.alpha + c.recency), p.r + x);
    return numerator / denominator;
}

double BgNbdModel::expectedPurchasesNew(const BgNbdParams &p, double t)
{
    if (t <= 0)
        return 0;
    const double z = t / (p.alpha + t);
    const double f = hypergeometric2F1(p.r, p.b, p.a + p.b - 1, z);
    return (p.a + p.b - 1) / (p.a - 1) * (1 - std::pow(p.alpha / (p.alpha + t), p.r) * f);
}

} // namespace Kizuna::Analytics
