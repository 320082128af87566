// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/bgnbdmodel.h"

#include "core/analytics/analyticstr.h"
#include "core/analytics/maximumlikelihood.h"
#include "core/analytics/specialfunctions.h"

#include <boost/math/special_functions/digamma.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
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

// ln(α + t) and 1/(α + t) of one time t (t_x or T) for the current α.
struct TimeTerms
{
    double log;
    double inverse;
};

TimeTerms timeTerms(const BgNbdParams &p, double t)
{
    return {std::log(p.alpha + t), 1.0 / (p.alpha + t)};
}

// The likelihood of one customer with frequency x given its frequency terms and the time terms
// of its recency and age, with the gradient (natural scale) added to `grad` when it is not null.
// The mixture of "alive at T" (log3) and "dropped out at t_x" (log4) is formed from their
// difference, so each customer costs one exp and one log1p.
double customerLogLikelihood(const BgNbdParams &p, const FrequencyTerms &f, double x, const TimeTerms &recency,
                             const TimeTerms &age, double *grad)
{
    const double rx = p.r + x;
    const double log3 = -rx * age.log; // still alive at T
    double logMix = log3;
    double w4 = 0;
    if (x > 0) {
        const double log4 = f.logDropout - rx * recency.log; // dropped out at t_x
        const double d = log4 - log3;
        const double e = std::exp(-std::fabs(d));
        logMix = (d > 0 ? log4 : log3) + std::log1p(e);
        w4 = d > 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }
    if (grad) {
        const double w3 = 1 - w4;
        grad[0] += f.dr + std::log(p.alpha) - w3 * age.log - (x > 0 ? w4 * recency.log : 0.0);
        grad[1] += p.r / p.alpha - w3 * rx * age.inverse - (x > 0 ? w4 * rx * recency.inverse : 0.0);
        grad[2] += f.da + (x > 0 ? w4 / p.a : 0.0);
        grad[3] += f.db - w4 * f.invBx1;
    }
    return f.logGammas + p.r * std::log(p.alpha) + logMix;
}

// The customers reduced to their distinct (x, t_x, T), each with a weight, sorted by x so the
// terms of each frequency are computed once per evaluation. Recencies and ages are indexes into
// `times`, the distinct values of both: with purchases counted in days there are a few thousand
// at most, so their logarithms are computed once per evaluation rather than once per customer.
struct CompressedCustomers
{
    struct Entry
    {
        double frequency;
        std::uint32_t recency;
        std::uint32_t age;
        double weight;
    };
    std::vector<double> times;
    std::vector<Entry> entries;
};

CompressedCustomers compress(std::span<const BtydSummary> customers)
{
    CompressedCustomers out;
    out.times.reserve(customers.size() * 2);
    for (const BtydSummary &c : customers) {
        out.times.push_back(c.recency);
        out.times.push_back(c.age);
    }
    std::sort(out.times.begin(), out.times.end());
    out.times.erase(std::unique(out.times.begin(), out.times.end()), out.times.end());
    const auto indexOf = [&out](double t) {
        return static_cast<std::uint32_t>(std::lower_bound(out.times.begin(), out.times.end(), t) - out.times.begin());
    };
    std::vector<CompressedCustomers::Entry> all;
    all.reserve(customers.size());
    for (const BtydSummary &c : customers)
        all.push_back({c.frequency, indexOf(c.recency), indexOf(c.age), 1.0});
    const auto key = [](const CompressedCustomers::Entry &e) { return std::tie(e.frequency, e.recency, e.age); };
    std::sort(all.begin(), all.end(), [&key](const auto &a, const auto &b) { return key(a) < key(b); });
    for (const CompressedCustomers::Entry &e : all) {
        if (!out.entries.empty() && key(out.entries.back()) == key(e))
            out.entries.back().weight += 1;
        else
            out.entries.push_back(e);
    }
    return out;
}

double weightedLogLikelihood(const BgNbdParams &p, const CompressedCustomers &customers, double *grad)
{
    std::vector<TimeTerms> times;
    times.reserve(customers.times.size());
    for (double t : customers.times)
        times.push_back(timeTerms(p, t));
    double total = 0;
    double currentX = -1;
    FrequencyTerms terms{};
    double local[4];
    for (const CompressedCustomers::Entry &c : customers.entries) {
        if (c.frequency != currentX) {
            currentX = c.frequency;
            terms = frequencyTerms(p, currentX);
        }
        const TimeTerms &recency = times[c.recency];
        const TimeTerms &age = times[c.age];
        if (grad) {
            local[0] = local[1] = local[2] = local[3] = 0;
            total += c.weight * customerLogLikelihood(p, terms, c.frequency, recency, age, local);
            for (int i = 0; i < 4; ++i)
                grad[i] += c.weight * local[i];
        } else {
            total += c.weight * customerLogLikelihood(p, terms, c.frequency, recency, age, nullptr);
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
    return customerLogLikelihood(params, frequencyTerms(params, customer.frequency), customer.frequency,
                                 timeTerms(params, customer.recency), timeTerms(params, customer.age), nullptr);
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

    const CompressedCustomers compressed = compress(customers);
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
    return probabilityAlive(p, c) * expectedPurchasesIfAlive(p, c.frequency, c.age, t);
}

double BgNbdModel::expectedPurchasesIfAlive(const BgNbdParams &p, double frequency, double age, double t)
{
    if (t <= 0)
        return 0;
    const double x = frequency;
    const double z = t / (p.alpha + age + t);
    const double f = hypergeometric2F1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    const double shrink = std::pow((p.alpha + age) / (p.alpha + age + t), p.r + x);
    return (p.a + p.b + x - 1) / (p.a - 1) * (1 - shrink * f);
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
