// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/maximumlikelihood.h"

#include "core/analytics/analyticstr.h"

#include <nlopt.hpp>

#include <cmath>
#include <limits>

namespace Kizuna::Analytics {

namespace {

struct Objective
{
    const LogLikelihood *function;
    const CancelCheck *cancelled;
    int evaluations = 0;
    bool stopped = false; // the cancel check said stop
};

// NLopt minimises; we hand it the negative log-likelihood. Undefined points become +huge so
// the search backs away from them.
double negativeLogLikelihood(const std::vector<double> &x, std::vector<double> &gradient, void *data)
{
    auto *objective = static_cast<Objective *>(data);
    if (*objective->cancelled && (*objective->cancelled)()) {
        objective->stopped = true;
        throw nlopt::forced_stop(); // caught by NLopt's wrapper, which stops and rethrows from optimize()
    }
    ++objective->evaluations;
    std::vector<double> grad(x.size(), 0.0);
    const double ll = (*objective->function)(x, grad);
    if (!std::isfinite(ll)) {
        if (!gradient.empty())
            std::fill(gradient.begin(), gradient.end(), 0.0);
        return std::numeric_limits<double>::max() / 4;
    }
    if (!gradient.empty()) {
        for (size_t i = 0; i < x.size(); ++i)
            gradient[i] = -grad[i];
    }
    return -ll;
}

double run(nlopt::algorithm algorithm, Objective &objective, std::vector<double> &x)
{
    nlopt::opt opt(algorithm, static_cast<unsigned>(x.size()));
    opt.set_min_objective(&negativeLogLikelihood, &objective);
    opt.set_lower_bounds(std::vector<double>(x.size(), -20.0)); // e^-20 … e^20 on the natural scale
    opt.set_upper_bounds(std::vector<double>(x.size(), 20.0));
    opt.set_ftol_rel(1e-14);
    opt.set_xtol_rel(1e-12);
    opt.set_maxeval(20000);
    if (algorithm == nlopt::LN_NELDERMEAD) {
        // A polish from the quasi-Newton optimum: small steps, a bounded budget.
        opt.set_initial_step(std::vector<double>(x.size(), 0.01));
        opt.set_xtol_rel(1e-9);
        opt.set_maxeval(60);
    }
    double value = 0;
    try {
        opt.optimize(x, value);
    } catch (const nlopt::forced_stop &) {
        value = std::numeric_limits<double>::quiet_NaN(); // cancelled: Objective::stopped says so
    } catch (const nlopt::roundoff_limited &) {
        value = opt.last_optimum_value(); // close enough: the tolerances are tighter than doubles
    } catch (const std::exception &) {
        value = std::numeric_limits<double>::quiet_NaN();
    }
    return value;
}

} // namespace

Result<Optimum> maximizeLikelihood(const LogLikelihood &logLikelihood, std::vector<double> start,
                                   const CancelCheck &cancelled)
{
    Objective objective{&logLikelihood, &cancelled};
    std::vector<double> x(start.size());
    for (size_t i = 0; i < start.size(); ++i)
        x[i] = std::log(start[i]);

    std::vector<double> best = x;
    double bestValue = run(nlopt::LD_LBFGS, objective, best);
    if (objective.stopped)
        return Error::cancelled(Tr::tr("cancelled"));
    std::vector<double> polished = std::isfinite(bestValue) ? best : x;
    const double polishedValue = run(nlopt::LN_NELDERMEAD, objective, polished);
    if (objective.stopped)
        return Error::cancelled(Tr::tr("cancelled"));
    if (std::isfinite(polishedValue) && (!std::isfinite(bestValue) || polishedValue <= bestValue)) {
        best = polished;
        bestValue = polishedValue;
    }
    if (!std::isfinite(bestValue) || bestValue >= std::numeric_limits<double>::max() / 8)
        return Error::badInput(Tr::tr("the model could not be fitted to this data"));

    Optimum optimum;
    for (double v : best)
        optimum.params.push_back(std::exp(v));
    optimum.logLikelihood = -bestValue;
    optimum.evaluations = objective.evaluations;
    return optimum;
}

} // namespace Kizuna::Analytics
