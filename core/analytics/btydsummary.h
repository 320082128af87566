// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Kizuna::Analytics {

// One customer's purchase history in the form "buy till you die" models take, time in weeks:
// frequency x = repeat purchases (distinct purchase days after the first), recency t_x = time
// from the first to the last purchase, age T = time from the first purchase to the end of the
// calibration period, monetary = mean value of the repeat purchases (0 when x = 0).
struct BtydSummary
{
    double frequency = 0;
    double recency = 0;
    double age = 0;
    double monetary = 0;
};

} // namespace Kizuna::Analytics
