// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/btydsummary.h"
#include "core/storage/result.h"

#include <atomic>
#include <span>

namespace Kizuna::Analytics {

// The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV";
// Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): a customer's transaction
// values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers. Fitted on the mean repeat
// spend of customers with at least one repeat purchase.
struct GammaGammaParams
{
    double p = 0;
    double q = 0;
    double gamma = 0; // called v in some software
};

struct GammaGammaFit
{
    GammaGammaParams params;
    double logLikelihood = 0;
    int customers = 0; // those with frequency > 0 and monetary > 0
    int evaluations = 0;
};

class GammaGammaModel final
{
public:
    // Fits on the customers with frequency > 0 and monetary > 0; the others are ignored. Setting
    // `cancel` makes it return ErrorKind::Cancelled within one likelihood evaluation.
    static Result<GammaGammaFit> fit(std::span<const BtydSummary> customers,
                                     const std::atomic<bool> *cancel = nullptr);

    // The log-likelihood of the mean spend of one customer (frequency > 0).
    static double logLikelihood(const GammaGammaParams &params, const BtydSummary &customer);

    // E[M | mean spend, x]: the expected value of this customer's future transactions.
    static double expectedAverageValue(const GammaGammaParams &params, const BtydSummary &customer);
    // E[M] for a customer we know nothing about: pγ / (q − 1).
    static double populationAverageValue(const GammaGammaParams &params);
};

} // namespace Kizuna::Analytics
