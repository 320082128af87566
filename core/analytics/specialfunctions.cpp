// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/specialfunctions.h"

#include <cmath>
#include <limits>

namespace Kizuna::Analytics {

double logAddExp(double a, double b)
{
    if (std::isinf(a) && a < 0)
        return b;
    if (std::isinf(b) && b < 0)
        return a;
    const double high = a > b ? a : b;
    return high + std::log1p(std::exp(-std::fabs(a - b)));
}

double hypergeometric2F1(double a, double b, double c, double z)
{
    if (z < 0 || z >= 1)
        return std::numeric_limits<double>::quiet_NaN();
    constexpr int MaxTerms = 100000;
    double term = 1;
    double sum = 1;
    for (int n = 0; n < MaxTerms; ++n) {
        term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
        sum += term;
        if (std::fabs(term) <= 1e-15 * std::fabs(sum))
            return sum;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace Kizuna::Analytics
