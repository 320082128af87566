// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns: about two a month over the whole history (a seasonal one and a newsletter,
// webinar or step e-mail), the next month's scheduled, one draft; A/B variants for e-mail and
// LINE. Members are drawn per contact later (contactgenerator_engagement.cpp).
#include "core/demo/demoworld.h"
#include "core/demo/rowbinder.h"
#include "core/demo/texts.h"
#include "core/storage/database.h"

#include <cmath>

namespace Kizuna::Demo {

namespace {

constexpr const char *ChannelKeys[ChannelCount] = {"newsletter", "step_email", "line", "dm", "webinar",
                                                   "flyer"};
constexpr const char *StatusKeys[] = {"draft", "scheduled", "running", "done"};
constexpr double JoinProbability[ChannelCount] = {0.05, 0.04, 0.035, 0.025, 0.01, 0.02};
constexpr double OpenRate[ChannelCount] = {0.28, 0.4, 0.6, 0.0, 0.5, 0.0};

struct Plan
{
    int channel;
    int startDay;
    int length;
    std::string name;
    std::string theme;
};

std::string yearMonth(int year, int month)
{
    return std::to_string(year) + "年" + std::to_string(month) + "月";
}

// The two campaigns of the k-th month of the history.
void planMonth(Random &random, int k, int year, int month, Plan plans[2])
{
    static constexpr int SeasonalChannels[] = {Newsletter, LineMessage, DirectMail, Newsletter, Flyer,
                                               LineMessage};
    const char *theme = monthlyThemes()[static_cast<std::size_t>(month - 1)];
    const int first = Timeline::dayFromCivil(year, month, 1);
    plans[0] = {SeasonalChannels[k % 6], first + static_cast<int>(random.between(0, 9)),
                static_cast<int>(random.between(14, 28)), yearMonth(year, month) + ' ' + theme, theme};
    switch (k % 3) {
    case 0:
        plans[1] = {Newsletter, first + static_cast<int>(random.between(14, 24)), 7,
                    "メルマガ " + yearMonth(year, month) + "号", "今月のおすすめ"};
        break;
    case 1:
        plans[1] = {Webinar, first + static_cast<int>(random.between(14, 24)), 1,
                    "オンライン ハンドドリップ講座 " + yearMonth(year, month), "ハンドドリップ講座"};
        break;
    default:
        plans[1] = {StepEmail, first + static_cast<int>(random.between(14, 24)), 60,
                    "新規会員フォロー ステップメール " + yearMonth(year, month), "新規会員様限定クーポン"};
        break;
    }
}

double expectedMembers(const World &world, const Plan &plan)
{
    const double age = double(plan.startDay - world.timeline.firstDay()) / Timeline::HistoryDays;
    const double existing = age <= 0 ? 0.0 : std::pow(std::min(age, 1.0), 1.6);
    return JoinProbability[plan.channel] * 0.6 * double(world.contactCount) * existing;
}

double campaignCost(Random &random, const World &world, const Plan &plan)
{
    const double members = expectedMembers(world, plan);
    double cost = 0;
    switch (plan.channel) {
    case Newsletter: cost = 3000 + 1.0 * members; break;
    case StepEmail: cost = 5000 + 1.0 * members; break;
    case LineMessage: cost = 5000 + 3.0 * members; break;
    case DirectMail: cost = 30000 + 120.0 * members; break;
    case Webinar: cost = 40000 + 1000.0 * double(random.between(0, 40)); break;
    default: cost = 20000 + 200.0 * members; break;
    }
    return std::round(cost / 100.0) * 100.0;
}

} // namespace

Status writeCampaigns(Storage::Database &db, World &world, DemoSummary &summary)
{
    auto campaign = db.cached("INSERT INTO campaigns (id, name, channel, status, cost, starts_on, ends_on, "
                              "segment_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)");
    if (!campaign.ok())
        return campaign.error();
    auto variant = db.cached("INSERT INTO campaign_variants (id, campaign_id, label, subject, body, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!variant.ok())
        return variant.error();

    const Timeline &timeline = world.timeline;
    int year = 0, month = 0, dayOfMonth = 0;
    Timeline::civil(timeline.firstDay(), year, month, dayOfMonth);
    for (int k = 0;; ++k) {
        Random random(world.seed, StreamCampaigns, static_cast<std::uint64_t>(k));
        Plan plans[2];
        planMonth(random, k, year, month, plans);
        const bool lastMonth = plans[0].startDay > timeline.asOfDay();
        for (int p = 0; p < 2; ++p) {
            const Plan &plan = plans[p];
            if (plan.startDay < timeline.firstDay())
                continue;
            CampaignRef ref;
            ref.id = makeId(random);
            ref.channel = plan.channel;
            ref.startDay = plan.startDay;
            ref.endDay = plan.startDay + plan.length - 1;
            ref.status = lastMonth && p == 1       ? Draft
                         : ref.startDay > timeline.asOfDay() ? Scheduled
                         : ref.endDay >= timeline.asOfDay()  ? Running
                                                             : Done;
            ref.joinProbability = JoinProbability[plan.channel];
            const bool split = (plan.channel == Newsletter || plan.channel == StepEmail
                                || plan.channel == LineMessage)
                               && random.chance(0.55);
            ref.variantCount = split ? 2 : 1;
            const std::int64_t created = Timeline::at(plan.startDay - 10, 10 * 60);
            const double cost = ref.status == Draft ? 0.0 : campaignCost(random, world, plan);
            KIZUNA_TRY(RowBinder(*campaign).id(ref.id).text(plan.name).text(ChannelKeys[plan.channel])
                           .text(StatusKeys[ref.status]).real(cost).date(ref.startDay).date(ref.endDay)
                           .stamp(created).stamp(created).run());
            for (int v = 0; v < ref.variantCount; ++v) {
                VariantRef &vr = ref.variants[v];
                vr.id = makeId(random);
                vr.openRate = OpenRate[plan.channel] * (v == 0 ? 1.0 : 0.85 + 0.4 * random.uniform());
                const std::string subject = v == 0 ? "【期間限定】" + plan.theme + "のご案内"
                                                   : "{family_name}様へ " + plan.theme + "の特別なお知らせ";
                const std::string body = "{family_name} {given_name}様\nいつもご利用ありがとうございます。"
                                         + plan.theme + "のご案内です。";
                KIZUNA_TRY(RowBinder(*variant).id(vr.id).id(ref.id).text(v == 0 ? "A" : "B").text(subject)
                               .text(body).stamp(created).stamp(created).run());
            }
            world.campaigns.push_back(ref);
            ++summary.campaigns;
        }
        if (lastMonth)
            break;
        if (++month > 12) {
            month = 1;
            ++year;
        }
    }
    return {};
}

} // namespace Kizuna::Demo
