// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <functional>
#include <span>
#include <vector>

namespace Kizuna::Analytics {

// The log-likelihood of positive parameters given on the log scale, with its gradient with
// respect to those logs written into `gradient` (same size). Returns -inf or NaN where the
// likelihood is not defined.
using LogLikelihood = std::function<double(std::span<const double> logParams, std::span<double> gradient)>;

// Asked before every evaluation of the likelihood; true stops the search (the caller's cancel
// flag, read on the optimising thread).
using CancelCheck = std::function<bool()>;

struct Optimum
{
    std::vector<double> params; // back on the natural scale
    double logLikelihood = 0;
    int evaluations = 0;
};

// Maximises a log-likelihood over positive parameters: quasi-Newton (L-BFGS, NLopt) on the log
// scale from `start`, polished by a derivative-free simplex run, so a poor start or a flat
// region does not end the search early. Returns ErrorKind::Cancelled as soon as `cancelled`
// says so (one evaluation later at most).
Result<Optimum> maximizeLikelihood(const LogLikelihood &logLikelihood, std::vector<double> start,
                                   const CancelCheck &cancelled = {});

} // namespace Kizuna::Analytics
