// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/random.h"

#include <cmath>

namespace Kizuna::Demo {

namespace {

std::uint64_t splitMix(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Random::Random(std::uint64_t seed, std::uint64_t stream, std::uint64_t key)
{
    std::uint64_t x = seed;
    x = splitMix(x) ^ (stream * 0xD1B54A32D192ED03ULL);
    x = splitMix(x) ^ (key * 0x8CB92BA72F3D8DD7ULL);
    for (auto &word : m_state)
        word = splitMix(x);
}

std::uint64_t Random::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

std::uint64_t Random::below(std::uint64_t bound)
{
    // Rejection of the few values that would make the modulo biased.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return r % bound;
    }
}

std::int64_t Random::between(std::int64_t low, std::int64_t high)
{
    if (high <= low)
        return low;
    return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low) + 1));
}

double Random::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double Random::normal()
{
    // Marsaglia's polar method; the spare value is dropped to keep the state simple.
    for (;;) {
        const double u = 2.0 * uniform() - 1.0;
        const double v = 2.0 * uniform() - 1.0;
        const double s = u * u + v * v;
        if (s > 0.0 && s < 1.0)
            return u * std::sqrt(-2.0 * std::log(s) / s);
    }
}

double Random::exponential(double rate)
{
    return -std::log1p(-uniform()) / rate;
}

double Random::gamma(double shape, double scale)
{
    if (shape < 1.0) {
        // Boost to shape + 1, then scale by U^(1/shape).
        const double u = uniform();
        return gamma(shape + 1.0, scale) * std::pow(u > 0.0 ? u : 0x1.0p-53, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0;
        double v = 0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x)
            return d * v * scale;
        if (u > 0.0 && std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v * scale;
    }
}

double Random::beta(double a, double b)
{
    const double x = gamma(a, 1.0);
    const double y = gamma(b, 1.0);
    return x + y > 0.0 ? x / (x + y) : 0.5;
}

int Random::poisson(double mean)
{
    if (mean <= 0.0)
        return 0;
    if (mean > 30.0) {
        const double value = std::floor(mean + std::sqrt(mean) * normal() + 0.5);
        return value < 0.0 ? 0 : static_cast<int>(value);
    }
    const double limit = std::exp(-mean);
    int count = 0;
    double product = uniform();
    while (product > limit) {
        ++count;
        product *= uniform();
    }
    return count;
}

std::size_t Random::weighted(const int *weights, std::size_t count)
{
    std::int64_t total = 0;
    for (std::size_t i = 0; i < count; ++i)
        total += weights[i];
    if (total <= 0)
        return 0;
    auto pick = static_cast<std::int64_t>(below(static_cast<std::uint64_t>(total)));
    for (std::size_t i = 0; i < count; ++i) {
        pick -= weights[i];
        if (pick < 0)
            return i;
    }
    return count - 1;
}

} // namespace Kizuna::Demo
