// SPDX-License-Identifier: GPL-3.0-or-later
// Purchase history by a "buy till you die" process (Pareto/NBD-like, as BG/NBD assumes): each
// buyer has a purchase rate λ ~ Gamma and, after every purchase, drops out with a probability
// p ~ Beta. Inter-purchase times are exponential, thinned by a monthly seasonality with gift
// peaks in July (お中元) and December (お歳暮). This yields one-time buyers, loyal repeat
// buyers, dormant customers (alive but slow) and churned ones (dropped out long ago).
#include "core/demo/contactgenerator.h"

#include "core/demo/catalog.h"
#include "core/demo/rowbinder.h"
#include "core/storage/statement.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Kizuna::Demo {

namespace {

constexpr double BuyerShare = 0.72;
constexpr double RateShape = 1.2;        // purchases per year ~ Gamma(shape, scale)
constexpr double RateScalePerYear = 2.45;
constexpr double DropoutA = 1.0;         // dropout after a purchase ~ Beta(a, b)
constexpr double DropoutB = 3.0;
constexpr int MaxOrders = 150;
constexpr int CategoryPopularity[] = {22, 16, 12, 14, 14, 8, 8, 6};

const char *const ChannelKeys[] = {"online", "store", "phone", "line"};
constexpr int ChannelWeights[] = {55, 25, 8, 12};

// The minute of the day an order is placed, by channel (JST).
int orderMinute(Random &random, int channel)
{
    switch (channel) {
    case 0: {
        static constexpr int HourWeights[24] = {3, 2, 1, 1, 1, 1, 2, 4, 5, 5, 6, 7,
                                                8, 7, 6, 6, 6, 6, 7, 9, 11, 12, 10, 6};
        return static_cast<int>(random.weighted(HourWeights, 24)) * 60 + static_cast<int>(random.below(60));
    }
    case 1: return static_cast<int>(random.between(10 * 60, 19 * 60));
    case 2: return static_cast<int>(random.between(9 * 60, 17 * 60));
    default: return static_cast<int>(random.between(8 * 60, 23 * 60));
    }
}

} // namespace

Status ContactGenerator::makePurchases()
{
    const Timeline &timeline = m_world.timeline;
    m_buyer = m_kind == 0 && m_random.chance(BuyerShare);
    if (!m_buyer)
        return {};
    std::int64_t t = m_random.chance(0.35)
                         ? m_created + m_random.between(5, 120) * Timeline::MsPerMinute
                         : m_created + static_cast<std::int64_t>(m_random.exponential(1.0 / 15.0) * Timeline::MsPerDay);
    if (t > timeline.now())
        return {}; // will buy after the as-of day: still a lead today

    for (int &favourite : m_favourite)
        favourite = static_cast<int>(m_random.weighted(CategoryPopularity, std::size(CategoryPopularity)));
    const double ratePerYear = m_random.gamma(RateShape, RateScalePerYear);
    const double dropout = m_random.beta(DropoutA, DropoutB);
    const double candidateRatePerMs = ratePerYear * SeasonalityMax / (365.25 * Timeline::MsPerDay);

    for (;;) {
        const auto channel = static_cast<int>(m_random.weighted(ChannelWeights, std::size(ChannelWeights)));
        std::int64_t when = Timeline::at(Timeline::dayOf(t), orderMinute(m_random, channel));
        when = std::clamp(when, m_created + Timeline::MsPerMinute, timeline.now() - Timeline::MsPerMinute);
        drawOrderLines(when, m_lines);
        KIZUNA_TRY(writeOrder(when, ChannelKeys[channel], m_lines));
        m_orderTimes.push_back(when);
        if (m_orderTimes.size() >= MaxOrders)
            break;
        if (m_random.chance(dropout)) {
            m_alive = false;
            break;
        }
        bool accepted = false;
        while (!accepted) {
            t += static_cast<std::int64_t>(m_random.exponential(candidateRatePerMs));
            if (t > timeline.now())
                return {};
            accepted = m_random.uniform() * SeasonalityMax < seasonality(Timeline::monthOf(t));
        }
    }
    return {};
}

void ContactGenerator::drawOrderLines(std::int64_t when, std::vector<Line> &lines)
{
    static constexpr int LineCountWeights[] = {45, 30, 17, 8};
    static constexpr int VariantWeights[] = {62, 28, 10};
    static constexpr int QuantityWeights[] = {78, 15, 5, 2};
    const auto all = categories();
    const int month = Timeline::monthOf(when);
    int categoryWeights[8];
    for (std::size_t c = 0; c < 8; ++c)
        categoryWeights[c] = CategoryPopularity[c] * all[c].monthWeight[month];

    lines.clear();
    const int count = 1 + static_cast<int>(m_random.weighted(LineCountWeights, 4));
    for (int i = 0; i < count; ++i) {
        const int category = m_random.chance(0.5)
                                 ? m_favourite[m_random.below(2)]
                                 : static_cast<int>(m_random.weighted(categoryWeights, 8));
        const int base = std::min(7, static_cast<int>(8.0 * std::pow(m_random.uniform(), 1.4)));
        const int variant = static_cast<int>(m_random.weighted(VariantWeights, 3));
        const int product = m_world.productIndex(category, base, variant);
        if (std::any_of(lines.begin(), lines.end(), [product](const Line &l) { return l.product == product; }))
            continue;
        int quantity = 1 + static_cast<int>(m_random.weighted(QuantityWeights, 4));
        if (quantity == 4)
            quantity = static_cast<int>(m_random.between(4, 6));
        if (category == giftCategoryIndex() && (month == 6 || month == 11))
            quantity = static_cast<int>(m_random.between(1, 5)); // gifts for several people
        lines.push_back({product, quantity, m_world.products[static_cast<std::size_t>(product)].price, 0.0});
    }
}

Status ContactGenerator::writeOrder(std::int64_t when, const char *channel, const std::vector<Line> &lines)
{
    const IdText orderId = makeId(m_random);
    std::int64_t total = 0;
    for (const Line &line : lines) {
        total += static_cast<std::int64_t>(line.quantity) * line.unitPrice;
        if (m_world.products[static_cast<std::size_t>(line.product)].category == giftCategoryIndex())
            m_boughtGift = true;
    }
    // Order numbers: the order date and a running number, as shop systems print them.
    char number[20];
    const DateText date = dateText(Timeline::dayOf(when));
    std::snprintf(number, sizeof number, "%.4s%.2s%.2s-%06lld", date.text, date.text + 5, date.text + 8,
                  static_cast<long long>(++m_orderNumber % 1000000));
    KIZUNA_TRY(RowBinder(m_insertOrder).id(orderId).id(m_id).text(number).stamp(when).text(channel)
                   .real(double(total)).stamp(when).stamp(when).run());
    int position = 0;
    for (const Line &line : lines) {
        KIZUNA_TRY(RowBinder(m_insertOrderLine).id(makeId(m_random)).id(orderId)
                       .id(m_world.products[static_cast<std::size_t>(line.product)].id)
                       .real(line.quantity).real(line.unitPrice).integer(position++).stamp(when).stamp(when).run());
        ++m_summary.orderLines;
    }
    ++m_summary.orders;
    m_spend += double(total);
    touch(when);
    return {};
}

} // namespace Kizuna::Demo
