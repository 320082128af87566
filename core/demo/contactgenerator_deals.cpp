// SPDX-License-Identifier: GPL-3.0-or-later
// One deal for every tenth contact: about a third still open (recent, in a stage that fits
// their age, some idle past the stage's rotting days), the rest won (an order follows) or lost
// with a reason. Every stage entered is kept in deal_stage_history.
#include "core/demo/contactgenerator.h"

#include "core/demo/catalog.h"
#include "core/demo/names.h"
#include "core/demo/rowbinder.h"
#include "core/demo/texts.h"
#include "core/storage/statement.h"

#include <algorithm>
#include <cmath>

namespace Kizuna::Demo {

namespace {

constexpr double OpenShare = 0.34;
constexpr double WinShare = 0.45;
constexpr int LostStageWeights[] = {25, 25, 22, 18, 10};

int roundYen(double value)
{
    return static_cast<int>(std::lround(value));
}

} // namespace

void ContactGenerator::planDealTimes(bool open)
{
    const std::int64_t now = m_world.timeline.now();
    const int lastStage = static_cast<int>(pipelineStages().size()) - 1;
    if (!open && now - m_created < 3 * Timeline::MsPerDay)
        open = true;
    if (open) {
        m_dealStatus = DealOpen;
        m_dealCreated = randomTimeBetween(std::max(m_created, now - 150 * Timeline::MsPerDay),
                                          now - Timeline::MsPerHour);
        const double ageDays = double(now - m_dealCreated) / Timeline::MsPerDay;
        m_dealStage = std::min(lastStage, static_cast<int>(ageDays / double(m_random.between(8, 30))));
        m_dealClosed = 0;
    } else {
        double cycleDays = std::clamp(std::exp(std::log(35.0) + 0.7 * m_random.normal()), 2.0, 240.0);
        std::int64_t latest = now - static_cast<std::int64_t>(cycleDays * Timeline::MsPerDay);
        if (latest <= m_created) {
            cycleDays = double(now - m_created) / Timeline::MsPerDay * (0.3 + 0.6 * m_random.uniform());
            latest = now - static_cast<std::int64_t>(cycleDays * Timeline::MsPerDay);
        }
        m_dealCreated = randomTimeBetween(m_created, latest);
        m_dealClosed = m_dealCreated + static_cast<std::int64_t>(cycleDays * Timeline::MsPerDay);
        const bool won = m_random.chance(WinShare);
        m_dealStatus = won ? DealWon : DealLost;
        m_dealStage = won ? lastStage : static_cast<int>(m_random.weighted(LostStageWeights, 5));
    }
    // Stage entries spread over the deal's life; an open deal's last move was a while ago.
    const std::int64_t end = open ? m_dealCreated + static_cast<std::int64_t>(
                                        double(now - m_dealCreated) * (0.4 + 0.6 * m_random.uniform()))
                                  : m_dealClosed;
    m_stageTimes.clear();
    m_stageTimes.push_back(m_dealCreated);
    for (int s = 1; s <= m_dealStage; ++s) {
        const double share = (s - 0.5 + 0.5 * m_random.uniform()) / (m_dealStage + (open ? 0.0 : 0.5));
        m_stageTimes.push_back(std::max(m_stageTimes.back() + Timeline::MsPerMinute,
                                        m_dealCreated + static_cast<std::int64_t>(share * double(end - m_dealCreated))));
    }
}

Status ContactGenerator::writeDealHistory(int reachedStage)
{
    const char *author = m_world.userNames[static_cast<std::size_t>(m_owner)];
    for (int s = 0; s <= reachedStage; ++s) {
        const std::int64_t when = m_stageTimes[static_cast<std::size_t>(s)];
        KIZUNA_TRY(RowBinder(m_insertStageChange).id(makeId(m_random)).id(m_dealId)
                       .optionalId(s > 0 ? &m_world.stages[static_cast<std::size_t>(s - 1)] : nullptr)
                       .id(m_world.stages[static_cast<std::size_t>(s)]).stamp(when).text(author)
                       .stamp(when).stamp(when).run());
        ++m_summary.stageChanges;
    }
    return {};
}

Status ContactGenerator::writeDealLines()
{
    int position = 0;
    for (const Line &line : m_dealLines) {
        KIZUNA_TRY(RowBinder(m_insertDealLine).id(makeId(m_random)).id(m_dealId)
                       .id(m_world.products[static_cast<std::size_t>(line.product)].id)
                       .real(line.quantity).real(line.unitPrice).real(line.discount).integer(position++)
                       .stamp(m_dealCreated).stamp(m_dealCreated).run());
        ++m_summary.dealLines;
    }
    return {};
}

Status ContactGenerator::makeDeal()
{
    static constexpr double Discounts[] = {0.0, 0.05, 0.1, 0.15};
    static constexpr int BusinessDiscountWeights[] = {30, 30, 25, 15};
    static constexpr int PrivateDiscountWeights[] = {70, 30, 0, 0};
    static constexpr int OtherCategories[] = {0, 1, 2, 3};
    const std::int64_t now = m_world.timeline.now();
    const bool business = m_company >= 0;
    m_dealId = makeId(m_random);
    planDealTimes(m_random.chance(OpenShare));

    m_dealLines.clear();
    const int lineCount = static_cast<int>(m_random.between(1, 3));
    std::int64_t amount = 0;
    int pieces = 0;
    for (int i = 0; i < lineCount; ++i) {
        const int category = m_random.chance(0.7) ? giftCategoryIndex() : OtherCategories[m_random.below(4)];
        const int product = m_world.productIndex(category, static_cast<int>(m_random.below(8)),
                                                 static_cast<int>(m_random.below(3)));
        if (std::any_of(m_dealLines.begin(), m_dealLines.end(), [product](const Line &l) { return l.product == product; }))
            continue;
        const int quantity = business ? static_cast<int>(m_random.between(2, 30)) * 10
                                      : static_cast<int>(m_random.between(5, 40));
        const double discount = Discounts[m_random.weighted(business ? BusinessDiscountWeights : PrivateDiscountWeights, 4)];
        const int price = m_world.products[static_cast<std::size_t>(product)].price;
        m_dealLines.push_back({product, quantity, price, discount});
        amount += static_cast<std::int64_t>(quantity) * roundYen(price * (1.0 - discount));
        pieces += quantity;
    }

    const char *theme = monthlyThemes()[static_cast<std::size_t>(Timeline::monthOf(m_dealCreated))];
    const std::string who = business ? m_world.companies[static_cast<std::size_t>(m_company)].name
                                     : std::string(m_family->text) + "様";
    const std::string title = who + ' ' + theme + ' ' + std::to_string(pieces) + "個";
    const Stage &stage = pipelineStages()[static_cast<std::size_t>(m_dealStage)];
    const double probability = m_dealStatus == DealOpen ? stage.probability : m_dealStatus == DealWon ? 1.0 : 0.0;
    const int expectedClose = m_dealStatus == DealOpen
                                  ? Timeline::dayOf(m_dealCreated) + static_cast<int>(m_random.between(30, 75))
                                  : Timeline::dayOf(m_dealClosed) + static_cast<int>(m_random.between(-10, 10));
    const std::int64_t stageEntered = m_stageTimes.back();
    const std::int64_t updated = m_dealStatus == DealOpen ? stageEntered : m_dealClosed;
    RowBinder row(m_insertDeal);
    row.id(m_dealId).text(title).id(m_id)
        .optionalId(business ? &m_world.companies[static_cast<std::size_t>(m_company)].id : nullptr)
        .id(m_world.pipeline).id(m_world.stages[static_cast<std::size_t>(m_dealStage)]).real(double(amount))
        .real(probability).date(expectedClose)
        .text(m_dealStatus == DealOpen ? "open" : m_dealStatus == DealWon ? "won" : "lost");
    if (m_dealStatus == DealLost) {
        std::vector<int> weights;
        for (const Weighted &reason : lostReasons())
            weights.push_back(reason.weight);
        row.id(m_world.lostReasons[m_random.weighted(weights.data(), weights.size())]);
    } else {
        row.null();
    }
    if (m_dealStatus == DealOpen)
        row.null();
    else
        row.stamp(m_dealClosed);
    row.stamp(stageEntered).id(m_world.users[static_cast<std::size_t>(m_owner)]).stamp(m_dealCreated).stamp(updated);
    KIZUNA_TRY(row.run());
    ++m_summary.deals;
    KIZUNA_TRY(writeDealHistory(m_dealStage));
    KIZUNA_TRY(writeDealLines());
    touch(updated);

    // The conversation around the deal.
    static constexpr std::size_t DealActivityKinds[] = {2, 2, 0, 1, 3}; // meeting, meeting, call, email, visit
    const std::int64_t dealEnd = m_dealStatus == DealOpen ? now : m_dealClosed;
    const auto activityCount = m_random.between(2, 5);
    for (std::int64_t i = 0; i < activityCount; ++i)
        KIZUNA_TRY(writeActivity(DealActivityKinds[m_random.below(5)], randomTimeBetween(m_dealCreated, dealEnd), &m_dealId));

    // The next step of an open deal, or the done one of a closed deal.
    const TaskTemplate &task = dealTasks()[m_random.below(dealTasks().size())];
    if (m_dealStatus == DealOpen) {
        const std::int64_t due = Timeline::at(m_world.timeline.asOfDay() + static_cast<int>(m_random.between(-10, 20)),
                                              static_cast<int>(m_random.between(9, 18)) * 60);
        KIZUNA_TRY(writeTask(task.title, task.notes, task.origin, due, false, &m_dealId));
    } else {
        KIZUNA_TRY(writeTask(task.title, task.notes, task.origin,
                             randomTimeBetween(m_dealCreated, m_dealClosed), true, &m_dealId));
    }

    if (m_dealStatus == DealWon) {
        // The won deal becomes an order at the negotiated prices.
        std::vector<Line> orderLines;
        for (const Line &line : m_dealLines)
            orderLines.push_back({line.product, line.quantity, roundYen(line.unitPrice * (1.0 - line.discount)), 0.0});
        const std::int64_t when = std::min(now - Timeline::MsPerMinute,
                                           m_dealClosed + m_random.between(1, 7) * Timeline::MsPerDay);
        KIZUNA_TRY(writeOrder(when, "sales", orderLines));
        m_orderTimes.push_back(when);
        std::sort(m_orderTimes.begin(), m_orderTimes.end());
    }
    return {};
}

} // namespace Kizuna::Demo
