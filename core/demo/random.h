// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace Kizuna::Demo {

// A small, fully specified pseudo-random generator (xoshiro256** seeded through splitmix64)
// with its own distributions, so the demo data is the same on every platform and library:
// std:: distributions differ between implementations and are never used here.
// Each (seed, stream, key) triple gives an independent sequence, so every contact, company or
// campaign draws from its own stream and one table's draws never shift another's.
class Random final
{
public:
    explicit Random(std::uint64_t seed, std::uint64_t stream = 0, std::uint64_t key = 0);

    std::uint64_t next();
    // Uniform integer in [0, bound); bound > 0 (modulo with rejection).
    std::uint64_t below(std::uint64_t bound);
    // Uniform integer in [low, high] (inclusive).
    std::int64_t between(std::int64_t low, std::int64_t high);
    // Uniform double in [0, 1) with 53 random bits.
    double uniform();
    bool chance(double probability) { return uniform() < probability; }
    double normal();                      // standard normal (polar method)
    double exponential(double rate);      // mean 1 / rate
    double gamma(double shape, double scale); // Marsaglia–Tsang
    double beta(double a, double b);
    int poisson(double mean);             // Knuth for small means, normal approximation above 30
    // An index drawn with the given non-negative integer weights.
    std::size_t weighted(const int *weights, std::size_t count);

private:
    std::uint64_t m_state[4];
};

} // namespace Kizuna::Demo
