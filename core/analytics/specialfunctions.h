// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Kizuna::Analytics {

// log(exp(a) + exp(b)) without overflow or loss of precision.
double logAddExp(double a, double b);

// The Gauss hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1 by its power series
// (the BG/NBD expectations need it with z = t / (alpha + T + t)). NaN if it does not converge.
double hypergeometric2F1(double a, double b, double c, double z);

} // namespace Kizuna::Analytics
