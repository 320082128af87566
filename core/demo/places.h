// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace Kizuna::Demo {

// A real municipality with the first three digits of its postal codes and its telephone area
// code; weight is a rough population share so Tokyo and Osaka dominate as they do in life.
struct City
{
    const char *prefecture;
    const char *city;
    const char *postalPrefix; // "100"
    const char *areaCode;     // "03", "045", "0466"
    int weight;
};

std::span<const City> cities();
// Town (町名) parts for plausible street lines ("本町1-2-3").
std::span<const char *const> townNames();
// Building names for apartment lines ("サンハイツ 203").
std::span<const char *const> buildingNames();

} // namespace Kizuna::Demo
