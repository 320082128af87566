// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/btydsummary.h"
#include "core/storage/result.h"

#include <atomic>
#include <functional>
#include <span>

namespace Kizuna::Analytics {

// The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while
// alive a customer buys at Poisson rate λ ~ Gamma(r, α); after each purchase they drop out with
// probability p ~ Beta(a, b). Time in weeks.
struct BgNbdParams
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

struct BgNbdFit
{
    BgNbdParams params;
    double logLikelihood = 0; // at the maximum, summed over customers
    int customers = 0;
    int evaluations = 0;
};

class BgNbdModel final
{
public:
    // Maximum-likelihood fit. Needs customers with repeat purchases and ages > 0. Setting `cancel`
    // (from any thread) makes it return ErrorKind::Cancelled within one likelihood evaluation.
    static Result<BgNbdFit> fit(std::span<const BtydSummary> customers, const std::atomic<bool> *cancel = nullptr);
    // The same with the check the optimiser asks before every evaluation (maximumlikelihood.h).
    static Result<BgNbdFit> fit(std::span<const BtydSummary> customers, const std::function<bool()> &cancelled);

    // The log-likelihood of one customer and of a whole data set.
    static double logLikelihood(const BgNbdParams &params, const BtydSummary &customer);
    static double logLikelihood(const BgNbdParams &params, std::span<const BtydSummary> customers);

    // P(alive at T | x, t_x, T).
    static double probabilityAlive(const BgNbdParams &params, const BtydSummary &customer);
    // E[purchases in (T, T + t] | x, t_x, T]: P(alive) × expectedPurchasesIfAlive.
    static double expectedPurchases(const BgNbdParams &params, const BtydSummary &customer, double t);
    // E[purchases in (T, T + t] | alive at T, x, T]: the part of the expectation that needs the
    // hypergeometric function and does not depend on t_x, so customers sharing x and T can share it.
    static double expectedPurchasesIfAlive(const BgNbdParams &params, double frequency, double age, double t);
    // E[purchases in (0, t]] for a customer who made the first purchase at time 0 (the model's
    // population curve, used for the cumulative tracking chart).
    static double expectedPurchasesNew(const BgNbdParams &params, double t);
};

} // namespace Kizuna::Analytics
